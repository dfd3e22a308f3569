"""``python -m feedback import`` on the files shaped as real exports (tests/fixtures/imports/
exports_seen): every data row ends imported, already present or rejected with its line and
reason, the texts are stored as written, and a second run finds every imported row present."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from feedback.store.models import Quote
from tests.cli.test_import_cli import _cli, _store

SEEN = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "exports_seen"


@pytest.mark.parametrize(
    ("name", "texts"),
    [
        (
            "excel_unicode_text.txt",
            [
                "Frau Meier war großartig – 20 € Gutschrift, danke!",
                'Erst "na ja", dann doch gelöst.',
                "Überhaupt keine Rückmeldung.",
            ],
        ),
        (
            "excel_mac_roman.csv",
            [
                "Schöne Grüße und vielen Dank für die schnelle Lösung!",
                "Die Gebühr von 12 € wurde erstattet, Frau Meier war äußerst freundlich.",
                "Nicht überzeugend, zu lange Wartezeit.",
            ],
        ),
        ("zendesk_view_de.csv", ["Sehr nett & kompetent Danke!", 'Niemand hat "zurückgerufen"']),
        (
            "zendesk_wide_report.csv",
            ["Quick and friendly, thanks!", 'Waited a week, "sorry" is not enough'],
        ),
        ("freshdesk_satisfaction.csv", ["Lovely service", "No answer for days"]),
        ("intercom_ratings.csv", ["Anna was brilliant, thanks!", "Slow answer", "Good help"]),
        ("emoji_ratings.csv", ["Super, danke!", "Ging so.", "Schlecht.", "Gerne wieder"]),
        ("workbook_sheets.xlsx", ["Danke, sehr hilfreich!", "Geht so", "Super Beratung"]),
        ("odata_value.json", ["Sehr freundlich, danke!", "Zu lange gewartet"]),
        ("hal_embedded.json", ["Sehr freundlich, danke!", "Zu lange gewartet"]),
        ("joined_months.csv", ["Danke für die Geduld!", "Schnell geholfen.", "Wieder super."]),
        ("spaced_quotes.csv", ["Great, thanks a lot!", "Slow, but solved"]),
    ],
)
def test_each_file_is_imported_whole_and_a_second_run_finds_it_present(tmp_path: Path, name, texts):
    engine = _store(tmp_path / "s.db")
    count = len(texts)

    first = _cli(tmp_path / "s.db", "import", str(SEEN / name))
    again = _cli(tmp_path / "s.db", "import", str(SEEN / name))

    assert first[0] == 0, first
    assert first[1].splitlines()[-1] == f"{count} new, 0 already present, 0 rejected."
    assert first[2] == ""
    assert again[0] == 0
    assert again[1].splitlines()[-1] == f"0 new, {count} already present, 0 rejected."
    with engine.connect() as conn:
        stored = conn.execute(select(Quote.text).order_by(Quote.id)).scalars().all()
    assert stored == texts


def test_the_cover_sheet_read_past_is_named(tmp_path: Path):
    _store(tmp_path / "s.db")

    code, out, _ = _cli(tmp_path / "s.db", "import", str(SEEN / "workbook_sheets.xlsx"), lang="de")

    assert code == 0
    assert out.splitlines()[0] == (
        "Gelesen wurde das Blatt „Bewertungen“, das erste mit den Daten (davor: Info)."
    )


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("zendesk_page.json", (1, 3)),
        ("zendesk_ratings_blank.jsonl", (1, 4)),
        ("zendesk_ratings_jq.json", (1, 3)),
    ],
)
def test_unmapped_zendesk_ids_reject_their_rows_by_line_and_the_offered_one_is_skipped(
    tmp_path: Path, name, lines
):
    _store(tmp_path / "s.db")

    code, out, err = _cli(tmp_path / "s.db", "import", str(SEEN / name))

    assert code == 1
    assert [line.split(":")[0] for line in err.splitlines()] == [f"Line {n}" for n in lines]
    assert "1 row not rated yet (only offered): skipped." in out.splitlines()
    assert out.splitlines()[-1] == "0 new, 0 already present, 2 rejected."
