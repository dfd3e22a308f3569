"""The suite's clock: every test runs on one pinned day, so no result depends on the calendar.

``FEEDBACK_TEST_TODAY`` (ISO date) chooses the day; without it the suite runs on
:data:`DEFAULT_TODAY`. ``make test`` runs the date-sensitive tests (marker ``clock``) again on
the days where calendars break: the first and last day of a month, 31 December and 29 February
(see ``CLOCK_DAYS`` in the Makefile).

The clock is moved with ``time-machine``: ``date.today()``, ``datetime.now()`` and
``time.time()`` all answer from the pinned day, in every thread (AppTest runs the page in one),
while the clock keeps ticking so durations and timeouts stay real.
"""

from __future__ import annotations

import datetime as dt
import os

import time_machine

TODAY_ENV = "FEEDBACK_TEST_TODAY"
# Why this day: the day the suite's hand-written expectations were first pinned to.
DEFAULT_TODAY = dt.date(2026, 11, 23)


def pinned_today() -> dt.date:
    """The day the suite runs on: ``$FEEDBACK_TEST_TODAY`` or :data:`DEFAULT_TODAY`."""
    raw = os.environ.get(TODAY_ENV, "").strip()
    return dt.date.fromisoformat(raw) if raw else DEFAULT_TODAY


def travel_to_pinned_day() -> time_machine.travel:
    """A ticking clock that starts at noon UTC of :func:`pinned_today` (noon: the same calendar
    day in every time zone from UTC−11 to UTC+11)."""
    day = pinned_today()
    return time_machine.travel(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC))
