"""The submit form on a server whose clock runs on UTC: the day a quote was said starts at, and
goes up to, Berlin's day (feedback.clock.local_today), as imports do."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
import streamlit as st
import time_machine

from feedback.i18n import t
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from tests.conftest import TODAY
from tests.pages.conftest import open_page

# 23:30 UTC is 00:30 (winter) or 01:30 (summer) of the next day in Berlin. time-machine sets the
# process's zone to the instant's (UTC), so the server's own "today" is still TODAY.
LATE_UTC = dt.datetime.combine(TODAY, dt.time(23, 30), tzinfo=ZoneInfo("UTC"))
BERLIN_DAY = TODAY + dt.timedelta(days=1)


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()


def test_the_date_starts_at_berlins_day_and_a_quote_of_it_is_stored(store):
    agent = next(a.id for a in read_directory(store).agents.values() if a.consent_named)
    with time_machine.travel(LATE_UTC):
        assert dt.date.today() == TODAY  # the server's day
        at = open_page("pages/submit.py")
        said_on = at.date_input(key="submit_one_said_on")
        assert said_on.value == BERLIN_DAY
        assert said_on.max == BERLIN_DAY
        at.text_area(key="submit_one_text").input("Kurz nach Mitternacht noch geholfen, danke!")
        at.selectbox(key="submit_one_agent").set_value(agent).run()
        next(b for b in at.button if b.label == t("submit.save", "de")).click()
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    newest = quotes_frame(store, QuoteFilter(statuses=())).sort_values("id").iloc[-1]
    assert pd.Timestamp(newest["said_on"]).date() == BERLIN_DAY
    # After saving, the emptied form starts at Berlin's day again.
    assert at.date_input(key="submit_one_said_on").value == BERLIN_DAY
