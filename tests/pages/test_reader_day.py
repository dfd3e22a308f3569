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


def test_a_reader_behind_berlin_sees_a_quote_of_berlins_day(store, monkeypatch):
    # A browser on UTC at 23:30 is on TODAY; Berlin, whose day the submit form and imports
    # give a quote said now, is on the next. The reader's periods ended at TODAY: the quote
    # was missing from the wall and, pending, from the lead's moderation queue until midnight.
    from feedback.ui import session

    monkeypatch.setattr(session, "reader_zone", lambda: (ZoneInfo("UTC"), "UTC"))
    agent = next(a for a in read_directory(store).agents.values() if a.consent_named)
    with time_machine.travel(LATE_UTC):
        assert session.reader_today() == BERLIN_DAY
        drafts = [
            QuoteDraft(
                text=f"{MARKER}: {note}, danke!",
                channel="chat",
                said_on=BERLIN_DAY,
                submitted_by="test",
                agent_id=agent.id,
                status=status,
            )
            for note, status in (
                ("gleich nach Mitternacht geholfen", Status.APPROVED),
                ("noch um halb eins erreichbar", Status.PENDING),
            )
        ]
        pending = submit_many(store, drafts)[1].quote_id
        wall = open_page("pages/wall.py")
        search(wall, MARKER)
        queue = open_page("pages/moderation.py")
    assert not wall.exception, [e.value for e in wall.exception]
    assert "gleich nach Mitternacht" in wall_markup(wall)
    assert not queue.exception, [e.value for e in queue.exception]
    assert any(o.startswith(f"#{pending} ") for o in queue.selectbox(key="moderation_pick").options)
