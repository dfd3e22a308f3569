"""The one or two people of a team who do not consent are not named by "from team X" on the
pages: the wall card and the shout-outs leave the team out, and the People page warns the admin.
With three colleagues without consent the team is named again (of two, each would know which
unnamed cards are the other's)."""

from __future__ import annotations

import html
import re

import pytest
import streamlit as st
from sqlalchemy import Engine

from feedback.auth.roles import Actor, Role
from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Status
from feedback.i18n import t
from feedback.services import people as service
from feedback.store.directory import read_directory
from tests.conftest import TODAY
from tests.pages.conftest import open_page

ADMIN = Actor("demo.admin", Role.ADMIN)
MARKER = "Sternschnuppenservice"
TEAM = "Privatkunden Nord"  # the demo's Nord: eight people, three of them without consent


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()


def one_unnamed(store: Engine, unnamed: int, *, praise: bool = True) -> int:
    """Nord with ``unnamed`` active people without consent (the others consent); the first of
    them is praised today in two approved quotes that carry :data:`MARKER` (unless not
    ``praise``). Returns their id."""
    directory = read_directory(store)
    team = directory.team_by_name(TEAM)
    members = sorted(a.id for a in directory.agents.values() if a.team_id == team and a.active)
    assert len(members) > unnamed
    for position, agent in enumerate(members):
        service.set_consent(store, ADMIN, agent, position >= unnamed)
    drafts = [
        QuoteDraft(
            text=text,
            channel="chat",
            said_on=TODAY,
            submitted_by="test",
            agent_id=members[0],
            status=Status.APPROVED,
        )
        for text in (
            f"{MARKER}! So freundlich und schnell, vielen Dank.",
            f"Ein {MARKER} wie aus dem Bilderbuch, ich bin begeistert 😊",
        )
    ]
    assert all(r.stored for r in submit_many(store, drafts if praise else []))
    st.cache_data.clear()
    return members[0]


def marked_cards(at) -> list[str]:
    """The wall's cards (their HTML) that hold :data:`MARKER`."""
    body = "".join(element.proto.body for element in at.html)
    cards = re.findall(r"<article class=\"lw-(?:card|hero).*?</article>", body, flags=re.S)
    return [card for card in cards if MARKER in card]


def who(card: str) -> str:
    found = re.search(r'class="lw-who[^"]*">(.*?)</span>', card, flags=re.S)
    assert found is not None
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1)))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_wall_card_of_the_one_without_consent_names_no_team(store, lang):
    one_unnamed(store, 1)
    cards = marked_cards(open_page("pages/wall.py", lang, q=MARKER))
    assert len(cards) == 2
    assert {who(card) for card in cards} == {t("wall.our_team", lang)}
    assert not any(TEAM in card for card in cards)


def test_the_wall_card_names_the_team_when_three_colleagues_do_not_consent(store):
    one_unnamed(store, 3)
    cards = marked_cards(open_page("pages/wall.py", q=MARKER))
    assert len(cards) == 2
    assert {who(card) for card in cards} == {TEAM}


def _shout_outs(lang: str) -> set[str]:
    """Who the shout-outs of this month thank (the tab runs only when open)."""
    at = open_page("pages/recognition.py", lang)
    at.session_state["recognition_view"] = t("recognition.tab_shout_outs", lang)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    lines = " ".join(h.value for h in at.html)
    return {html.unescape(n) for n in re.findall(r"🎉 (?:<bdi>)?([^<]*)<", lines)}


def _teams_tab(lang: str) -> list[str]:
    """The warnings of the People page's teams tab, as the reader sees them."""
    at = open_page("pages/people.py", lang)
    at.session_state["people_tab"] = t("people.tab_teams", lang)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return [re.sub(r"\\(.)", r"\1", w.value).replace("\u2060", "") for w in at.warning]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_shout_outs_thank_the_one_without_consent_without_their_team(store, lang):
    one_unnamed(store, 1)
    lines = _shout_outs(lang)
    assert lines, "someone is thanked this month"
    assert t("recognition.from_team", lang, team=TEAM) not in lines
    assert t("recognition.colleagues", lang) in lines


def test_shout_outs_name_the_team_when_three_colleagues_do_not_consent(store):
    one_unnamed(store, 3)
    assert t("recognition.from_team", "de", team=TEAM) in _shout_outs("de")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_people_page_warns_about_the_team(store, lang):
    warning = t("people.unnamed_alone", lang, name=TEAM)
    one_unnamed(store, 1)
    assert warning in _teams_tab(lang)
    one_unnamed(store, 2, praise=False)
    assert warning in _teams_tab(lang)
    one_unnamed(store, 3, praise=False)
    assert warning not in _teams_tab(lang)


@pytest.mark.parametrize(("unnamed", "shown"), [(1, 0), (2, 0), (3, 2)])
def test_the_wall_filtered_to_the_team_leaves_out_the_one_without_consent(store, unnamed, shown):
    # Filtered to Nord, every card would be "from Nord": the one unnamed among them is them,
    # and of two, each knows which cards are the other's.
    one_unnamed(store, unnamed)
    team = read_directory(store).team_by_name(TEAM)
    assert len(marked_cards(open_page("pages/wall.py", q=MARKER))) == 2  # all teams: shown
    assert len(marked_cards(open_page("pages/wall.py", q=MARKER, team=str(team)))) == shown


def _team_wall(lang: str = "de"):
    at = open_page("pages/recognition.py", lang)
    at.button_group(key="wall_kind").set_value("team").run()
    teams = at.selectbox(key="wall_team")
    at = teams.select_index(list(teams.options).index(TEAM)).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize(("unnamed", "shown"), [(1, False), (2, False), (3, True)])
def test_the_team_wall_leaves_out_the_one_without_consent(store, unnamed, shown):
    one_unnamed(store, unnamed)
    texts = [element.value for element in _team_wall().text]
    assert texts, "the wall shows Nord's newest quotes"
    assert any(MARKER in text for text in texts) is shown


def test_moderation_filtered_to_the_team_still_lists_every_quote_of_it(store):
    # Leads moderate all of their team: the rule is for views others see, not the queue.
    agent = one_unnamed(store, 1)
    team = read_directory(store).team_by_name(TEAM)
    at = open_page("pages/moderation.py", q=MARKER, team=str(team))
    at.session_state["moderation_view"] = "approved"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.data_editor, "the queue is not empty"
    assert len(at.data_editor[0].value) == 2
    assert read_directory(store).agents[agent].team_id == team
