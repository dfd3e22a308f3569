"""Signing in: the form, demo accounts, wrong passwords, the lockout and the idle timeout."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from sqlalchemy import update
from streamlit.testing.v1 import AppTest

from feedback.auth.roles import Role
from feedback.demo.seed import DEMO_PASSWORD
from feedback.i18n import t
from feedback.render.plain import markdown_literal
from feedback.store.db import transaction
from feedback.store.directory import read_directory
from feedback.store.models import Quote, User
from feedback.store.users import MAX_FAILED_LOGINS, NewUser, add_user
from feedback.ui.auth import IDLE_TIMEOUT
from feedback.ui.registry import PAGES
from tests.pages.conftest import signed_in_app


def _anonymous(lang: str = "de") -> AppTest:
    at = signed_in_app(None)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _sign_in(at: AppTest, username: str, password: str, lang: str = "de") -> AppTest:
    at.text_input[0].input(username)
    at.text_input[1].input(password)
    next(b for b in at.button if b.label == t("auth.sign_in", lang)).click()
    return at.run()


def _nav_titles(at: AppTest) -> set[str]:
    """Titles of the pages the sidebar navigation offers (hidden pages are left out)."""
    return {p.page_name for p in at._tree.children.values() if hasattr(p, "page_name")} | {
        str(getattr(node, "label", "")) for node in at.get("page_link")
    }


def test_nobody_signed_in_sees_only_the_sign_in_form(store):
    at = _anonymous()
    assert t("auth.sign_in_title", "de") in [h.value for h in at.title]
    assert [w.label for w in at.text_input] == [t("auth.username", "de"), t("auth.password", "de")]
    assert not at.data_editor
    assert not at.main.get("iframe")  # the address component sits in the sidebar and draws nothing


def test_demo_accounts_are_offered_one_per_role_while_demo_data_is_there(store):
    at = _anonymous()
    labels = {b.label for b in at.button}
    for role in Role:
        assert t("auth.demo_sign_in", "de", role=t(f"auth.role_{role.value}", "de")) in labels
    at.button(key="demo_lead").click().run()
    assert not at.exception, [e.value for e in at.exception]
    signed = t(
        "auth.signed_in_as",
        "de",
        name=markdown_literal("demo.lead"),
        role=t("auth.label_lead", "de"),
    )
    assert signed in [c.value for c in at.sidebar.caption]


def test_without_demo_data_no_demo_account_is_offered(store):
    with transaction(store) as session:
        session.execute(update(Quote).values(status="approved"))
        session.query(Quote).delete()
    at = _anonymous()
    assert not [b for b in at.button if (b.key or "").startswith("demo_")]


def test_the_right_password_signs_in_and_the_wrong_one_says_so(store):
    at = _sign_in(_anonymous(), "demo.manager", "wrong password")
    assert t("auth.wrong", "de") in [e.value for e in at.error]
    at = _sign_in(at, "DEMO.Manager ", DEMO_PASSWORD)
    assert not at.error
    caption = t(
        "auth.signed_in_as",
        "de",
        name=markdown_literal("demo.manager"),
        role=t("auth.label_manager", "de"),
    )
    assert caption in [c.value for c in at.sidebar.caption]


def test_an_unknown_user_gets_the_same_answer_as_a_wrong_password(store):
    at = _sign_in(_anonymous(), "nobody.here", "whatever it is")
    assert [e.value for e in at.error] == [t("auth.wrong", "de")]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_blank_field_is_named_and_counts_as_no_failed_attempt(store, lang):
    at = _anonymous(lang)
    for _ in range(MAX_FAILED_LOGINS):
        at = _sign_in(at, "demo.agent", "", lang)
    assert [e.value for e in at.error] == [t("auth.password_missing", lang)]
    at = _sign_in(at, "  ", "some password", lang)
    assert [e.value for e in at.error] == [t("auth.username_missing", lang)]
    at = _sign_in(at, "demo.agent", DEMO_PASSWORD, lang)  # blanks did not lock the account
    assert not at.error
    assert at.sidebar.caption


def test_five_failures_lock_the_account_even_for_the_right_password(store):
    at = _anonymous()
    for _ in range(MAX_FAILED_LOGINS):
        at = _sign_in(at, "demo.agent", "not the password")
    assert any(t("auth.locked", "de", until="")[:30] in e.value for e in at.error)
    at = _sign_in(at, "demo.agent", DEMO_PASSWORD)
    assert any(t("auth.locked", "de", until="")[:30] in e.value for e in at.error)
    assert not at.sidebar.caption


def test_after_thirty_idle_minutes_the_session_ends(store):
    at = signed_in_app("lead")
    at.query_params["lang"] = "de"
    at.run()
    assert at.sidebar.caption
    with time_machine.travel(dt.datetime.now(dt.UTC) + IDLE_TIMEOUT + dt.timedelta(minutes=1)):
        at.run()
    minutes = int(IDLE_TIMEOUT.total_seconds() // 60)
    assert t("auth.timed_out", "de", minutes=minutes) in [i.value for i in at.info]
    assert t("auth.sign_in_title", "de") in [h.value for h in at.title]


def test_a_removed_account_is_signed_out_at_the_next_click(store):
    with transaction(store) as session:
        add_user(session, NewUser("temp.lead", Role.LEAD), actor="test")
    at = signed_in_app(None)
    at.session_state["auth_user"] = "temp.lead"
    at.run()
    assert at.sidebar.caption
    with transaction(store) as session:
        session.query(User).filter(User.username == "temp.lead").delete()
    at.run()
    assert t("auth.sign_in_title", "de") in [h.value for h in at.title]


def test_every_page_is_registered_with_an_action():
    assert all(spec.action for spec in PAGES)


def test_an_agent_who_signs_in_lands_on_the_submit_form_a_lead_on_the_wall(store):
    # An agent's job here is handing in praise; on a phone the wall put the form three taps
    # away (menu, section, page).
    at = _anonymous()
    at.button(key="demo_agent").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [h.value for h in at.title] == [t("nav.submit", "de")]
    # Only the first page after signing in: the wall is one click away and stays there.
    at.switch_page("pages/wall.py").run()
    assert [h.value for h in at.title] == [t("nav.wall", "de")]

    lead = _anonymous()
    lead.button(key="demo_lead").click().run()
    assert [h.value for h in lead.title] == [t("nav.wall", "de")]


def _company_sign_in(store, role: Role, issued: dt.datetime) -> AppTest:
    """A visit with a company identity (as Streamlit's identity cookie gives it after the
    provider sent the person back to the home address) whose ID token was issued at ``issued``;
    the account with that e-mail gives the role."""
    email = f"{role.value}@example.com"
    agent = next(a.id for a in read_directory(store).agents.values() if a.consent_named)
    with transaction(store) as session:
        linked = agent if role is Role.AGENT else None
        new = NewUser(f"company.{role.value}", role, email=email, agent_id=linked)
        add_user(session, new, actor="test")
    at = signed_in_app(None)
    at.user = {"is_logged_in": True, "email": email, "iat": int(issued.timestamp())}
    at.query_params["lang"] = "de"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_an_agent_who_signs_in_with_the_company_account_lands_on_the_submit_form(store):
    now = dt.datetime.now(dt.UTC)
    at = _company_sign_in(store, Role.AGENT, now - dt.timedelta(seconds=20))
    assert [h.value for h in at.title] == [t("nav.submit", "de")]
    # Once: the next page stays where it is, and so does the home address.
    at.switch_page("pages/wall.py").run()
    assert [h.value for h in at.title] == [t("nav.wall", "de")]


def test_a_company_sign_in_from_days_ago_is_no_sign_in_now(store):
    # Streamlit's identity cookie signs a person in for 30 days: a visit to the home address
    # is then no sign-in, and shows the wall as for everyone.
    at = _company_sign_in(store, Role.AGENT, dt.datetime.now(dt.UTC) - dt.timedelta(days=3))
    assert [h.value for h in at.title] == [t("nav.wall", "de")]


def test_a_lead_who_signs_in_with_the_company_account_lands_on_the_wall(store):
    at = _company_sign_in(store, Role.LEAD, dt.datetime.now(dt.UTC))
    assert [h.value for h in at.title] == [t("nav.wall", "de")]
