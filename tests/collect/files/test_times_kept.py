"""A survey answer's time tells two answers of one day with the same words and rating apart,
and finds them again in another export of the same form. An XLSX holding the time stamp as
a number (Excel's serial day, the time its fraction: a date-time cell whose format was lost)
or in a time column of its own ("Datum" and "Uhrzeit") was read as the day alone: the same
answers exported as CSV with their times were imported a second time. On SQLite and
PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from sqlalchemy import Engine, func, select

from feedback.auth.roles import Actor
from feedback.collect.files.values import moment, time_of_day, with_time
from feedback.collect.importer import open_import
from feedback.services.imports import import_stream
from feedback.store.models import Quote
from tests.collect.files.helpers import FIXTURES, TODAY

HERE = FIXTURES / "leftovers"
ADMIN = Actor.system("test")
EXPORTS = [
    "survey_times.csv",
    "survey_times_split.csv",
    "survey_times_serial.xlsx",
    "survey_times_split.xlsx",
]


def _import(engine: Engine, name: str) -> tuple[int, int, int]:
    data = (HERE / name).read_bytes()
    parsed = open_import(engine, io.BytesIO(data), name=name, today=TODAY)
    report = import_stream(engine, ADMIN, parsed.entries(), today=TODAY)
    return report.imported, report.present, report.rejected


@pytest.mark.parametrize("first", EXPORTS)
def test_every_export_of_the_same_answers_finds_the_others(engine, people, first):
    assert _import(engine, first) == (4, 0, 0)
    for other in EXPORTS:
        assert _import(engine, other) == (0, 4, 0), other

    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Quote)) == 4


def test_keys_of_the_two_answers_of_one_day_name_their_times(engine, people):
    data = (HERE / "survey_times_serial.xlsx").read_bytes()
    parsed = open_import(engine, io.BytesIO(data), name="s.xlsx", today=TODAY)
    keys = [d.row_key for _, d, _ in parsed.entries() if d is not None]

    assert keys == [
        "2026-11-09 14:03:11|5/5|1",
        "2026-11-09 16:40:27|5/5|1",
        "2026-11-10|4/5|1",
        "2026-11-10 23:59:59|2/5|1",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (46335.58554398148, "2026-11-09 14:03:11"),  # an Excel serial with its time
        ("46335,58554398148", "2026-11-09 14:03:11"),  # the same, as German text
        (46335, "2026-11-09"),
        (46335.0, "2026-11-09"),
        (dt.datetime(2026, 11, 9), "2026-11-09"),  # a date cell: midnight is the day
        ("09.11.2026 00:00", "2026-11-09"),
        ("09.11.2026", "2026-11-09"),
        (1762693391, "2025-11-09 14:03:11"),  # Unix seconds, Berlin time
        (1762693391000, "2025-11-09 14:03:11"),
    ],
)
def test_moment_keeps_the_time(value, expected):
    assert moment(value, TODAY) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("14:05", "14:05:00"),
        ("14.05", "14:05:00"),
        ("14:05:33", "14:05:33"),
        ("2:05 PM", "14:05:00"),
        ("12:30 am", "00:30:00"),
        ("14 Uhr", "14:00:00"),
        ("0,5", "12:00:00"),  # a time cell's fraction of a day, as text
        (0.25, "06:00:00"),
        (dt.time(14, 5, 3), "14:05:03"),
        (dt.datetime(1899, 12, 30, 14, 5), "14:05:00"),  # Excel's day 0 with a time
        ("14", None),
        ("25:00", None),
        ("13:05 PM", None),
        (1.5, None),
        ("abends", None),
        (None, None),
    ],
)
def test_time_of_day(value, expected):
    assert time_of_day(value) == expected


def test_with_time_adds_a_time_to_a_day_only():
    assert with_time("2026-11-09", "14:05") == "2026-11-09 14:05:00"
    assert with_time("2026-11-09", "00:00") == "2026-11-09"
    assert with_time("2026-11-09 10:00:00", "14:05") == "2026-11-09 10:00:00"
    assert with_time("2026-11-09", "später") == "2026-11-09"
