"""The people page through dashboard.py: consent, teams, agents and accounts, all audited."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import streamlit as st
from streamlit.util import calc_hash

from feedback.auth.roles import Actor, Role
from feedback.i18n import t
from feedback.insights.people import agent_table
from feedback.services import people as service
from feedback.store.audit import audit_frame
from feedback.store.directory import read_directory
from feedback.store.users import SignIn, find_user, sign_in
from feedback.ui.people_accounts import ADD_OPEN
from tests.html_tables import read_table
from tests.pages.conftest import open_page, signed_in_app


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    """AppTest looks up ``format_func`` labels in Streamlit's bare-mode session state."""
    st.session_state.clear()


def open_tab(tab: str, lang: str = "de"):
    at = open_page("pages/people.py", lang)
    at.session_state["people_tab"] = t(f"people.tab_{tab}", lang)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def add_account_form(lang: str = "de"):
    """The accounts tab with its add-account expander opened (drawn only while open)."""
    at = open_tab("accounts", lang)
    assert not at.text_input, "closed: none of its fields drawn"
    at.session_state[ADD_OPEN] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def accounts_shown(at, lang: str = "de"):
    """The accounts table as the page draws it (HTML, headers in ``lang``), by column key."""
    markup = "".join(h.value for h in at.html)
    table, _ = read_table(markup, "lw-accounts")
    keys = ("username", "display_name", "email", "role", "teams", "agent", "sign_in", "locked")
    assert table.columns.tolist() == [t(f"people.col_{c}", lang) for c in keys]
    return table.set_axis(list(keys), axis="columns")


def press(at, key: str, lang: str = "de"):
    next(b for b in at.button if b.label == t(key, lang)).click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown(elements) -> list[str]:
    """Message bodies as the reader sees them (the page escapes markdown in them)."""
    return [re.sub(r"\\(.)", r"\1", e.value).replace("\u2060", "") for e in elements]


def of_one(at, store, lang: str) -> list[str]:
    """The warnings but those about one or two people without consent among other colleagues
    (the demo has five such teams; tests/pages/test_unnamed_team_pages.py checks them)."""
    lone = {t("people.unnamed_alone", lang, name=n) for n in read_directory(store).teams.values()}
    return [w for w in shown(at.warning) if w not in lone]


def test_the_tabs_show_accounts_teams_and_agents(store):
    at = open_page("pages/people.py")
    assert [tab.label for tab in at.tabs] == [
        t(f"people.tab_{name}", "de") for name in ("accounts", "teams", "agents")
    ]
    accounts = accounts_shown(at)
    assert "demo.admin" in accounts["username"].tolist()
    assert not at.dataframe, "read only: no grid to load in a new tab"
    assert not [c for c in accounts.columns if "hash" in c or "password" in c]


def test_a_consent_toggle_writes_the_consent_and_an_audit_row(store):
    table = agent_table(read_directory(store))
    row = int(table.index[~table["consent"]][0])
    chosen = table.to_dict("records")[row]
    agent_id, handle = int(chosen["id"]), str(chosen["handle"])
    at = open_tab("agents")
    at.session_state["people_agents_0"] = {
        "edited_rows": {row: {"consent": True}},
        "added_rows": [],
        "deleted_rows": [],
    }
    press(at, "people.save_agents")

    assert read_directory(store).agents[agent_id].consent_named is True
    audit = audit_frame(store, entity="agent", entity_id=agent_id)
    assert audit.iloc[0]["actor"] == "demo.admin"
    assert audit.iloc[0]["changes"] == {"consent_named": [False, True]}
    assert shown(at.success) == [t("people.agents_saved", "de", count=1)]
    fresh = at.data_editor[0].value
    assert fresh.loc[fresh["handle"] == handle, "consent"].tolist() == [True], "a fresh table"


