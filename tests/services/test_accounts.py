"""Accounts as an admin manages them, on every backend: validation, last admin, role checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.services.accounts import (
    AccountError,
    add_account,
    list_accounts,
    remove_account,
    reset_password,
    set_role,
)
from feedback.store.audit import audit_frame
from feedback.store.users import SignIn, find_user, list_users, sign_in

ADMIN = Actor.system("test.admin")
NORTH = "Privatkunden Nord"


@pytest.fixture
def root(engine: Engine, people: dict[str, int]) -> str:
    """One admin account (no password: hashing costs a quarter second each)."""
    return add_account(engine, ADMIN, "root", Role.ADMIN).username


@pytest.mark.parametrize(
    ("username", "role", "options", "expected"),
    [
        ("Bad Name", Role.AGENT, {}, "accounts.bad_username"),
        ("x", Role.AGENT, {}, "accounts.bad_username"),
        ("a" * 81, Role.AGENT, {}, "accounts.bad_username"),
        ("anna<script>", Role.AGENT, {}, "accounts.bad_username"),
        ("jürgen", Role.AGENT, {}, "accounts.bad_username"),
        ("root", Role.AGENT, {}, "accounts.username_taken"),
        ("  ROOT ", Role.AGENT, {}, "accounts.username_taken"),
        ("new.lead", Role.LEAD, {}, "accounts.lead_needs_team"),
        ("new.lead", Role.LEAD, {"teams": ["Nowhere"]}, "validation.unknown_team"),
        ("new.agent", Role.AGENT, {"teams": [NORTH]}, "accounts.teams_only_for_leads"),
        ("new.agent", Role.AGENT, {"agent": "nobody"}, "validation.unknown_agent"),
        ("new.agent", Role.AGENT, {"password": "short"}, "auth.password_too_short"),
        ("new.agent", Role.AGENT, {"password": "ü" * 40}, "auth.password_too_long"),
        ("new.agent", Role.AGENT, {"email": "not an address"}, "accounts.bad_email"),
        # A bidi override reversed what followed the name in the account table and the log.
        (
            "new.agent",
            Role.AGENT,
            {"display_name": "Bob \u202eevil"},
            "accounts.display_name_control",
        ),
        ("new.agent", Role.AGENT, {"display_name": "Bo\u200bb"}, "accounts.display_name_control"),
        ("new.agent", Role.AGENT, {"display_name": "x" * 121}, "accounts.display_name_too_long"),
    ],
)
def test_add_account_refuses_with_a_clear_bilingual_reason(
    engine: Engine, root: str, username: str, role: Role, options: dict[str, Any], expected: str
):
    with pytest.raises(AccountError) as refused:
        add_account(engine, ADMIN, username, role, **options)
    assert [r.key for r in refused.value.refusals] == [expected]
    german, english = refused.value.messages("de"), refused.value.messages("en")
    assert german != english
    assert all(message.strip() for message in german + english)
    assert [a.username for a in list_users(engine)] == ["root"]


def test_every_problem_is_reported_at_once(engine: Engine, root: str):
    with pytest.raises(AccountError) as refused:
        add_account(engine, ADMIN, "Bad Name", Role.LEAD, agent="nobody", password="short")
    assert {r.key for r in refused.value.refusals} == {
        "accounts.bad_username",
        "auth.password_too_short",
        "accounts.lead_needs_team",
        "validation.unknown_agent",
    }


def test_a_taken_email_is_refused_whatever_its_case(engine: Engine, root: str):
    add_account(engine, ADMIN, "anna", Role.AGENT, email="Anna.Meier@example.com")
    with pytest.raises(AccountError) as refused:
        add_account(engine, ADMIN, "anna2", Role.AGENT, email=" anna.meier@EXAMPLE.com ")
    assert [r.key for r in refused.value.refusals] == ["accounts.email_taken"]


@pytest.mark.parametrize(
    ("username", "email", "key"),
    [
        ("anna", "a\x00@example.com", "accounts.bad_email"),  # PostgreSQL: DataError
        ("anna", "a\udcff@example.com", "accounts.bad_email"),  # "--email a\xff@…"
        ("an\x00na", None, "accounts.bad_username"),
    ],
)
def test_control_characters_and_surrogates_are_refused_before_any_lookup(
    engine: Engine, root: str, username: str, email: str | None, key: str
):
    with pytest.raises(AccountError) as refused:
        add_account(engine, ADMIN, username, Role.AGENT, email=email)
    assert [r.key for r in refused.value.refusals] == [key]


def test_add_normalises_and_links_teams_and_agent(
    engine: Engine, root: str, people: dict[str, int]
):
    lead = add_account(
        engine, ADMIN, "  Lead.North@Example.com ", Role.LEAD, teams=[NORTH, "technik-hotline"]
    )
    assert lead.username == "lead.north@example.com"
    assert lead.team_ids == {people["team_north"], people["team_tech"]}
    agent = add_account(engine, ADMIN, "anna.meier", Role.AGENT, agent="ANNA.MEIER")
    assert agent.agent_id == people["anna"]
    created = audit_frame(engine, entity="user")
    assert set(created["action"]) == {"create"}
    assert set(created["actor"]) == {ADMIN.name}


def test_set_role_replaces_teams_and_clears_them_for_other_roles(
    engine: Engine, root: str, people: dict[str, int]
):
    add_account(engine, ADMIN, "kim", Role.AGENT)
    lead = set_role(
        engine, ADMIN, "kim", Role.LEAD, teams=["Technik-Hotline"], agent="jonas.becker"
    )
    assert (lead.role, lead.team_ids, lead.agent_id) == (
        Role.LEAD,
        frozenset({people["team_tech"]}),
        people["jonas"],
    )
    manager = set_role(engine, ADMIN, "KIM", Role.MANAGER)
    assert (manager.role, manager.team_ids, manager.agent_id) == (
        Role.MANAGER,
        frozenset(),
        people["jonas"],
    )
    with pytest.raises(AccountError) as refused:
        set_role(engine, ADMIN, "kim", Role.LEAD)
    assert [r.key for r in refused.value.refusals] == ["accounts.lead_needs_team"]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda engine, name: remove_account(engine, ADMIN, name), id="remove"),
        pytest.param(lambda engine, name: set_role(engine, ADMIN, name, Role.AGENT), id="demote"),
    ],
)
def test_the_last_admin_can_be_neither_removed_nor_demoted(engine: Engine, root: str, change):
    with pytest.raises(AccountError) as refused:
        change(engine, root)
    assert [r.key for r in refused.value.refusals] == ["accounts.last_admin"]
    assert "root" in refused.value.messages("de")[0]
    assert find_user(engine, root).role is Role.ADMIN  # type: ignore[union-attr]

    add_account(engine, ADMIN, "second", Role.ADMIN)
    change(engine, root)
    with pytest.raises(AccountError):
        change(engine, "second")
    assert [a.username for a in list_users(engine) if a.role is Role.ADMIN] == ["second"]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda engine: remove_account(engine, ADMIN, "ghost"), id="remove"),
        pytest.param(lambda engine: set_role(engine, ADMIN, "ghost", Role.AGENT), id="set_role"),
        pytest.param(
            lambda engine: reset_password(engine, ADMIN, "ghost", "long enough 123"), id="reset"
        ),
    ],
)
def test_an_unknown_account_is_a_clear_error(engine: Engine, root: str, change):
    with pytest.raises(AccountError) as refused:
        change(engine)
    assert [r.key for r in refused.value.refusals] == ["accounts.unknown_user"]


def test_reset_password_lets_them_in_and_is_audited_without_the_password(engine: Engine, root: str):
    now = dt.datetime.now(dt.UTC)
    with pytest.raises(AccountError):
        reset_password(engine, ADMIN, "root", "short")
    reset_password(engine, ADMIN, "root", "a new long password")
    assert sign_in(engine, "root", "a new long password", now=now).outcome is SignIn.OK
    edits = audit_frame(engine, entity="user")
    assert "a new long password" not in str(edits["changes"].tolist())
    assert "$2b$" not in str(edits["changes"].tolist())  # nor its bcrypt hash


def test_list_accounts_has_no_hashes(engine: Engine, root: str):
    (account,) = list_accounts(engine, ADMIN)
    assert account.username == "root"
    assert not hasattr(account, "password_hash")


CALLS: dict[str, Callable[[Engine, Actor], object]] = {
    "add_account": lambda engine, actor: add_account(engine, actor, "someone", Role.AGENT),
    "set_role": lambda engine, actor: set_role(engine, actor, "root", Role.AGENT),
    "reset_password": lambda engine, actor: reset_password(
        engine, actor, "root", "long enough 123"
    ),
    "remove_account": lambda engine, actor: remove_account(engine, actor, "root"),
    "list_accounts": lambda engine, actor: list_accounts(engine, actor),
}


@pytest.mark.parametrize("role", [Role.AGENT, Role.LEAD, Role.MANAGER])
@pytest.mark.parametrize("call", sorted(CALLS))
def test_only_admins_manage_accounts(engine: Engine, root: str, role: Role, call: str):
    actor = Actor("someone", role, team_ids=frozenset({1}))
    with pytest.raises(NotAllowed):
        CALLS[call](engine, actor)
    assert [(a.username, a.role) for a in list_users(engine)] == [("root", Role.ADMIN)]
