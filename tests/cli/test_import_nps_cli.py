"""``python -m feedback import`` on NPS exports whose score column names no range
(tests/fixtures/imports/scales, make_nps.py): a dry run, the import and a second run in
German finding every row present; a score outside a guessed 1..5 told how to name the scale,
in either language."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from feedback.auth.roles import Actor, Role
from feedback.services.settings import save_import_mapping
from feedback.store.db import make_engine
from feedback.store.models import Quote
from feedback.store.settings import load_settings
from tests.cli.test_import_cli import _cli, _store

SCALES = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "scales"
TEAM = ("--team", "Technik-Hotline")
RECOMMEND = "How likely is it that you would recommend us to a friend or colleague?"
REASON = "What is the primary reason for your score?"


def _ratings(db: Path) -> list[tuple[object, ...]]:
    with make_engine(f"sqlite:///{db}").connect() as conn:
        rows = conn.execute(
            select(Quote.rating, Quote.rating_scale, Quote.rating_from).order_by(Quote.id)
        ).all()
    return [tuple(row) for row in rows]


def _three_runs(db: Path, name: str, *args: str) -> list[tuple[int, str, str]]:
    data = str(SCALES / name)
    return [
        _cli(db, "import", data, *args, "--dry-run", "--workers", "0"),
        _cli(db, "import", data, *args, "--workers", "0"),
        _cli(db, "import", data, *args, "--workers", "0", lang="de"),
    ]


def _last(out: str) -> str:
    return out.splitlines()[-1]


def test_a_plain_nps_column_imports_its_zeros(tmp_path: Path):
    _store(tmp_path / "s.db")

    dry, first, again = _three_runs(tmp_path / "s.db", "nps_plain_columns.csv")

    assert dry[0] == first[0] == again[0] == 0
    assert _last(dry[1]) == (
        "Dry run, nothing stored: 10 would be new, 0 already present, 0 would be rejected."
    )
    assert _last(first[1]) == "10 new, 0 already present, 0 rejected."
    assert _last(again[1]) == "0 neu, 10 bereits vorhanden, 0 abgelehnt."
    stored = _ratings(tmp_path / "s.db")
    assert [row[0] for row in stored].count(0.0) == 4
    assert {row[1:] for row in stored} == {(10, 0)}


def test_delighted_responses_import_on_0_to_10(tmp_path: Path):
    _store(tmp_path / "s.db")

    dry, first, again = _three_runs(tmp_path / "s.db", "delighted_responses.json", *TEAM)

    assert dry[0] == first[0] == again[0] == 0
    assert "6 would be new, 0 already present, 0 would be rejected." in dry[1]
    assert _last(first[1]) == "6 new, 0 already present, 0 rejected."
    assert _last(again[1]) == "0 neu, 6 bereits vorhanden, 0 abgelehnt."
    assert [row[0] for row in _ratings(tmp_path / "s.db")] == [10.0, 0.0, 0.0, 8.0, 5.0, 10.0]


def test_a_surveymonkey_nps_question_mapped_imports_on_0_to_10(tmp_path: Path):
    _store(tmp_path / "s.db")
    mapped = ("--column", f"rating={RECOMMEND}", "--column", f"text={REASON}", *TEAM)

    dry, first, again = _three_runs(tmp_path / "s.db", "surveymonkey_nps.csv", *mapped)

    assert dry[0] == first[0] == again[0] == 0
    assert _last(first[1]) == "7 new, 0 already present, 0 rejected."
    assert _last(again[1]) == "0 neu, 7 bereits vorhanden, 0 abgelehnt."
    assert {row[1:] for row in _ratings(tmp_path / "s.db")} == {(10, 0)}


def test_a_score_without_a_range_says_how_to_name_the_scale(tmp_path: Path):
    _store(tmp_path / "s.db")

    dry, first, again = _three_runs(tmp_path / "s.db", "nps_score_only.csv", *TEAM)

    assert dry[0] == first[0] == again[0] == 1
    assert _last(first[1]) == "2 new, 0 already present, 3 rejected."
    assert _last(again[1]) == "0 neu, 2 bereits vorhanden, 3 abgelehnt."
    english, german = first[2].splitlines()[0], again[2].splitlines()[0]
    assert english.startswith(
        "Line 2: The rating 0 is not between 1 and 5: the file names no scale, so the column "
        "was read as 1 to 5. If it is on another scale (an NPS from 0 to 10), name the scale in "
        "the column title, e.g. “Rating (0-10)” or “NPS”"
    )
    assert german.startswith(
        "Zeile 2: Die Bewertung 0 liegt nicht zwischen 1 und 5: Die Datei nennt keine Skala"
    )
    assert "„Bewertung (0-10)“ oder „NPS“" in german


def test_the_scale_named_on_the_command_line_reads_a_plain_score(tmp_path: Path):
    _store(tmp_path / "s.db")
    picked = ("--column", "rating_range=0-10", *TEAM)

    dry, first, again = _three_runs(tmp_path / "s.db", "nps_score_only.csv", *picked)
    wrong = _cli(tmp_path / "s.db", "import", str(SCALES / "nps_score_only.csv"),
                 "--column", "rating_range=0-7", "--dry-run")  # fmt: skip

    assert dry[0] == first[0] == again[0] == 0
    assert _last(first[1]) == "5 new, 0 already present, 0 rejected."
    assert _last(again[1]) == "0 neu, 5 bereits vorhanden, 0 abgelehnt."
    assert {row[1:] for row in _ratings(tmp_path / "s.db")} == {(10, 0)}
    assert wrong[0] == 2
    assert "rating_range (1-5 / 0-10 / 1-10 / 1-7 / 1-3 / 1-2)" in wrong[2]


def test_a_saved_mapping_brings_back_its_picked_scale(tmp_path: Path):
    """The import page saves the picked scale with the columns; ``--mapping`` reads it back, so
    a plain "Score" of 0..10 is read on 0..10 (without it, 0 and 6..10 are rejected)."""
    engine = _store(tmp_path / "s.db")
    lead = Actor("lea.lead", Role.LEAD)
    columns = {"text": "Comment", "rating": "Score", "date": "Date", "rating_range": "0-10"}
    save_import_mapping(engine, lead, "NPS-Tool", columns)

    saved = load_settings(engine).import_mappings["NPS-Tool"]
    dry, first, again = _three_runs(tmp_path / "s.db", "nps_score_only.csv", "--mapping",
                                    "NPS-Tool", *TEAM)  # fmt: skip

    assert saved["rating_range"] == "0-10"
    assert dry[0] == first[0] == again[0] == 0
    assert _last(first[1]) == "5 new, 0 already present, 0 rejected."
    assert _last(again[1]) == "0 neu, 5 bereits vorhanden, 0 abgelehnt."
    assert {row[1:] for row in _ratings(tmp_path / "s.db")} == {(10, 0)}
