"""The suite's clock: every test runs on one pinned day, so no result depends on the calendar.

``FEEDBACK_TEST_TODAY`` (ISO date) chooses the day; without it the suite runs on
:data:`DEFAULT_TODAY`. ``make test`` runs the date-sensitive tests (marker ``clock``) again on
the days where calendars break: the first and last day of a month, 31 December and 29 February
(see ``CLOCK_DAYS`` in the Makefile).

The clock is moved with ``time-machine``: ``date.today()``, ``datetime.now()`` and
``time.time()`` all answer from the pinned day, in every thread (AppTest runs the page in one),
while the clock keeps ticking so durations and timeouts stay real.

Every process of one run (pytest, its xdist workers, the browser tests' streamlit server)
shows the same time: the first one notes when the run began (``FEEDBACK_TEST_CLOCK_ANCHOR``,
inherited by the others), and each starts its clock at noon of the pinned day plus the time
since then. A sign-in token made by a test is then as fresh for the server as for the test.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

import time_machine

TODAY_ENV = "FEEDBACK_TEST_TODAY"
ANCHOR_ENV = "FEEDBACK_TEST_CLOCK_ANCHOR"
# Why this day: the day the suite's hand-written expectations were first pinned to.
DEFAULT_TODAY = dt.date(2026, 11, 23)


def pinned_today() -> dt.date:
    """The day the suite runs on: ``$FEEDBACK_TEST_TODAY`` or :data:`DEFAULT_TODAY`."""
    raw = os.environ.get(TODAY_ENV, "").strip()
    return dt.date.fromisoformat(raw) if raw else DEFAULT_TODAY


def _run_started() -> float:
    """The real time (epoch seconds) this run began, shared with child processes."""
    raw = os.environ.get(ANCHOR_ENV)
    if not raw:
        raw = repr(time.time())
        os.environ[ANCHOR_ENV] = raw
    return float(raw)


_RUN_STARTED = _run_started()  # at import: before time-machine moves time.time()


@contextmanager
def travel_to_pinned_day() -> Iterator[None]:
    """A ticking clock at noon UTC of :func:`pinned_today` plus the time since the run began
    (noon: the same calendar day in every time zone from UTC−11 to UTC+11).

    time-machine's clock starts ticking at its first reading, not when the travel starts: it is
    read at once here. Otherwise a process that first asked for the time a second after its
    travel began ran a second behind the others (a quote handed in by a test then sorted
    before an older one the browser test server had saved)."""
    day = pinned_today()
    noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    with time_machine.travel(noon + dt.timedelta(seconds=time.time() - _RUN_STARTED)):
        time.time()  # start the clock now
        yield
