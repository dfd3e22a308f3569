"""Dates with slashes and no 12-hour time were refused whichever way round they were
written: PowerShell's Export-Csv (``11/21/2026 16:40:00``) and British exports
(``21/11/2026``) lost every row. Where one number is above 12 only one reading is possible
and it is taken; ``11/05/2026`` could be either day and is still refused, saying why."""

from __future__ import annotations

import datetime as dt

import pytest

from feedback.collect.files.values import moment, parse_date
from tests.collect.files.helpers import read_fixture


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("11/21/2026 16:40:00", dt.date(2026, 11, 21)),
        ("21/11/2026", dt.date(2026, 11, 21)),
        ("21/11/2026 09:05", dt.date(2026, 11, 21)),
        ("11/05/2026", None),  # 5 November or 11 May
        ("13/13/2026", None),
        ("31/02/2026", None),
    ],
)
def test_a_slashed_date_is_read_when_only_one_reading_is_possible(written, day):
    assert parse_date(written) == day


def test_the_time_of_a_slashed_date_is_kept():
    assert moment("11/21/2026 16:40:00") == "2026-11-21 16:40:00"


def test_a_powershell_export_loses_only_its_ambiguous_row():
    read = read_fixture("leftovers/powershell_ratings.csv", system="zendesk")

    assert read.parsed.format.name == "zendesk_ratings"
    assert {line: d.said_on for line, d in read.drafts.items()} == {
        3: dt.date(2026, 11, 20),
        4: dt.date(2026, 11, 21),
    }
    assert read.problems == {5: ["bad_import_date"]}
