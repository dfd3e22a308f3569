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
from tests.collect.files.helpers import FIXTURES, TODAY, read_bytes

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


def test_an_agent_or_group_id_excel_shortened_is_refused_saying_why():
    """Mapped, "3,60012E+11" would credit every agent whose id starts alike to one person:
    the row is refused with the reason, in both languages, and the id is not listed to map."""
    data = (
        "id;score;comment;assignee_id;group_id;created_at\r\n"
        "9001;good;Danke;3,60012E+11;4001;20.11.2026\r\n"
        "9002;good;Gut;3001;4,60012E+11;20.11.2026\r\n"
    ).encode("cp1252")
    read = read_bytes(data, "ratings.csv", system="zendesk")

    assert read.problems == {2: ["excel_agent_id"], 3: ["excel_group_id"]}
    (agent,) = read.rows[0].problems
    assert agent.message("en").startswith("Excel shortened the agent id “3,60012E+11”")
    assert agent.message("de").startswith("Die Bearbeiter-ID „3,60012E+11“ hat Excel")
    summary = read.parsed.summary
    assert "3,60012E+11" not in summary.unknown_agents
    assert "4,60012E+11" not in summary.unknown_groups