def test_a_new_team_is_added_and_a_duplicate_is_refused(store):
    at = open_tab("teams")
    at.text_input(key="people_team_name").set_value("Nachtschicht")
    press(at, "people.add_team_button")
    assert "Nachtschicht" in read_directory(store).teams.values()
    assert audit_frame(store, entity="team").iloc[0]["actor"] == "demo.admin"
    assert shown(at.success) == [t("people.team_added", "de", name="Nachtschicht")]

    at.text_input(key="people_team_name").set_value("nachtschicht")
    press(at, "people.add_team_button")
    assert shown(at.error) == [t("people.team_exists", "de", name="nachtschicht")]
    assert list(read_directory(store).teams.values()).count("Nachtschicht") == 1


def test_an_agent_is_added_in_english(store):
    at = open_tab("agents", "en")
    at.text_input(key="people_agent_handle").set_value("lena.wolf")
    at.text_input(key="people_agent_first").set_value("Lena")
    press(at, "people.add_agent_button", "en")
    added = read_directory(store).agent_by_handle("lena.wolf")
    assert added is not None
    assert added.consent_named is False
    assert shown(at.success) == [t("people.agent_added", "en", handle="lena.wolf")]


def test_a_reset_password_is_shown_once_and_works(store):
    at = open_tab("accounts")
    at.selectbox(key="people_account_pick").set_value("demo.agent")
    at.run()
    assert at.button(key="people_reset").disabled, "one click does not lock someone out"
    at.checkbox(key="people_reset_sure_demo.agent").check().run()
    at.button(key="people_reset").click().run()
    assert not at.exception, [e.value for e in at.exception]

    (handed,) = at.code
    password = handed.value
    assert shown(at.warning) == [t("people.password_once", "de", username="demo.agent")]
    assert sign_in(store, "demo.agent", password, now=dt.datetime.now(dt.UTC)).outcome is SignIn.OK
    assert audit_frame(store, entity="user").query("action == 'edit'").iloc[0]["changes"] == {
        "password": "reset"
    }
    at.run()
    assert not at.code, "shown only once"


def test_an_account_is_added_for_a_lead_with_a_team(store):
    team = sorted(read_directory(store).teams.values(), key=str.casefold)[0]
    at = add_account_form()
    at.text_input(key="people_new_username").set_value("kim.lead")
    at.selectbox(key="people_new_role").set_value(Role.LEAD)
    at.multiselect(key="people_new_teams").set_value([team])
    press(at, "people.add_account_button")

    account = find_user(store, "kim.lead")
    assert account is not None
    assert account.role is Role.LEAD
    assert account.team_ids == {read_directory(store).team_by_name(team)}
    assert account.has_password
    assert shown(at.warning) == [t("people.password_once", "de", username="kim.lead")]


def test_a_lead_cannot_reach_the_people_page(store_url):
    at = signed_in_app("lead")
    at.query_params["lang"] = "de"
    at.run()
    at._page_hash = calc_hash("people")  # st.Page hashes its URL path
    at.run()
    assert [h.value for h in at.title] == [t("auth.not_allowed_title", "de")]
    assert not at.get("data_editor")
    assert not at.get("arrow_data_frame")


def test_a_team_is_renamed(store):
    teams = read_directory(store).teams
    team_id = min(teams, key=lambda tid: teams[tid].casefold())
    at = open_tab("teams")
    at.selectbox(key="people_rename_pick").set_value(team_id)
    at.text_input(key="people_rename_to").set_value("Team Sonnenschein")
    press(at, "people.rename_button")

    assert read_directory(store).teams[team_id] == "Team Sonnenschein"
    assert audit_frame(store, entity="team", entity_id=team_id).iloc[0]["changes"] == {
        "name": [teams[team_id], "Team Sonnenschein"]
    }


def test_a_lead_without_a_team_is_refused_with_the_reason(store):
    at = add_account_form("en")
    at.text_input(key="people_new_username").set_value("kim.lead")
    at.selectbox(key="people_new_role").set_value(Role.LEAD)
    press(at, "people.add_account_button", "en")

    assert find_user(store, "kim.lead") is None
    assert t("accounts.lead_needs_team", "en") in shown(at.error)
    assert not at.code, "no password is handed out for an account that was not made"


