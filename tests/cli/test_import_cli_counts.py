"""Every count the import command prints reads right for one ("1 Bewertung ohne Kommentar",
not "1 Bewertungen"), in German and English, as the import page's counts do."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from feedback.cli.app import CliState
from feedback.cli.import_commands import SHOWN_REJECTED, _interrupted, _show_progress
from feedback.collect.bulk import ImportProgress
from tests.cli.test_import_cli import _cli, _store


def _one_of_each(path: Path) -> Path:
    """Zendesk ratings: 51 rows whose agent id 3999 is not mapped (rejected: one more than the
    50 listed), one only offered (not rated), one rated without a comment."""
    lines = ["id,score,comment,assignee_id,created_at"]
    lines += [f"{n},good,Danke für alles ({n})!,3999,2025-06-02" for n in range(1, 52)]
    lines += ["60,offered,,3999,2025-06-02", "61,good,,3999,2025-06-02"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "said", "more"),
    [
        (
            "de",
            [
                "1 Helpdesk-ID ohne Zuordnung zu Mitarbeitenden oder Teams: 3999. Ordnen Sie sie "
                "zu und importieren Sie die Datei erneut.",
                "1 Zeile noch nicht bewertet (nur angeboten): übersprungen.",
                "1 Bewertung ohne Kommentar: übersprungen (sie zählt zur CSAT, zu zitieren gibt "
                "es nichts).",
                "0 neu, 0 bereits vorhanden, 51 abgelehnt.",
            ],
            "… und 1 weitere abgelehnte Zeile.",
        ),
        (
            "en",
            [
                "1 helpdesk id not mapped to an agent or a team: 3999. Map it and import the "
                "file again.",
                "1 row not rated yet (only offered): skipped.",
                "1 rating without a comment: skipped (it counts in the CSAT, but there is "
                "nothing to quote).",
                "0 new, 0 already present, 51 rejected.",
            ],
            "… and 1 more rejected row.",
        ),
    ],
)
def test_one_of_each_count_is_said_in_the_singular(tmp_path: Path, lang, said, more):
    _store(tmp_path / "s.db")
    data = _one_of_each(tmp_path / "ratings.csv")

    code, out, err = _cli(tmp_path / "s.db", "import", str(data), lang=lang)

    assert code == 1
    assert out.splitlines() == said
    listed = err.splitlines()
    assert len(listed) == SHOWN_REJECTED + 1
    assert listed[-1] == more


@pytest.mark.parametrize(
    ("lang", "rows", "line"),
    [
        ("de", 1, "1 Zeile: 1 neu, 0 bereits vorhanden, 0 abgelehnt …"),
        ("de", 2, "2 Zeilen: 1 neu, 0 bereits vorhanden, 0 abgelehnt …"),
        ("en", 1, "1 row: 1 new, 0 already present, 0 rejected …"),
        ("en", 1200, "1,200 rows: 1 new, 0 already present, 0 rejected …"),
    ],
)
def test_the_progress_line_counts_one_row_as_one(capsys, lang, rows, line):
    _show_progress(CliState(lang, None))(ImportProgress(rows, 1, 0, 0, 1, 0.5))

    assert capsys.readouterr().err == "\r" + line


@pytest.mark.parametrize(
    ("lang", "done", "start"),
    [
        ("de", None, "Abgebrochen beim ersten Stapel: "),
        ("de", 1, "Abgebrochen. Mindestens die erste Zeile ist erledigt, "),
        ("de", 2, "Abgebrochen. Mindestens die ersten 2 Zeilen sind erledigt, "),
        ("en", None, "Interrupted during the first batch: "),
        ("en", 1, "Interrupted. At least the first row is done, "),
        ("en", 3000, "Interrupted. At least the first 3,000 rows are done, "),
    ],
)
def test_an_interruption_counts_what_is_done_in_the_right_number(capsys, lang, done, start):
    committed = None if done is None else ImportProgress(done, 1, 0, 0, 1, 0.5)
    with pytest.raises(typer.Exit):
        _interrupted(CliState(lang, None), committed)

    assert capsys.readouterr().err.startswith(start)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "de",
            "1 Summenzeile („Gesamt“, „Exportiert am …“, die Kopfzeile noch einmal …): "
            "übersprungen, ihre Werte zählen nicht als Bewertung.\n"
            "1 neu, 0 bereits vorhanden, 0 abgelehnt.\n",
        ),
        (
            "en",
            "1 summary row (“Total”, “Exported on …”, the header again …): skipped, its "
            "figures do not count as a rating.\n1 new, 0 already present, 0 rejected.\n",
        ),
    ],
)
def test_a_reports_total_row_is_skipped_and_said_so(tmp_path: Path, lang: str, said: str):
    """It was "Line 3: the date “Gesamt” …" and exit 1, or a phantom rating in the CSAT."""
    _store(tmp_path / "s.db")
    data = tmp_path / "bericht.csv"
    data.write_text(
        "Datum;Kommentar;Mitarbeiter;Bewertung\n02.06.2025;Danke!;anna.meier;5\nGesamt;;;5\n",
        encoding="utf-8",
    )

    assert _cli(tmp_path / "s.db", "import", str(data), lang=lang) == (0, said, "")
