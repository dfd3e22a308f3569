"""Works-council mode and the minimum group size on the pages: a team with one active agent is
that one person, so no page shows or offers it on its own; its quotes still count company-wide,
without a team name. With the mode off, the team is there as before."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import streamlit as st
from sqlalchemy import Engine

from feedback.auth.roles import Actor, Role
from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Status
from feedback.i18n import t
from feedback.services import people
from feedback.store.settings import AppSettings, load_settings, save_settings
from feedback.ui.registry import PAGES
from tests.conftest import TODAY
from tests.pages.conftest import open_page
from tests.pages.test_privacy_pages import everything_shown
from tests.pages.test_wall_page import quote_ids, wall_markup
from tests.pages.test_works_council_pages import shown_with_every_tab, works_council_mode

SOLO = "Nachtschicht"
PRAISE = "Mitten in der Nacht geholfen, herzlichen Dank"
ADMIN = Actor("test.admin", Role.ADMIN)
# The pages that show or offer teams to everyone who may see them (people, audit and
# moderation are for the people who manage teams; the import maps a file's teams).
VIEWS = ("wall", "wordclouds", "presentation", "trends", "recognition", "submit")
FILTERED = ("wall", "wordclouds", "presentation", "trends")


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()


def team_of_one(store: Engine) -> int:
    """A new team with one agent (who consented to be named) and three approved quotes."""
    team = people.add_team(store, ADMIN, SOLO)
    agent = people.add_agent(
        store, ADMIN, handle="nora.nacht", first_name="Nora", last_name="Nacht",
        team_id=team, consent_named=True,
    )  # fmt: skip
    drafts = [
        QuoteDraft(
            text=f"{PRAISE}! #{n}",
            channel="phone",
            said_on=TODAY - dt.timedelta(days=n),
            submitted_by="test",
            agent_id=agent.id,
            team_id=team,
            status=Status.APPROVED,
        )
        for n in range(3)
    ]
    assert all(r.quote_id for r in submit_many(store, drafts))
    return team


def _page(key: str) -> str:
    return next(p.path for p in PAGES if p.key == key)


def _breakdowns(at: Any, key: str) -> str:
    """What the page shows per team: trends by team, the cloud of one team."""
    if key == "trends":
        at.button_group(key="trend_by").set_value("team").run()
    if key == "wordclouds":
        at.selectbox(key="cloud_scope").set_value("team").run()
    assert not at.exception, [e.value for e in at.exception]
    return everything_shown(at)


@pytest.mark.parametrize("key", VIEWS)
def test_in_the_mode_no_page_shows_or_offers_a_team_of_one(store, key):
    team_of_one(store)
    works_council_mode(store, on=True)
    at = open_page(_page(key))

    assert not at.exception, [e.value for e in at.exception]
    spec = next(p for p in PAGES if p.key == key)
    shown, _controls = shown_with_every_tab(at, spec)
    shown += _breakdowns(at, key)
    assert SOLO not in shown
    if key == "wall":
        assert PRAISE in wall_markup(at), "its quotes stay on the company-wide wall"
    if key == "trends":
        assert t("works_council.other_teams", "de") in shown, "one group of the small teams"
        other = t("works_council.other_teams", "de")
        note = t("works_council.merged", "de", minimum=3, other=other)
        assert note in [c.value for c in at.caption]


@pytest.mark.parametrize("key", FILTERED)
def test_without_the_mode_the_team_of_one_is_offered(store, key):
    team_of_one(store)
    works_council_mode(store, on=False)
    at = open_page(_page(key))

    assert not at.exception, [e.value for e in at.exception]
    team_filter = next(m for m in at.multiselect if m.label == t("ui.team", "de"))
    assert SOLO in team_filter.options
    assert SOLO in _breakdowns(at, key)


@pytest.mark.parametrize(("mode", "shown"), [(True, False), (False, True)])
def test_a_link_to_a_team_of_one_says_why_instead_of_its_quotes_in_the_mode(store, mode, shown):
    team = team_of_one(store)
    works_council_mode(store, on=mode)

    at = open_page("pages/wall.py", team=str(team))

    assert not at.exception, [e.value for e in at.exception]
    cards = wall_markup(at)
    assert (PRAISE in cards) is shown
    why = t("works_council.small_team", "de", minimum=3)
    assert (why in [w.value for w in at.warning]) is (not shown)
    if not shown:
        assert not quote_ids(cards), "nor the quotes of every other team instead"


def test_the_minimum_is_a_setting_and_a_larger_team_can_fall_below_it(store):
    works_council_mode(store, on=True)
    at = open_page("pages/settings.py")
    field = at.text_input(key="settings_works_council_min_team")
    assert field.value == "3"
    assert field.label == t("settings.works_council_min_team", "de")
    field.set_value("50")
    next(b for b in at.button if b.label == t("settings.save", "de")).click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert load_settings(store).works_council_min_team == 50
    assert t("settings.field_works_council_min_team", "de") in at.success[0].value

    # Every demo team is smaller than 50: no team wall to pick, and the page says why.
    at = open_page("pages/recognition.py")
    assert not at.exception, [e.value for e in at.exception]
    assert not at.selectbox
    assert t("works_council.no_team", "de", minimum=50) in [i.value for i in at.info]


def test_a_minimum_below_two_is_refused(store):
    with pytest.raises(ValueError, match="works_council_min_team"):
        AppSettings.model_validate({"works_council_min_team": 1})
    current = load_settings(store)
    assert current.works_council_min_team == 3
    save_settings(store, current, actor="test")  # nothing stored that could not be read


def test_the_team_of_one_is_not_alone_in_other_teams(store):
    # Company total minus every team on its own would be the one person: the next smallest
    # team joins them in figures, but may still be praised on the submit form.
    from feedback.insights import works_council
    from feedback.store.directory import read_directory

    team_of_one(store)
    works_council_mode(store, on=True)
    directory = read_directory(store)
    joined = works_council.small_teams(directory, True) - works_council.below_minimum(
        directory, True
    )
    assert len(joined) == 1
    name = directory.teams[next(iter(joined))]
    at = open_page("pages/wall.py")
    assert not at.exception, [e.value for e in at.exception]
    team_filter = next(m for m in at.multiselect if m.label == t("ui.team", "de"))
    assert name not in team_filter.options
    assert team_filter.options, "the larger teams are offered"
    at = open_page("pages/submit.py")
    assert not at.exception, [e.value for e in at.exception]
    assert name in at.selectbox(key="submit_one_team").options
    assert SOLO not in at.selectbox(key="submit_one_team").options
