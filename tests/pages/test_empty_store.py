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


# The pages that show approved quotes, with the hint each gives when a filter matches nothing.
QUOTE_VIEWS = {
    "pages/wall.py": "wall.empty",
    "pages/presentation.py": "presentation.empty",
    "pages/wordclouds.py": "wordclouds.empty",
    "pages/trends.py": "trends.empty",
}


def _messages(at) -> list[str]:
    """What the page says: its notices, and the wall's board (an HTML block)."""
    return [i.value for i in at.info] + [h.proto.body for h in at.get("html")]


def _links(at) -> list[str]:
    """The pages linked to, by their address ("submit")."""
    return [link.proto.page.strip("/").rsplit("/", 1)[-1] for link in at.get("page_link")]


@pytest.mark.parametrize(
    ("role", "sources"), [("admin", ["submit", "import"]), ("agent", ["submit"])]
)
@pytest.mark.parametrize("page", list(QUOTE_VIEWS))
@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_store_without_quotes_says_where_they_come_from_not_change_the_filters(
    empty_store_url, page, role, sources, lang
):
    if page == "pages/trends.py" and role == "agent":
        pytest.skip("agents have no trends page")
    at = open_page(page, lang, role)
    assert not at.exception, [e.value for e in at.exception]
    shown = _messages(at)
    assert t("common.no_quotes_yet", lang) in shown
    assert not any(t(QUOTE_VIEWS[page], lang) in text for text in shown)
    # A link to each page quotes come from that this role may open, and no other.
    assert _links(at) == sources


@pytest.mark.parametrize("page", list(QUOTE_VIEWS))
def test_a_filter_that_matches_nothing_keeps_the_filter_hint(store_url, page):
    at = open_page(page, "de", q="Zzzxqy")  # a search nothing matches
    assert not at.exception, [e.value for e in at.exception]
    shown = _messages(at)
    assert any(t(QUOTE_VIEWS[page], "de") in text for text in shown)
    assert t("common.no_quotes_yet", "de") not in shown


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_no_quotes_text_names_the_submit_page_as_the_navigation_does(lang):
    assert t("nav.submit", lang) in t("common.no_quotes_yet", lang)
    for key in ("nobody_yet", "nobody_yet_admin"):
        assert t("nav.people", lang) in t(f"recognition.{key}", lang)


@pytest.mark.parametrize(
    ("role", "key", "links"),
    [("admin", "nobody_yet_admin", ["people"]), ("agent", "nobody_yet", [])],
)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_recognition_says_where_people_are_added(empty_store_url, role, key, links, lang):
    # It said "there is nobody to show here yet", and nothing of how that changes.
    at = open_page("pages/recognition.py", lang, role)
    assert not at.exception, [e.value for e in at.exception]
    assert [i.value for i in at.info] == [t(f"recognition.{key}", lang)]
    assert _links(at) == links
