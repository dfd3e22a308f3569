"""A CSV of Zendesk ratings saved by Excel holds their 13-digit ids as Excel shows them,
"7,81105E+12", the same for every rating: taken for ids, the first rating was imported and
every other one "already present", lost from trends and CSAT. Such an id is no id; each
row is known by its content, and the same file again finds them all. On SQLite and
PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

import io

from sqlalchemy import Engine, select

from feedback.auth.roles import Actor
from feedback.collect.importer import open_import
from feedback.services import mappings
from feedback.services.imports import import_stream
from feedback.store.models import Quote
from tests.collect.files.helpers import FIXTURES, TODAY

FILE = FIXTURES / "leftovers" / "excel_scientific_ids.csv"
ADMIN = Actor.system("test")


def _import(engine: Engine) -> tuple[int, int, int]:
    parsed = open_import(engine, io.BytesIO(FILE.read_bytes()), name=FILE.name, today=TODAY)
    report = import_stream(engine, ADMIN, parsed.entries(), today=TODAY)
    return report.imported, report.present, report.rejected


def test_ratings_with_excels_scientific_ids_are_each_imported(engine, people):
    mappings.save_mapping(engine, ADMIN, "zendesk", "agent", "3001", people["anna"])

    assert _import(engine) == (4, 0, 0)
    assert _import(engine) == (0, 4, 0)

    with engine.connect() as conn:
        rows = conn.execute(select(Quote.rating, Quote.external_id).order_by(Quote.id)).all()
    assert [rating for rating, _ in rows] == [2.0, 2.0, 1.0, 2.0]
    assert all(external.startswith("row:") for _, external in rows)  # known by content
