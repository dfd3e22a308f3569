"""A brand-new store (no teams, no agents, no quotes): what a first-time user sees."""

from __future__ import annotations

import pytest
import streamlit as st

from feedback.i18n import t
from tests.pages.conftest import open_page


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()


def people_tab(tab: str, lang: str):
    at = open_page("pages/people.py", lang)
    at.session_state["people_tab"] = t(f"people.tab_{tab}", lang)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_teams_is_said_in_words_not_an_empty_table(empty_store_url, lang):
    # An empty table shows Streamlit's own "empty" in English, also in the German interface.
    at = people_tab("teams", lang)
    assert not at.dataframe
    assert [i.value for i in at.info] == [t("people.no_teams", lang)]
    assert [b.label for b in at.button] == [t("people.add_team_button", lang)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_agents_is_said_in_words_and_the_add_form_is_open(empty_store_url, lang):
    at = people_tab("agents", lang)
    assert not at.dataframe
    assert [i.value for i in at.info] == [t("people.no_agents", lang)]
    assert t("people.save_agents", lang) not in [b.label for b in at.button]
    assert at.expander[0].label == t("people.add_agent", lang)
    assert at.expander[0].proto.expanded
    assert at.text_input(key="people_agent_handle") is not None


@pytest.mark.parametrize(("role", "key"), [("admin", "nobody_yet_admin"), ("agent", "nobody_yet")])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_submit_says_first_a_team_is_needed(empty_store_url, role, key, lang):
    # Without it every save failed with "choose the praised agent or the team", while both
    # pickers offered nothing to choose.
    at = open_page("pages/submit.py", lang, role)
    assert not at.exception, [e.value for e in at.exception]
    assert t(f"submit.{key}", lang) in [i.value for i in at.info]


def test_submit_says_nothing_of_it_once_a_team_exists(empty_store_url):
    from feedback.store.db import make_engine, transaction
    from feedback.store.directory import add_team

    engine = make_engine(empty_store_url)
    with transaction(engine) as session:
        add_team(session, "Support", actor="test")
    engine.dispose()
    at = open_page("pages/submit.py", "en", "agent")
    assert not at.exception, [e.value for e in at.exception]
    assert t("submit.nobody_yet", "en") not in [i.value for i in at.info]
    assert t("submit.nobody_yet_admin", "en") not in [i.value for i in at.info]