def test_removing_an_account_needs_a_tick_and_not_your_own(store):
    at = open_tab("accounts")
    at.selectbox(key="people_account_pick").set_value("demo.admin").run()
    # Your own account stays: no tick, no button, and a note anyone can read (was a tooltip).
    assert "people_remove_sure_demo.admin" not in [c.key for c in at.checkbox]
    assert "people_remove" not in [b.key for b in at.button]
    assert t("people.remove_self", "de") in [c.value for c in at.caption]

    at.selectbox(key="people_account_pick").set_value("demo.manager").run()
    assert at.button(key="people_remove").disabled
    at.checkbox(key="people_remove_sure_demo.manager").check().run()
    at.button(key="people_remove").click().run()

    assert find_user(store, "demo.manager") is None
    assert shown(at.success) == [t("people.account_removed", "de", username="demo.manager")]
    assert audit_frame(store, entity="user").iloc[0]["action"] == "delete"


def test_a_role_change_is_saved(store):
    at = open_tab("accounts")
    at.selectbox(key="people_account_pick").set_value("demo.manager").run()
    at.selectbox(key="people_role_demo.manager").set_value(Role.AGENT)
    press(at, "people.change_role_button")

    account = find_user(store, "demo.manager")
    assert account is not None
    assert account.role is Role.AGENT


def test_typed_names_are_shown_as_typed_not_as_markdown(store):
    name = "**Nacht** [Link](https://evil.example) :material/bolt: $x$"
    at = open_tab("teams")
    at.text_input(key="people_team_name").set_value(name)
    press(at, "people.add_team_button")

    (message,) = at.success
    assert "\\[Link\\]\\(https\\:" in message.value
    assert "\\*\\*Nacht\\*\\*" in message.value
    assert "\\:material\\/bolt\\:" in message.value
    assert shown(at.success) == [t("people.team_added", "de", name=name)]


def test_the_open_tab_stays_open_when_the_language_changes(store):
    at = open_tab("teams")
    at.session_state["ui_lang"] = "en"  # what the sidebar's language switch sets
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("people.rename_button", "en") in [b.label for b in at.button]  # the teams tab


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_team_pickers_say_team_not_team_name(store, lang):
    # Both select an existing team; "Teamname" / "Team name" read like a box to type a name in.
    # The box that does take a new team's name keeps that label.
    at = open_tab("agents", lang)
    assert at.selectbox(key="people_agent_team").label == t("people.pick_team", lang) == "Team"
    at = open_tab("teams", lang)
    assert at.selectbox(key="people_rename_pick").label == "Team"
    assert at.text_input(key="people_team_name").label == t("people.field_team", lang) != "Team"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_team_of_one_is_warned_about_until_a_second_person_joins(store, lang):
    admin = Actor("demo.admin", Role.ADMIN)
    at = open_tab("teams", lang)
    assert of_one(at, store, lang) == [], "the demo teams have several active agents each"

    solo = service.add_team(store, admin, "Solo *1*")
    service.add_agent(
        store,
        admin,
        handle="sam.solo",
        first_name="Sam",
        last_name="",
        team_id=solo,
        consent_named=False,
    )
    at = open_tab("teams", lang)
    warning = t("people.team_of_one", lang, name="Solo *1*", tab=t("people.tab_agents", lang))
    assert of_one(at, store, lang) == [warning]
    assert r"Solo \*1\*" in at.warning[0].value, "markdown in the team's name is escaped"

    service.add_agent(
        store,
        admin,
        handle="kim.solo",
        first_name="Kim",
        last_name="",
        team_id=solo,
        consent_named=True,
    )
    at = open_tab("teams", lang)
    assert of_one(at, store, lang) == []


