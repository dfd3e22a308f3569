"""``python -m feedback import`` on survey exports in their download shapes
(tests/fixtures/imports/export_shapes): a dry run, the import and a second run in German
finding every row present, with the counts each file gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_import_cli import _cli, _store

SHAPES = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "export_shapes"
TEAM = ("--team", "Technik-Hotline")


@pytest.mark.parametrize(
    ("name", "args", "new"),
    [
        ("delighted_nps.csv", (), 4),
        ("delighted_ces.csv", ("--column", "rating_range=1-7"), 3),
        ("ces_survey_de.csv", (), 3),
        ("zendesk_nps.csv", TEAM, 3),
        ("hotjar_nps.csv", ("--column", "text=What is the main reason for your score?", *TEAM), 3),
        ("freshdesk_csat_report.csv", (), 3),
        ("freshdesk_csat_report_de.csv", (), 3),
    ],
)
def test_each_export_imports_once_and_is_present_the_second_time(
    tmp_path: Path, name: str, args: tuple[str, ...], new: int
):
    _store(tmp_path / "s.db")
    data = str(SHAPES / name)

    dry = _cli(tmp_path / "s.db", "import", data, *args, "--dry-run", "--workers", "0")
    first = _cli(tmp_path / "s.db", "import", data, *args, "--workers", "0")
    again = _cli(tmp_path / "s.db", "import", data, *args, "--workers", "0", lang="de")

    assert (dry[0], first[0], again[0]) == (0, 0, 0)
    assert dry[1].splitlines()[-1] == (
        f"Dry run, nothing stored: {new} would be new, 0 already present, 0 would be rejected."
    )
    assert first[1].splitlines()[-1] == f"{new} new, 0 already present, 0 rejected."
    assert again[1].splitlines()[-1] == f"0 neu, {new} bereits vorhanden, 0 abgelehnt."
    assert "no date column" not in first[1]
