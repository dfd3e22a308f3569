"""Dates with slashes and no 12-hour time were refused whichever way round they were
written: PowerShell's Export-Csv (``11/21/2026 16:40:00``) and British exports
(``21/11/2026``) lost every row. Where one number is above 12 only one reading is possible
and it is taken. ``11/05/2026`` could be either day: the file's other rows decide
(:mod:`feedback.collect.files.date_order`); where none does, the row is refused, saying why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from feedback.collect.files.date_order import HOLD, DateOrder, settled
from feedback.collect.files.table import Record
from feedback.collect.files.values import moment, parse_date, slashed_order
from feedback.collect.validate import Problem
from tests.collect.files.helpers import read_bytes, read_fixture


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("11/21/2026 16:40:00", dt.date(2026, 11, 21)),
        ("21/11/2026", dt.date(2026, 11, 21)),
        ("21/11/2026 09:05", dt.date(2026, 11, 21)),
        ("11/05/2026", None),  # 5 November or 11 May
        ("05/05/2026", dt.date(2026, 5, 5)),  # the same day either way
        ("13/13/2026", None),
        ("31/02/2026", None),
    ],
)
def test_a_slashed_date_is_read_when_only_one_reading_is_possible(written, day):
    assert parse_date(written) == day


@pytest.mark.parametrize(
    ("day_first", "day"), [(True, dt.date(2026, 5, 11)), (False, dt.date(2026, 11, 5))]
)
def test_the_files_order_reads_a_date_that_could_be_either(day_first, day):
    assert parse_date("11/05/2026", day_first=day_first) == day
    # A date whose own numbers say which is read so whatever the file said before.
    assert parse_date("11/23/2026", day_first=True) == dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("written", "order"),
    [
        ("23/11/2026", "day_first"),
        ("11/23/2026 14:05", "month_first"),
        ("11/05/2026 2:05 PM", "month_first"),  # a 12-hour time is American
        ("11/05/2026", "either"),
        ("05/05/2026", ""),
        ("2026-11-05", ""),
        ("05.11.2026", ""),
        (None, ""),
    ],
)
def test_what_one_date_says_about_the_order(written, order):
    assert slashed_order(written) == order


def test_the_time_of_a_slashed_date_is_kept():
    assert moment("11/21/2026 16:40:00") == "2026-11-21 16:40:00"


def test_a_powershell_export_reads_its_early_day_the_american_way():
    read = read_fixture("leftovers/powershell_ratings.csv", system="zendesk")

    assert read.parsed.format.name == "zendesk_ratings"
    assert {line: d.said_on for line, d in read.drafts.items()} == {
        3: dt.date(2026, 11, 20),
        4: dt.date(2026, 11, 21),
        5: dt.date(2026, 11, 5),  # 11/05: the rows above wrote the month first
    }
    assert read.problems == {}


def _csv(*dates: str) -> bytes:
    lines = ["Kommentar;Datum;Agent"]
    lines += [f"Danke für die Hilfe Nummer {n};{d};anna.meier" for n, d in enumerate(dates)]
    return "\n".join(lines).encode()


def test_a_british_file_reads_its_early_days_day_first_even_before_a_later_row_says_so():
    read = read_bytes(_csv("03/11/2026", "04/11/2026", "21/11/2026", "05/11/2026"))

    assert [d.said_on for d in read.drafts.values()] == [
        dt.date(2026, 11, 3),
        dt.date(2026, 11, 4),
        dt.date(2026, 11, 21),
        dt.date(2026, 11, 5),
    ]
    assert list(read.drafts) == [2, 3, 4, 5], "rows come in file order"


def test_an_american_file_reads_them_month_first():
    read = read_bytes(_csv("11/03/2026", "11/04/2026", "11/21/2026"))

    assert [d.said_on for d in read.drafts.values()] == [
        dt.date(2026, 11, 3),
        dt.date(2026, 11, 4),
        dt.date(2026, 11, 21),
    ]


def test_a_file_that_never_says_refuses_those_rows_in_both_languages():
    read = read_bytes(_csv("03/11/2026", "04/11/2026", "2026-11-20"))

    assert read.problems == {2: ["ambiguous_import_date"], 3: ["ambiguous_import_date"]}
    assert list(read.drafts) == [4]
    problem = next(p for row in read.rows for p in row.problems)
    assert isinstance(problem, Problem)
    german, english = problem.message("de"), problem.message("en")
    assert "„03/11/2026“" in german
    assert "kein Tag über 12" in german
    assert "“03/11/2026”" in english
    assert "no day above 12" in english


def test_records_are_held_back_at_most_hold_records():
    read = 0

    def records() -> Iterator[Record]:
        nonlocal read
        for n in range(HOLD + 5):
            read += 1
            yield Record(n, {"d": "01/02/2026"})

    order = DateOrder()
    stream = settled(records(), lambda r: r.values["d"], order)
    assert next(stream).line == 0
    assert read == HOLD, "the first record comes out once HOLD records wait, not at the end"
    assert [r.line for r in stream] == list(range(1, HOLD + 5))
    assert order.day_first is None