def test_a_refused_account_keeps_what_was_typed_and_a_made_one_clears_the_form(store):
    team = sorted(read_directory(store).teams.values(), key=str.casefold)[0]
    at = add_account_form("en")
    at.text_input(key="people_new_username").set_value("Kim Lead")  # a space: refused
    at.text_input(key="people_new_display_name").set_value("Kim Lehmann")
    at.text_input(key="people_new_email").set_value("kim@example.com")
    at.selectbox(key="people_new_role").set_value(Role.LEAD)
    at.multiselect(key="people_new_teams").set_value([team])
    press(at, "people.add_account_button", "en")
    assert at.error, "refused"
    assert find_user(store, "kim lead") is None
    assert at.text_input(key="people_new_username").value == "Kim Lead"
    assert at.text_input(key="people_new_display_name").value == "Kim Lehmann"
    assert at.text_input(key="people_new_email").value == "kim@example.com"
    assert at.multiselect(key="people_new_teams").value == [team]

    at.text_input(key="people_new_username").set_value("kim.lead")
    press(at, "people.add_account_button", "en")
    assert find_user(store, "kim.lead") is not None
    assert at.text_input(key="people_new_username").value == "", "ready for the next account"
    assert at.multiselect(key="people_new_teams").value == []


def test_a_refused_agent_keeps_what_was_typed(store):
    at = open_tab("agents")
    at.text_input(key="people_agent_handle").set_value("Lena Wolf")  # a space: refused
    at.text_input(key="people_agent_first").set_value("Lena")
    at.text_input(key="people_agent_last").set_value("Wolf")
    at.checkbox(key="people_agent_consent").check()
    press(at, "people.add_agent_button")
    assert at.error, "refused"
    assert at.text_input(key="people_agent_handle").value == "Lena Wolf"
    assert at.text_input(key="people_agent_first").value == "Lena"
    assert at.text_input(key="people_agent_last").value == "Wolf"
    assert at.checkbox(key="people_agent_consent").value is True

    at.text_input(key="people_agent_handle").set_value("lena.wolf")
    press(at, "people.add_agent_button")
    added = read_directory(store).agent_by_handle("lena.wolf")
    assert added is not None
    assert added.consent_named is True
    assert at.text_input(key="people_agent_handle").value == ""
    assert at.checkbox(key="people_agent_consent").value is False


def test_english_role_names_are_capitalised_where_they_stand_as_labels(store):
    # "team lead" and "admin" in lower case in the accounts table, the role picker and the
    # sidebar's "Signed in as demo.admin (admin)".
    at = open_tab("accounts", "en")
    accounts = accounts_shown(at, "en")
    roles = dict(zip(accounts["username"], accounts["role"], strict=True))
    assert roles["demo.lead"] == "Team lead"
    assert roles["demo.admin"] == "Admin"
    at.selectbox(key="people_account_pick").set_value("demo.lead").run()
    assert at.selectbox(key="people_role_demo.lead").options == [
        "Agent", "Team lead", "Manager", "Admin"
    ]  # fmt: skip
    # In a sentence the role stays a common noun.
    assert t("auth.demo_sign_in", "en", role=t("auth.role_lead", "en")) == "Sign in as team lead"


def _set_active(at, version: int, row: int, active: bool, lang: str) -> None:
    at.session_state[f"people_agents_{version}"] = {
        "edited_rows": {row: {"active": active}},
        "added_rows": [],
        "deleted_rows": [],
    }
    press(at, "people.save_agents", lang)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_deactivating_an_agent_says_that_their_linked_account_can_still_sign_in(store, lang):
    # The agent "anna.meier" was set inactive and the page said "1 change saved": the account
    # demo.agent, linked to her, went on signing in and handing in quotes.
    table = agent_table(read_directory(store))
    row = int(table.index[table["handle"] == "anna.meier"][0])
    agent_id = next(a.id for a in read_directory(store).agents.values() if a.handle == "anna.meier")
    at = open_tab("agents", lang)
    _set_active(at, 0, row, False, lang)

    assert read_directory(store).agents[agent_id].active is False
    assert shown(at.success) == [t("people.agents_saved", lang, count=1)]
    (warning,) = shown(at.warning)
    assert "demo.agent" in warning
    assert t("people.tab_accounts", lang) in warning

    # Bringing her back warns about nothing.
    _set_active(at, 1, row, True, lang)
    assert read_directory(store).agents[agent_id].active is True
    assert not shown(at.warning)
