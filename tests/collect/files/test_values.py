"""Dates and numbers as helpdesks and German spreadsheets write them."""

from __future__ import annotations

import datetime as dt

import pytest

from feedback.collect.files.values import parse_date, parse_number

D = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("23.11.2026", D),
        ("23.11.26", D),
        ("23.11.26 14:05", D),
        ("23.11.2026 14:05:33", D),
        ("3.1.2026", dt.date(2026, 1, 3)),
        ("2026-11-23", D),
        ("2026-11-23T14:05:33", D),
        ("2026-11-23T22:59:59Z", D),  # 23:59:59 in Berlin (winter time, UTC+1)
        ("2026-11-23T23:00:00Z", dt.date(2026, 11, 24)),  # midnight in Berlin
        ("2026-06-30T22:30:00+00:00", dt.date(2026, 7, 1)),  # summer time, UTC+2
        ("2026-11-24T00:30:00+02:00", D),
        ("2026-11-23 14:05:33 UTC", D),
        ("46349", D),
        (46349, D),
        (46349.75, D),  # 18:00 on the day
        ("1763712000", dt.date(2025, 11, 21)),  # Unix seconds
        (1763712000000, dt.date(2025, 11, 21)),  # milliseconds
        (dt.datetime(2026, 11, 23, 23, 30), D),  # an XLSX cell: local, no zone
        (dt.datetime(2026, 11, 23, 23, 30, tzinfo=dt.UTC), dt.date(2026, 11, 24)),
        (D, D),
    ],
)
def test_dates(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "today", "expected"),
    [
        ("23.11.99", dt.date(2026, 12, 5), dt.date(1999, 11, 23)),  # was 2099, "in the future"
        ("23.11.26", dt.date(2026, 12, 5), dt.date(2026, 11, 23)),
        ("23.11.27", dt.date(2026, 12, 5), dt.date(1927, 11, 23)),
        ("01.01.00", dt.date(2026, 12, 5), dt.date(2000, 1, 1)),
        ("23.11.99", dt.date(2101, 1, 1), dt.date(2099, 11, 23)),
    ],
)
def test_a_two_digit_year_is_the_latest_that_is_not_in_the_future(raw, today, expected):
    assert parse_date(raw, today) == expected


@pytest.mark.parametrize(
    "raw",
    ["gestern", "", "31.02.2026", "23.11.2026 25:00", "2026-13-01", "123", 4.5, True, None, "1.5"],
)
def test_what_is_no_date(raw):
    assert parse_date(raw) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("4", 4.0), ("4,5", 4.5), ("4.5", 4.5), (" -1,25 ", -1.25), (",5", 0.5), (3, 3.0)],
)
def test_numbers(raw, expected):
    assert parse_number(raw) == expected


@pytest.mark.parametrize("raw", ["", "4,5,6", "1.000,5", "vier", "4 Sterne", True, None])
def test_what_is_no_number(raw):
    assert parse_number(raw) is None
