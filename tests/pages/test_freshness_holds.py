"""Which pages follow other processes' writes on their own (feedback.ui.resources.follow_writes)
and which hold still: the submit form. The slide show follows them in full screen too: it goes
on at the slide it was on (tests/e2e/test_presentation.py)."""

from __future__ import annotations

import pytest
import streamlit as st

from feedback.ui import resources
from tests.pages.conftest import open_page

HOLD = resources._HOLD_KEY
SEEN = resources._SEEN_KEY


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()  # bare mode's session state outlives a test


def test_the_wall_follows_the_scopes_it_read(store_url):
    at = open_page("pages/wall.py")
    assert not at.exception
    assert at.session_state[HOLD] is False
    assert {"quotes", "people", "settings"} <= set(at.session_state[SEEN])
    assert "audit" not in at.session_state[SEEN], "sign-ins elsewhere do not rerun the wall"


def test_the_submit_page_holds_still(store_url):
    at = open_page("pages/submit.py")
    assert not at.exception
    assert at.session_state[HOLD] is True


def test_the_slide_show_takes_in_new_quotes_in_full_screen_too(store_url):
    at = open_page("pages/presentation.py")
    assert not at.exception
    assert at.session_state[HOLD] is False
    at.toggle(key="presentation_fullscreen").set_value(True).run()
    assert not at.exception
    assert at.session_state[HOLD] is False, "a quote approved during the meeting joins the show"
