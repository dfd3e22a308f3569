"""Presentation mode through dashboard.py: the slide deck document and its exports."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
import streamlit as st
import time_machine
from PIL import Image
from pptx import Presentation

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.i18n import t
from feedback.insights.presentation import build_deck
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from feedback.ui.presentation import OPTIONS_OPEN, exporters
from tests.conftest import TODAY
from tests.pages.conftest import open_page, signed_in_app
from tests.pages.test_wall_page import english_by_default


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    """AppTest looks up ``format_func`` labels outside the run, in Streamlit's bare-mode session
    state, which outlives a test; the shared sidebar caches the UI language there."""
    st.session_state.clear()


def slide_document(at) -> str:
    frames = at.get("iframe")
    assert len(frames) == 1
    return str(frames[0].proto.srcdoc)


def test_the_show_has_a_title_slide_a_spotlight_and_the_chosen_number_of_quotes(store_url):
    at = open_page("pages/presentation.py")
    assert not at.exception
    document = slide_document(at)
    assert document.count('<section class="slide quote') == 20
    assert '<section class="slide title' in document
    assert '<section class="slide spotlight' in document
    assert t("presentation.headline", "de") in document

    at.session_state[OPTIONS_OPEN] = True  # the settings, drawn only while open
    at.run()
    at.slider(key="presentation_slides").set_value(5).run()
    assert slide_document(at).count('<section class="slide quote') == 5


def test_the_settings_are_drawn_only_while_open_and_hold_when_closed(store_url):
    at = open_page("pages/presentation.py")
    assert not at.exception
    # A new tab loads no slider or select box: the settings' expander is closed.
    assert not at.main.get("slider")
    assert not at.main.get("selectbox")
    assert '"interval": 10' in slide_document(at)
    at.session_state[OPTIONS_OPEN] = True
    at.run()
    assert len(at.main.get("slider")) == 2
    assert len(at.main.get("selectbox")) == 2
    at.slider(key="presentation_slides").set_value(10).run()
    at.slider(key="presentation_interval").set_value(25).run()
    at.selectbox(key="presentation_order").set_value("newest").run()
    at.session_state[OPTIONS_OPEN] = False
    at.run()
    assert not at.exception
    assert not at.main.get("slider")
    document = slide_document(at)
    assert document.count('<section class="slide quote') == 10
    assert '"interval": 25' in document
    at.session_state[OPTIONS_OPEN] = True  # opened again: the settings as left
    at.run()
    assert at.slider(key="presentation_slides").value == 10
    assert at.selectbox(key="presentation_order").value == "newest"


def test_the_interval_reaches_the_slide_script(store):
    english_by_default(store)
    at = open_page("pages/presentation.py", "en")
    at.session_state[OPTIONS_OPEN] = True
    at.run()
    at.slider(key="presentation_interval").set_value(4).run()
    assert '"interval": 4' in slide_document(at)


def test_full_screen_hides_the_chrome(store_url):
    at = open_page("pages/presentation.py")
    at.toggle(key="presentation_fullscreen").set_value(True).run()
    css = "".join(h.proto.body for h in at.html)
    assert '[data-testid="stSidebar"]' in css
    assert "display: none" in css
    assert not at.title  # the big title makes room for the slides


def test_the_three_downloads_are_offered(store):
    english_by_default(store)
    at = open_page("pages/presentation.py", "en")
    labels = {b.proto.label for b in at.get("download_button")}
    assert labels == {t(f"presentation.download_{kind}", "en") for kind in ("pptx", "png", "pdf")}


def test_agents_see_the_slides_but_get_no_files(store):
    at = open_page("pages/presentation.py", role="agent")
    assert at.get("iframe")
    assert not at.get("download_button")
    deck = build_deck(quotes_frame(store, QuoteFilter()), slides=3)
    agent = Actor("anna", Role.AGENT)
    with pytest.raises(NotAllowed):
        exporters(deck, actor=agent, lang="de", period_label="Alles", theme_names={})


def test_the_exports_of_the_selection_open_again(store):
    deck = build_deck(quotes_frame(store, QuoteFilter()), slides=6)
    lead = Actor("lea", Role.LEAD, team_ids=frozenset({1}))
    files = exporters(deck, actor=lead, lang="de", period_label="Alles", theme_names={})

    prs = Presentation(io.BytesIO(files["pptx"]()))
    assert len(prs.slides) == 6 + 2 + (deck.spotlight is not None)  # title, closing
    png = Image.open(io.BytesIO(files["png"]()))
    assert png.format == "PNG"
    assert png.width == 2400
    assert files["pdf"]().startswith(b"%PDF-")


def test_the_spotlight_rotates_when_the_week_turns_while_the_page_stays_open(store_url):
    def spotlight(at) -> str:
        found = re.search(r'<section class="slide spotlight.*?</section>', slide_document(at), re.S)
        return found.group(0) if found else ""

    # All time: a period that does not move with the date, so only the date tells the weeks apart.
    at = signed_in_app("admin")
    at.query_params.update(lang="de", period="all")
    at.run()
    at.switch_page("pages/presentation.py")
    at.run()
    assert not at.exception
    this_week = spotlight(at)
    assert this_week, "the automatic spotlight shows a team"
    # The same session, a week later: the cached deck of last week is not shown again.
    next_week = dt.datetime.combine(TODAY + dt.timedelta(days=7), dt.time(12), dt.UTC)
    with time_machine.travel(next_week):
        at.run()
    assert not at.exception
    assert spotlight(at) != this_week


def test_a_selection_without_quotes_says_so_instead_of_a_deck_of_zero(store_url):
    at = open_page("pages/presentation.py", q="Zzzxqy")  # a search nothing matches
    assert not at.exception
    assert [i.value for i in at.info] == [t("presentation.empty", "de")]
    assert not at.main.get("iframe")  # no title slide reading "0 Zitate"
    assert not at.get("download_button")  # nor empty files
