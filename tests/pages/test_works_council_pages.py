"""Works-council mode on every page: team figures only. No agent is named (consent or not),
none can be filtered by or picked; with the mode off the agent filter and pickers are back.

Parametrised over the registry dashboard.py uses, so a new page is checked too.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

import pytest
import streamlit as st
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from feedback.auth.roles import PERMISSIONS, Role
from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Status
from feedback.i18n import t
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from feedback.store.settings import AppSettings, load_settings, save_settings
from feedback.store.users import find_user
from feedback.ui.moderation import EDIT_OPEN
from feedback.ui.registry import PAGES, PageSpec
from tests.conftest import TODAY
from tests.pages.conftest import open_page
from tests.pages.test_privacy_pages import TABS_THAT_RUN_WHEN_OPEN, everything_shown

# Pages that keep the people themselves (accounts, consent, the audit log of who changed what):
# only admins open them (checked below). The People page names agents by its nature; the audit
# log shows people by role in the mode (tests/pages/test_audit_page.py).
ABOUT_PEOPLE = frozenset({"people", "audit"})
# Pages with the sidebar filters, and pages with an agent picker of their own.
FILTERED = frozenset({"wall", "wordclouds", "presentation", "trends", "moderation"})
PICKERS = frozenset({"submit", "recognition"})
CHECKED = [spec for spec in PAGES if spec.key not in ABOUT_PEOPLE]


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()


def praise_everyone(store: Engine) -> re.Pattern[str]:
    """Approved and pending quotes that name every agent in full (consent or not); returns a
    pattern for those full names."""
    agents = list(read_directory(store).agents.values())
    drafts = [
        QuoteDraft(
            text=f"Ein großes Lob an {a.full_name}! Danke, {a.first_name}. #{n}",
            channel="chat",
            said_on=TODAY - dt.timedelta(days=1 + n),
            submitted_by="test",
            agent_id=a.id,
            team_id=a.team_id,
            status=status,
        )
        for a in agents
        for n, status in enumerate((Status.APPROVED, Status.APPROVED, Status.PENDING))
    ]
    assert all(r.quote_id for r in submit_many(store, drafts))
    names = "|".join(re.escape(a.full_name) for a in agents)
    return re.compile(rf"(?i)(?<!\w)(?:{names})(?!\w)")


def works_council_mode(store: Engine, on: bool) -> None:
    current = load_settings(store)
    # Rankings allowed: the mode must hide them anyway.
    new = current.model_copy(update={"works_council_mode": on, "rankings_enabled": True})
    save_settings(store, AppSettings.model_validate(new.model_dump()), actor="test")


def agent_controls(at: Any, lang: str = "de") -> list[str]:
    """Labels of every widget that filters by or picks one agent."""
    labels = {t("ui.agent", lang), t("submit.agent", lang)}
    options = {t("recognition.kind_agent", lang), t("wordclouds.scope_agent", lang)}
    found = [w.label for w in [*at.multiselect, *at.selectbox] if w.label in labels]
    found += [w.label for w in [*at.selectbox, *at.button_group] if options & set(w.options or [])]
    return found


def shown_with_every_tab(at: Any, spec: PageSpec) -> tuple[str, list[str]]:
    """Everything the page shows and its agent controls, with each tab that runs when open."""
    shown, controls = everything_shown(at), agent_controls(at)
    for key, tab in TABS_THAT_RUN_WHEN_OPEN.get(spec.path, ()):
        at.session_state[key] = t(tab, "de")
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        shown += everything_shown(at)
        controls += agent_controls(at)
    return shown, controls


@pytest.mark.parametrize("spec", CHECKED, ids=[p.key for p in CHECKED])
def test_in_works_council_mode_no_page_names_or_offers_an_agent(store, spec):
    full_names = praise_everyone(store)
    works_council_mode(store, on=True)

    at = open_page(spec.path)

    assert not at.exception, [e.value for e in at.exception]
    shown, controls = shown_with_every_tab(at, spec)
    assert t(f"nav.{spec.key}", "de") in shown
    found = [shown[max(0, m.start() - 60) : m.end() + 20] for m in full_names.finditer(shown)]
    assert not found
    assert not controls
    if spec.key == "wall":
        assert "Ein großes Lob an" in shown, "the new quotes must be on the wall"


@pytest.mark.parametrize("spec", CHECKED, ids=[p.key for p in CHECKED])
def test_without_the_mode_agents_can_be_filtered_and_picked(store, spec):
    works_council_mode(store, on=False)

    at = open_page(spec.path)

    assert not at.exception, [e.value for e in at.exception]
    _shown, controls = shown_with_every_tab(at, spec)
    if spec.key in FILTERED:
        assert t("ui.agent", "de") in controls, "the sidebar offers the agent filter"
    if spec.key in PICKERS:
        assert controls, f"{spec.path} offers an agent to pick"


@pytest.mark.parametrize("key", sorted(ABOUT_PEOPLE & {p.key for p in PAGES}))
def test_the_pages_about_people_are_for_admins_only(key):
    spec = next(p for p in PAGES if p.key == key)
    assert not any(spec.action in PERMISSIONS[role] for role in Role if role is not Role.ADMIN)


def test_the_recognition_page_thanks_teams_and_ranks_nobody(store):
    praise_everyone(store)
    works_council_mode(store, on=True)
    at = open_page("pages/recognition.py")
    teams = set(read_directory(store).teams.values())

    assert [s.label for s in at.selectbox] == [t("recognition.kind_team", "de")]
    assert at.selectbox[0].value in set(read_directory(store).teams)
    # The team picker fills the row's first column: no empty half where the switch was.
    first = at.tabs[0].columns[0]
    assert [s.key for s in first.selectbox] == ["wall_team"]
    at.session_state["recognition_view"] = t("recognition.tab_shout_outs", "de")
    at.run()
    # Last month, a whole one: on the 1st the current month holds no praise yet.
    at.selectbox(key="shout_month").select_index(1).run()
    assert not at.exception, [e.value for e in at.exception]
    headers = [
        html.unescape(h)
        for h in re.findall(r"🎉 (?:<bdi>)?([^<]*)(?:</bdi>)?</div>", everything_shown(at))
    ]
    assert headers, "the month has praise"
    assert set(headers) <= teams, "one shout-out per team, named by the team"
    caption = t("recognition.shout_outs_caption_teams", "de", count=len(headers))
    assert caption in [c.value for c in at.caption]
    at.session_state["recognition_view"] = t("recognition.tab_rankings", "de")
    at.run()
    assert [i.value for i in at.info] == [t("recognition.rankings_works_council", "de")]
    assert not at.dataframe


def test_the_settings_page_switches_the_mode_on(store):
    at = open_page("pages/settings.py")
    toggle = at.toggle(key="settings_works_council_mode")
    assert toggle.value is False
    assert toggle.label == t("settings.works_council_mode", "de")
    toggle.set_value(True)
    next(b for b in at.button if b.label == t("settings.save", "de")).click()
    at.run()

    assert not at.exception, [e.value for e in at.exception]
    assert load_settings(store).works_council_mode is True
    assert t("settings.field_works_council_mode", "de") in at.success[0].value


def test_a_moderator_edits_the_masked_text_and_the_names_stay_stored(store):
    praise_everyone(store)
    works_council_mode(store, on=True)
    agent = next(a for a in read_directory(store).agents.values() if a.consent_named)
    with Session(store) as session:
        quote = session.scalars(
            select(Quote).where(
                Quote.agent_id == agent.id,
                Quote.status == "pending",
                Quote.text.startswith("Ein großes Lob an"),
            )
        ).first()
        assert quote is not None
        quote_id, stored = quote.id, quote.text
    at = open_page("pages/moderation.py")
    at.session_state[EDIT_OPEN] = True  # the edit expander, drawn only while open
    at.selectbox(key="moderation_pick").set_value(quote_id).run()

    editor = at.text_area[0]
    shown = str(editor.value)
    assert agent.full_name in stored
    assert agent.first_name not in shown
    assert t("common.hidden_name", "de") in everything_shown(at), "the highlighted text masks too"
    editor.set_value(shown.replace("großes Lob", "riesiges Lob"))
    at.button[[b.label for b in at.button].index(t("moderation.edit_save", "de"))].click().run()

    assert not at.exception, [e.value for e in at.exception]
    with Session(store) as session:
        saved = session.get_one(Quote, quote_id).text
    assert saved == stored.replace("großes Lob", "riesiges Lob")
    assert agent.full_name not in everything_shown(at), "nor does the audit show the name"


def test_in_the_mode_a_quote_handed_in_praises_my_team(store):
    works_council_mode(store, on=True)
    at = open_page("pages/submit.py", role="agent")
    me = find_user(store, "demo.agent")
    assert me is not None
    assert me.agent_id is not None
    my_team = read_directory(store).agents[me.agent_id].team_id

    assert at.selectbox(key="submit_one_team").value == my_team
    at.text_area(key="submit_one_text").input("Das Team hat mir super schnell geholfen, danke!")
    next(b for b in at.button if b.label == t("submit.save", "de")).click()
    at.run()

    assert not at.exception, [e.value for e in at.exception]
    with Session(store) as session:
        quote = session.scalars(select(Quote).order_by(Quote.id.desc())).first()
    assert quote is not None
    assert (quote.text, quote.agent_id, quote.team_id) == (
        "Das Team hat mir super schnell geholfen, danke!",
        None,
        my_team,
    )


def test_in_the_mode_the_team_takes_the_agents_place_in_the_form(store):
    """No agent to pick: the team opens the row instead of leaving a gap at its start."""
    works_council_mode(store, on=True)
    at = open_page("pages/submit.py", role="agent")
    tab = at.tabs[0]  # one quote
    second_row_start = tab.columns[3]  # the row after channel, date and tags
    assert [s.key for s in second_row_start.selectbox] == ["submit_one_team"]
