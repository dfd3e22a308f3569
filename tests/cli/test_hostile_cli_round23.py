"""Round 23's hostile input through the command line and the submission pipeline: every quote
of tests/hostile_quotes.py is stored clean or refused with a reason in German and English; a
byte that is no UTF-8 (a lone surrogate to Python), NaN, infinities, huge numbers and
impossible dates end in a message, never a traceback, and the rest of a file is imported."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import openpyxl  # type: ignore[import-untyped, unused-ignore]
import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from feedback.cli import app
from feedback.cli.import_commands import run_import
from feedback.collect.normalize import normalize_text
from feedback.collect.pipeline import submit_quote
from feedback.i18n import t
from feedback.store.db import make_engine
from feedback.store.migrate import upgrade
from feedback.store.models import Quote, Team
from tests.collect.bulk_data import add_people
from tests.conftest import TODAY, draft
from tests.hostile_quotes import HOSTILE, REJECTED

_HIDDEN = frozenset({"Cc", "Cf", "Cs"})
_DAY = (TODAY - dt.timedelta(days=3)).isoformat()


def _store(db: Path) -> Engine:
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    add_people(engine, ("anna.meier",), team="Nord", actor="test")
    return engine


def _cli(db: Path, *args: str, lang: str = "en") -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--lang", lang, "--db", f"sqlite:///{db}", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def _count(engine: Engine, model: type = Quote) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


@pytest.mark.parametrize("text", HOSTILE)
def test_every_hostile_quote_is_stored_without_hidden_characters(engine, people, text):
    result = submit_quote(engine, draft(text, people["anna"]), today=TODAY)
    assert result.stored, result.prepared.messages("en")
    stored = result.prepared.text
    assert stored == normalize_text(text)
    assert not [c for c in stored if unicodedata.category(c) in _HIDDEN and c not in "\n"]
    assert "[31m" not in stored
    assert "\x1b" not in stored


@pytest.mark.parametrize(("text", "code"), list(REJECTED.items()), ids=["100k", "emoji", "blank"])
def test_a_refused_quote_says_why_in_both_languages_and_stores_nothing(engine, people, text, code):
    result = submit_quote(engine, draft(text, people["anna"]), today=TODAY)
    assert not result.stored
    assert code in [p.code for p in result.prepared.problems]
    german, english = result.prepared.messages("de"), result.prepared.messages("en")
    assert german
    assert english
    assert german != english
    assert _count(engine) == 0


@pytest.mark.parametrize("rating", [float("nan"), float("inf"), -float("inf"), 1e308])
def test_an_impossible_rating_is_refused_with_a_reason(engine, people, rating):
    result = submit_quote(
        engine,
        draft("Danke für die Hilfe", people["anna"], rating=rating, rating_scale=5),
        today=TODAY,
    )
    assert [p.code for p in result.prepared.problems] == ["rating_out_of_range"]
    assert result.prepared.messages("de") != result.prepared.messages("en")


def test_tags_lose_control_bidi_and_zero_width_characters(engine, people):
    tags = ["\x1b[31mrot\x00", "\u202eab\u200bc", "\u200b", "  zwei \n Wörter "]
    result = submit_quote(
        engine, draft("Danke für die Hilfe", people["anna"], tags=tags), today=TODAY
    )
    assert result.stored
    with engine.connect() as conn:
        assert conn.execute(select(Quote.tags)).scalar_one() == ["rot", "abc", "zwei Wörter"]


def test_names_and_submitters_with_bytes_that_are_no_utf8_are_refused(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    for lang, word in (("de", "unsichtbare"), ("en", "invisible")):
        code, out = _cli(tmp_path / "s.db", "team-add", "Süd\udcff", lang=lang)
        assert code == 1, out
        assert word in out
        code, out = _cli(tmp_path / "s.db", "agent-add", "x\udcffy", "--first", "X", lang=lang)
        assert code == 1, out
        assert word in out
        code, out = _cli(
            tmp_path / "s.db", "add", "Danke für die Hilfe", "--agent", "anna.meier",
            "--by", "by\udcff", lang=lang,
        )  # fmt: skip
        assert code == 1, out
        assert t("validation.bad_submitter", lang) in " ".join(out.split())
    assert _count(engine, Team) == 1
    assert _count(engine) == 0


def test_an_import_system_with_bytes_that_are_no_utf8_is_a_usage_error(tmp_path: Path):
    _store(tmp_path / "s.db")
    path = tmp_path / "in.json"
    path.write_text('[{"comment": "Danke für die Hilfe", "agent": "anna.meier"}]', "utf-8")
    for lang in ("de", "en"):
        code, out = _cli(tmp_path / "s.db", "import", str(path), "--system", "z\udcff", lang=lang)
        assert code == 2, out
        assert t("cli.import_system_unreadable", lang) in " ".join(out.split()), out


def _row(comment: str, **fields: object) -> dict[str, object]:
    return {
        "comment": comment,
        "rating": 5,
        "created_at": _DAY,
        "agent": "anna.meier",
    } | fields


def test_a_json_file_of_hostile_values_imports_what_it_can_and_names_each_refusal(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    rows = [
        _row("Lone \ud800 surrogate, danke für die Hilfe"),
        _row("Danke für die Hilfe eins", id="\ud800abc"),  # an id no store can write
        _row("Danke für die Hilfe zwei", agent="\ud800anna.meier"),
        _row("Danke für die Hilfe drei", tags=["\ud800x", "\x1b[1mfett"]),
        _row("\x1b[31mANSI\x1b[0m danke für die Hilfe \x00 nul"),
        _row("Danke für die Hilfe, NaN", rating=float("nan")),
        _row("Danke für die Hilfe, Infinity", rating=float("inf")),
        _row("Danke für die Hilfe, riesig", rating=-1e308),
        _row("Danke für die Hilfe, Nulltag", created_at="0000-00-00"),
        _row("Danke für die Hilfe, ferne Zukunft", created_at="9999-12-31"),
    ]
    path = tmp_path / "in.json"
    # ensure_ascii writes "\ud800" as the escape a file carries; NaN and Infinity as Python does.
    path.write_text(json.dumps(rows), "utf-8")
    code, out = _cli(tmp_path / "s.db", "import", str(path), "--system", "hostile")
    assert code == 1, out
    assert "5 new, 0 already present, 5 rejected." in out
    lines = out.splitlines()
    assert all(len(line) < 400 for line in lines), max(lines, key=len)
    assert "“-1e+308” is not a valid rating." in out  # not 309 digits
    assert "“0000-00-00” is not a valid date" in out
    assert "9999-12-31 is in the future" in out
    with engine.connect() as conn:
        stored: dict[str, list[str]] = dict(conn.execute(select(Quote.text, Quote.tags)).all())
    assert stored["Lone surrogate, danke für die Hilfe"] == []
    assert stored["Danke für die Hilfe drei"] == ["x", "fett"]
    assert "ANSI danke für die Hilfe nul" in stored


def test_a_huge_cell_is_named_shortly_in_the_refusal(tmp_path: Path):
    _store(tmp_path / "s.db")
    path = tmp_path / "in.csv"
    huge = "x" * 100_000
    path.write_text(
        "Kommentar,Bewertung,Datum,Agent\n"
        f"Danke für die Hilfe,{huge},{_DAY},anna.meier\n"
        f"Danke für die Hilfe zwei,5,{_DAY},<script>{huge}\n",
        "utf-8",
    )
    for lang in ("de", "en"):
        code, out = _cli(tmp_path / "s.db", "import", str(path), lang=lang)
        assert code == 1
        assert len(out) < 1_000, len(out)
        assert "x" * 60 + "…" in out


def test_a_quote_from_the_command_line_keeps_no_terminal_codes(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    code, out = _cli(
        tmp_path / "s.db", "add", "\x1b[31mSuper\x1b[0m Service, danke \x1b]0;x\x07Anna",
        "--agent", "anna.meier", "--date", (TODAY - dt.timedelta(days=1)).isoformat(),
    )  # fmt: skip
    assert code == 0, out
    with engine.connect() as conn:
        assert conn.execute(select(Quote.text)).scalar_one() == "Super Service, danke Anna"


def test_a_workbook_of_hostile_cells_imports_what_it_can_and_names_each_refusal(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "<b>x<b> $y$ __b__"
    day = TODAY - dt.timedelta(days=3)
    sheet.append(["Kommentar", "Bewertung", "Datum", "Agent"])
    sheet.append(["=cmd|' /C calc'!A0 danke", 5, day, "anna.meier"])
    sheet.append(["Danke :red[rot] $$\\LaTeX$$ für die Hilfe", 1e308, day, "anna.meier"])
    sheet.append(["=1+1", 5, day, "anna.meier"])  # a real formula: no text to quote
    sheet.append(["Danke \u202eüber\u200b alles", 5, dt.date(9999, 12, 31), "anna.meier"])
    sheet.cell(row=2, column=1).data_type = "s"  # typed as text, as Excel keeps "'=cmd…"
    path = tmp_path / "in.xlsx"
    book.save(path)
    code, out = _cli(tmp_path / "s.db", "import", str(path), "--system", "xl")
    assert code == 1, out
    assert "“1e+308” is not a valid rating." in out
    # The workbook's date cell is named by its day, not "9999-12-31 00:00:00".
    assert "9999-12-31 is in the future" in out
    assert "00:00:00" not in out
    assert "1 new, 0 already present, 2 rejected." in out
    with engine.connect() as conn:
        assert conn.execute(select(Quote.text)).scalar_one() == "=cmd|' /C calc'!A0 danke"


def test_a_nul_in_a_ticket_id_reads_as_a_space_on_every_backend(engine, tmp_path: Path):
    # PostgreSQL refused the id "ab\x00c" ("Saving failed …: DataError"); SQLite stored it.
    add_people(engine, ("anna.meier",), team="Nord", actor="test")
    path = tmp_path / "in.csv"
    path.write_bytes(
        "Kommentar,Agent,Ticket ID,Kanal\n"
        "Danke für die Hilfe,anna.meier\x00,ab\x00c,chat\x00\n".encode()
    )
    done = run_import(engine, path, system="nul")
    assert (done.report.imported, done.report.rejected_rows) == (1, [])
    with engine.connect() as conn:
        assert conn.execute(select(Quote.external_id)).scalar_one() == "ab c"
