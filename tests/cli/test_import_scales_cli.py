"""``python -m feedback import`` on ratings from 0 (tests/fixtures/imports/scales): an NPS
survey's 0s imported as detractors' ratings, a Typeform opinion scale read on 0..10; a dry
run, the import, a second run in German finding every row present; the scale's start kept by
backup and restore and carried by the export."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from feedback.store.db import make_engine
from feedback.store.models import Quote
from tests.cli.test_import_cli import _cli, _store
from tests.cli.test_import_vendor_apis_cli import _map

SCALES = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "scales"
ANNA, JONAS = 1, 2  # the store's first agents (tests.cli.test_import_cli)
SCORE = (
    "Auf einer Skala von 0 bis 10: Wie wahrscheinlich ist es, dass Sie unseren Kundenservice "
    "weiterempfehlen?"
)
REASON = "Was ist der wichtigste Grund für Ihre Bewertung? / Main reason for your score?"
NPS = ("--column", f"rating={SCORE}", "--column", f"text={REASON}", "--system", "umfrage")


def _stored(db: Path, system: str) -> list[tuple[object, ...]]:
    engine = make_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = conn.execute(
            select(Quote.rating, Quote.rating_scale, Quote.rating_from, Quote.status)
            .where(Quote.source_system == system)
            .order_by(Quote.id)
        ).all()
    return [tuple(row) for row in rows]


def test_an_nps_survey_imports_its_zeros_and_rejects_only_its_11(tmp_path: Path):
    _store(tmp_path / "s.db")
    data = str(SCALES / "nps_survey_0_10.csv")

    dry = _cli(tmp_path / "s.db", "import", data, *NPS, "--dry-run", "--workers", "0")
    first = _cli(tmp_path / "s.db", "import", data, *NPS, "--workers", "0")
    again = _cli(tmp_path / "s.db", "import", data, *NPS, "--workers", "0", lang="de")

    assert dry[0] == first[0] == again[0] == 1  # the 11
    assert dry[1].splitlines()[-1] == (
        "Dry run, nothing stored: 12 would be new, 0 already present, 1 would be rejected."
    )
    assert first[1].splitlines()[-1] == "12 new, 0 already present, 1 rejected."
    assert again[1].splitlines()[-1] == "0 neu, 12 bereits vorhanden, 1 abgelehnt."
    assert first[2] == "Line 13: The rating 11 is not between 0 and 10.\n"
    assert again[2] == "Zeile 13: Die Bewertung 11 liegt nicht zwischen 0 und 10.\n"
    stored = _stored(tmp_path / "s.db", "umfrage")
    assert [row[0] for row in stored].count(0.0) == 4
    assert {row[1:3] for row in stored} == {(10, 0)}
    # Only promoters (9, 10) wait for moderation: the 0-8 feed trends and CSAT only.
    offered = [row[0] for row in stored if row[3] == "pending"]
    assert offered == [10.0, 9.0, 10.0]


def test_a_typeform_opinion_scale_imports_on_0_to_10(tmp_path: Path):
    _map(_store(tmp_path / "s.db"), "typeform", **{"agent:7001": ANNA, "agent:7002": JONAS})
    data = str(SCALES / "typeform_opinion_scale.json")

    first = _cli(tmp_path / "s.db", "import", data, "--workers", "0")
    again = _cli(tmp_path / "s.db", "import", data, "--workers", "0", lang="de")

    assert first[0] == again[0] == 0
    assert first[1].splitlines()[-1] == "7 new, 0 already present, 0 rejected."
    assert again[1].splitlines()[-1] == "0 neu, 7 bereits vorhanden, 0 abgelehnt."
    assert "only offered" not in first[1]
    stored = _stored(tmp_path / "s.db", "typeform")
    assert [row[0] for row in stored] == [0.0, 10.0, 0.0, 7.0, 9.0, 4.0, 6.0]
    assert {row[1:3] for row in stored} == {(10, 0)}


def test_backup_restore_and_export_keep_where_a_scale_starts(tmp_path: Path):
    _store(tmp_path / "s.db")
    data = str(SCALES / "nps_survey_0_10.csv")
    _cli(tmp_path / "s.db", "import", data, *NPS, "--workers", "0")
    backup, target = tmp_path / "b.jsonl", tmp_path / "t.db"

    assert _cli(tmp_path / "s.db", "backup", "--output", str(backup))[0] == 0
    _store(target)
    assert _cli(target, "restore", str(backup), "--replace")[0] == 0

    assert _stored(target, "umfrage") == _stored(tmp_path / "s.db", "umfrage")
    out = tmp_path / "all.json"
    code = _cli(target, "export", "--format", "json", "--output", str(out))
    assert code[0] == 0, code
    rows = json.loads(out.read_text("utf-8"))
    rated = [row for row in rows if row["source_system"] == "umfrage"]
    assert {(row["rating_scale"], row["rating_from"]) for row in rated} == {(10, 0)}
