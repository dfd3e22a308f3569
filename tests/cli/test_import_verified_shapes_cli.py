"""``python -m feedback import`` on the checked export shapes of the twenty-fourth session
(tests/fixtures/imports/verified_shapes): Google Play's UTF-16 reviews, and a Microsoft Forms
workbook whose rating question the import names instead of guessing, in both languages."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_import_cli import _cli, _store

SHAPES = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "verified_shapes"
FORMS = str(SHAPES / "microsoft_forms_en_last_modified.xlsx")
QUESTION = "How satisfied were you with our support?"


def test_play_reviews_import_once_with_the_wordless_rating_counted(tmp_path: Path):
    _store(tmp_path / "s.db")
    data = str(SHAPES / "reviews_de.example.kundenapp_202611.csv")
    team = ("--team", "Technik-Hotline", "--workers", "0")

    dry = _cli(tmp_path / "s.db", "import", data, *team, "--dry-run", lang="de")
    first = _cli(tmp_path / "s.db", "import", data, *team)
    again = _cli(tmp_path / "s.db", "import", data, *team, lang="de")

    assert (dry[0], first[0], again[0]) == (0, 0, 0)
    assert dry[1].splitlines()[-2:] == [
        "1 Bewertung ohne Kommentar: übersprungen (sie zählt zur CSAT, zu zitieren gibt es"
        " nichts).",
        "Probelauf, nichts gespeichert: 3 wären neu, 0 bereits vorhanden, 0 würden abgelehnt.",
    ]
    assert first[1].splitlines()[-1] == "3 new, 0 already present, 0 rejected."
    assert again[1].splitlines()[-1] == "0 neu, 3 bereits vorhanden, 0 abgelehnt."


def test_a_forms_rating_question_is_named_with_the_option_to_read_it(tmp_path: Path):
    _store(tmp_path / "s.db")

    de = _cli(tmp_path / "s.db", "import", FORMS, "--dry-run", lang="de")
    en = _cli(tmp_path / "s.db", "import", FORMS, "--dry-run")

    option = f"--column 'rating={QUESTION}'"
    assert (
        f"Die Spalte „{QUESTION}“ sieht nach einer Bewertungsfrage aus, aber nichts sagt das dem "
        f"Import: Ihre Bewertungen werden nicht gespeichert. Um sie zu speichern, mit {option} "
        "importieren (vor dem ersten Import: Die Bewertung gehört zum Schlüssel einer Antwort, "
        "ohne sie importierte Antworten würden sonst ein zweites Mal importiert)."
    ) in de[1].splitlines()
    assert (
        f"The column “{QUESTION}” looks like a rating question, but nothing says so to the "
        f"import: its ratings are not stored. To store them, import with {option} (before the "
        "first import: the rating is part of an answer's key, so answers imported without it "
        "would be imported again)."
    ) in en[1].splitlines()


def test_a_forms_rating_question_named_on_the_command_line_is_read(tmp_path: Path):
    _store(tmp_path / "s.db")
    named = ("--column", f"rating={QUESTION}", "--workers", "0")

    first = _cli(tmp_path / "s.db", "import", FORMS, *named)
    again = _cli(tmp_path / "s.db", "import", FORMS, *named, lang="de")

    assert first[:2] == (
        0,
        "1 rating without a comment: skipped (it counts in the CSAT, but there is nothing to"
        " quote).\n3 new, 0 already present, 0 rejected.\n",
    )
    assert again[1].splitlines()[-1] == "0 neu, 3 bereits vorhanden, 0 abgelehnt."
    assert "looks like a rating" not in first[1]
