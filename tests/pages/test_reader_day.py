"""The pages' "today" is the reader's day, not the server's: on a server on UTC, in Berlin's
first hour a quote said today (Berlin) was left out of the wall's period as "in the future"."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import streamlit as st
import time_machine

from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Status
from feedback.store.directory import read_directory
from tests.conftest import TODAY
from tests.pages.conftest import open_page
from tests.pages.test_wall_page import search, wall_markup

# 23:30 UTC is the next day in Berlin (the reader's zone when the browser names none).
LATE_UTC = dt.datetime.combine(TODAY, dt.time(23, 30), tzinfo=ZoneInfo("UTC"))
BERLIN_DAY = TODAY + dt.timedelta(days=1)
MARKER = "Mitternachtsheldin"


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()


def test_a_quote_of_the_readers_today_is_on_the_wall(store):
    agent = next(a for a in read_directory(store).agents.values() if a.consent_named)
    with time_machine.travel(LATE_UTC):
        assert dt.date.today() == TODAY  # the server's day
        draft = QuoteDraft(
            text=f"{MARKER}: kurz nach Mitternacht noch geholfen, danke!",
            channel="chat",
            said_on=BERLIN_DAY,
            submitted_by="test",
            agent_id=agent.id,
            status=Status.APPROVED,
        )
        assert submit_many(store, [draft])[0].quote_id is not None
        at = open_page("pages/wall.py")
        search(at, MARKER)
    assert not at.exception, [e.value for e in at.exception]
    assert MARKER in wall_markup(at)
