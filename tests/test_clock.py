"""The suite's clock (tests/clock.py): every process of a run shows the same time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.clock import ANCHOR_ENV

ROOT = Path(__file__).resolve().parents[1]

# A process that travels, waits half a second before it first reads the clock, and reports
# how far its pinned clock is behind the real time since the run began (read after the travel).
_LAG_SCRIPT = """
import datetime as dt, time
from tests.clock import _RUN_STARTED, pinned_today, travel_to_pinned_day
day = pinned_today()
noon = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
with travel_to_pinned_day():
    time.sleep(0.5)
    shown = (dt.datetime.now(dt.UTC) - noon).total_seconds()
real = time.time() - _RUN_STARTED
print(real - shown)
"""


def test_a_process_that_reads_the_clock_late_is_not_behind_the_others():
    env = {**os.environ, ANCHOR_ENV: os.environ[ANCHOR_ENV]}
    done = subprocess.run(
        [sys.executable, "-c", _LAG_SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    lag = float(done.stdout)
    # The real time is read after the travel ended, so the lag is >= 0; well under the wait.
    assert 0 <= lag < 0.25, f"the pinned clock is {lag:.3f} s behind the real time"
