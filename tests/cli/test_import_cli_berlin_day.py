"""``python -m feedback import`` on a server whose clock runs on UTC: "today" for an imported
date is Berlin's day, the zone the file's dates are read in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import time_machine
from typer.testing import CliRunner

from feedback.cli import app
from feedback.store.db import make_engine
from feedback.store.filters import QuoteFilter
from feedback.store.migrate import upgrade
from feedback.store.read import quotes_frame
from tests.collect.bulk_data import add_people

# 23:30 on 23 November in UTC (the server's zone) is 00:30 on the 24th in Berlin (UTC+1).
# time-machine travels to this instant and, since it carries a ZoneInfo, sets the process's
# zone to UTC too: the test's "today" is pinned, whatever the date and zone of the machine.
LATE_UTC = dt.datetime(2026, 11, 23, 23, 30, tzinfo=ZoneInfo("UTC"))


def test_a_rating_from_just_after_midnight_in_berlin_is_not_in_the_future(tmp_path: Path):
    """Such rows were refused as "in the future" for that hour: the server's today was still
    the 23rd while the file's dates are Berlin's."""
    db = tmp_path / "s.db"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    add_people(engine, ("anna.meier",), team="Technik-Hotline", actor="test")
    data = tmp_path / "late.csv"
    data.write_text(
        "ticket_id;created_at;comment;assignee\n"
        "81;24.11.2026 00:15;Vielen Dank, das ging nachts noch schnell!;anna.meier\n"
        "82;2026-11-23T23:20:00Z;Thanks a lot, sorted out at midnight!;anna.meier\n"
        "83;25.11.2026 00:15;Noch nicht geschrieben, schon bewertet?;anna.meier\n",
        encoding="utf-8",
    )
    with time_machine.travel(LATE_UTC, tick=False):
        assert dt.date.today() == dt.date(2026, 11, 23)  # the server's day
        result = CliRunner().invoke(
            app, ["--lang", "en", "--db", f"sqlite:///{db}", "import", str(data), "--workers", "0"]
        )
    assert "2 new, 0 already present, 1 rejected." in result.stdout, result.stdout
    assert "25.11.2026" in result.stdout + result.stderr  # the next day still is the future
    stored = quotes_frame(engine, QuoteFilter(statuses=()))
    assert sorted(stored["said_on"].astype(str)) == ["2026-11-24", "2026-11-24"]
