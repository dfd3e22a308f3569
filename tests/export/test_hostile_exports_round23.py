"""Round 23's hostile quotes (tests/hostile_quotes.py) through every export and the backup.

CSV (plain and German Excel): no cell a spreadsheet would run; XLSX: no formula, every text a
string cell, exact; JSON: every text exactly as stored, and an import of it stores the same
texts; a backup restores every row exactly; the PPTX and PNG show the markup as text."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl  # type: ignore[import-untyped, unused-ignore]
import pytest
from pptx import Presentation
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from feedback.auth.roles import Actor
from feedback.cli import app
from feedback.collect.pipeline import submit_many
from feedback.domain import Status
from feedback.export.cells import looks_like_formula
from feedback.present.collage import collage_png
from feedback.present.deck import build_pptx
from feedback.services.exports import export_quotes
from feedback.store.db import transaction
from feedback.store.directory import add_agent, add_team
from feedback.store.filters import QuoteFilter
from feedback.store.migrate import upgrade
from feedback.store.models import Quote
from tests.conftest import draft, open_backend
from tests.export.store_data import backup_bytes, rows_of
from tests.hostile_quotes import HOSTILE
from tests.render.test_cards import CARD
from tests.render.test_slides import _deck

ALL = QuoteFilter(statuses=tuple(s.value for s in Status))
# Names of people and teams start like formulas too (an admin typed them, or an import did).
TEAM, FIRST, LAST = "=Team+1", "@Anna", "-Meier"


def _people(engine: Engine) -> int:
    with transaction(engine) as session:
        team = add_team(session, TEAM, actor="test").id
        return add_agent(
            session,
            handle="anna.meier",
            first_name=FIRST,
            last_name=LAST,
            team_id=team,
            consent_named=True,
            actor="test",
        ).id


@pytest.fixture
def hostile_store(engine: Engine) -> Engine:
    anna = _people(engine)
    drafts = [
        draft(text, anna, status=Status.APPROVED, rating=5, rating_scale=5) for text in HOSTILE
    ]
    results = submit_many(engine, drafts)
    assert all(r.stored for r in results), [r.prepared.messages("en") for r in results]
    return engine


def _stored(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(select(Quote.text)).scalars())


def _number(cell: str) -> bool:
    try:
        float(cell.replace(",", "."))
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("fmt", ["csv", "csv-excel"])
def test_no_csv_cell_would_run_as_a_formula(hostile_store: Engine, fmt: str):
    body = export_quotes(hostile_store, Actor.system(), ALL, fmt, "de").body.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body), delimiter=";" if fmt == "csv-excel" else ","))
    assert len(rows) == len(HOSTILE) + 1  # a newline inside a quoted cell stays in its cell
    cells = [cell for row in rows[1:] for cell in row]
    texts = [c for c in cells if not _number(c)]  # a score "-0,25" is a number, not a formula
    assert not [c for c in texts if looks_like_formula(c)], texts
    assert not [c for c in texts if c[:1] in ("=", "+", "-", "@", "\t", "\r", "＝")]
    assert f"'{TEAM}" in cells
    assert f"'{FIRST} {LAST}" in cells
    assert "'=cmd|' /C calc'!A0 danke" in cells
    assert "'＝1+1 voll breit" in cells
    # The guard is the only change: without it each text is the stored one.
    shown = {c[1:] if looks_like_formula(c[1:]) else c for c in cells}
    assert _stored(hostile_store) <= shown


def test_the_xlsx_has_no_formula_and_every_text_exact(hostile_store: Engine):
    body = export_quotes(hostile_store, Actor.system(), ALL, "xlsx", "en").body
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    formula_like = [c for c in cells if looks_like_formula(c.value)]
    assert formula_like
    assert all(c.data_type == "s" and c.quotePrefix for c in formula_like)
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert _stored(hostile_store) <= texts
    assert TEAM in texts
    xml = zipfile.ZipFile(io.BytesIO(body)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml


def test_json_carries_every_text_exactly_and_imports_as_the_same_texts(
    hostile_store: Engine, tmp_path_factory: pytest.TempPathFactory
):
    body = export_quotes(hostile_store, Actor.system(), ALL, "json").body
    texts = {row["text"] for row in json.loads(body)}
    assert texts == _stored(hostile_store)  # no guard, no escaping: exact
    assert "=cmd|' /C calc'!A0 danke" in texts
    path = tmp_path_factory.mktemp("json") / "export.json"
    path.write_bytes(body)
    with open_backend("sqlite", tmp_path_factory) as fresh:
        upgrade(fresh)
        _people(fresh)
        url = fresh.url.render_as_string(hide_password=False)
        result = CliRunner().invoke(app, ["--lang", "en", "--db", url, "import", str(path)])
        assert result.exit_code == 0, result.output
        assert _stored(fresh) == texts


def test_a_backup_restores_every_hostile_row_exactly(
    hostile_store: Engine, tmp_path_factory: pytest.TempPathFactory
):
    body = backup_bytes(hostile_store)
    with open_backend("sqlite", tmp_path_factory) as fresh:
        upgrade(fresh)
        tmp = tmp_path_factory.mktemp("backup") / "b.jsonl"
        tmp.write_bytes(body)
        url = fresh.url.render_as_string(hide_password=False)
        result = CliRunner().invoke(app, ["--lang", "de", "--db", url, "restore", str(tmp)])
        assert result.exit_code == 0, result.output
        assert rows_of(fresh)["quotes"] == rows_of(hostile_store)["quotes"]
        assert _stored(fresh) == _stored(hostile_store)


def test_slides_and_collage_show_the_markup_as_text(hostile_store: Engine):
    cards = tuple(replace(CARD, text=text) for text in sorted(_stored(hostile_store)))
    deck = replace(_deck(), cards=cards, spotlight=None)
    prs = Presentation(io.BytesIO(build_pptx(deck, lang="de", period_label="x", theme_names={})))
    shown = " ".join(
        shape.text_frame.text
        for slide in prs.slides
        for shape in slide.shapes
        if shape.has_text_frame
    )
    assert "<img src=x onerror=alert(1)>" in shown
    assert ":red[rot]" in shown
    assert "=cmd|' /C calc'!A0" in shown
    png = collage_png(cards[:8], title="<b>x</b> :red[y]", lang="de")
    assert png.startswith(b"\x89PNG")


def test_the_command_line_export_writes_guarded_files(hostile_store: Engine, tmp_path: Path):
    if hostile_store.dialect.name != "sqlite":
        pytest.skip("a PostgreSQL test schema is reached through connect_args, not the URL")
    url = hostile_store.url.render_as_string(hide_password=False)
    out = tmp_path / "q.csv"
    result = CliRunner().invoke(
        app, ["--lang", "en", "--db", url, "export", "--format", "csv-excel", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    cells = [
        c for row in csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";") for c in row
    ]
    assert "'=cmd|' /C calc'!A0 danke" in cells
