"""Accounts in the store: sign-in, the lockout and its end, audited, on SQLite and PostgreSQL;
signed tokens and their lifetime."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from feedback.auth import tokens
from feedback.auth.roles import Role
from feedback.store.audit import audit_frame
from feedback.store.db import transaction
from feedback.store.secret import session_secret
from feedback.store.users import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    NewUser,
    SignIn,
    add_user,
    find_user,
    sign_in,
)

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
PASSWORD = "richtig-langes-passwort"


@pytest.fixture
def lea(engine: Engine) -> str:
    with transaction(engine) as session:
        add_user(session, NewUser("Lea.Lead", Role.LEAD, password=PASSWORD), actor="test")
    return "lea.lead"


def _actions(engine: Engine) -> list[str]:
    return list(audit_frame(engine, entity="user")["action"])[::-1]


def test_the_right_password_signs_in_any_case_of_the_name(engine, lea):
    result = sign_in(engine, " LEA.lead ", PASSWORD, now=NOW)
    assert result.outcome is SignIn.OK
    assert result.account is not None
    assert result.account.actor().role is Role.LEAD
    assert _actions(engine) == ["create", "login"]


@pytest.mark.parametrize("username", ["lea.lead", "nobody"])
def test_a_wrong_password_and_an_unknown_name_get_the_same_answer(engine, lea, username):
    assert sign_in(engine, username, "falsch", now=NOW).outcome is SignIn.WRONG


def test_five_failures_lock_for_fifteen_minutes_then_the_lock_lifts(engine, lea):
    outcomes = [sign_in(engine, lea, "falsch", now=NOW).outcome for _ in range(MAX_FAILED_LOGINS)]
    assert outcomes == [SignIn.WRONG] * (MAX_FAILED_LOGINS - 1) + [SignIn.LOCKED]
    locked = sign_in(engine, lea, PASSWORD, now=NOW + LOCKOUT - dt.timedelta(seconds=1))
    assert locked.outcome is SignIn.LOCKED
    assert locked.locked_until == NOW + LOCKOUT
    assert sign_in(engine, lea, PASSWORD, now=NOW + LOCKOUT).outcome is SignIn.OK
    assert _actions(engine) == ["create"] + ["login_failed"] * 4 + ["locked", "login"]


def test_a_success_resets_the_failure_count(engine, lea):
    for _ in range(MAX_FAILED_LOGINS - 1):
        sign_in(engine, lea, "falsch", now=NOW)
    assert sign_in(engine, lea, PASSWORD, now=NOW).outcome is SignIn.OK
    assert sign_in(engine, lea, "falsch", now=NOW).outcome is SignIn.WRONG
    assert find_user(engine, lea) is not None


def test_no_password_or_hash_reaches_the_audit_log(engine, lea):
    sign_in(engine, lea, "falsch-aber-geheim", now=NOW)
    text = audit_frame(engine).to_json(date_format="iso")
    assert PASSWORD not in text
    assert "falsch-aber-geheim" not in text
    assert "$2b$" not in text


def test_an_account_without_password_cannot_sign_in_with_one(engine):
    with transaction(engine) as session:
        add_user(session, NewUser("sso.only", Role.MANAGER, email="m@example.com"), actor="test")
    assert sign_in(engine, "sso.only", "", now=NOW).outcome is SignIn.WRONG


def test_the_secret_is_made_once_and_shared(engine):
    assert session_secret(engine) == session_secret(engine)
    assert len(session_secret(engine)) == 32


@pytest.mark.parametrize(
    ("age", "valid"),
    [
        (dt.timedelta(0), True),
        (dt.timedelta(minutes=29), True),
        (dt.timedelta(minutes=31), False),
        (-dt.timedelta(minutes=10), False),  # issued in the future: a forged or skewed clock
    ],
)
def test_a_token_lives_as_long_as_asked(age, valid):
    token = tokens.issue(b"k" * 32, "lea.lead", NOW - age)
    found = tokens.verify(b"k" * 32, token, NOW, lifetime=dt.timedelta(minutes=30))
    assert (found == "lea.lead") is valid


@pytest.mark.parametrize(
    "token",
    ["", "lea.lead", "lea.lead|abc|sig", "admin|1700000000|forged", "lea.lead||"],
)
def test_malformed_or_forged_tokens_are_refused(token):
    assert tokens.verify(b"k" * 32, token, NOW) is None


def test_a_token_cannot_be_moved_to_another_user_or_secret():
    token = tokens.issue(b"k" * 32, "lea.lead", NOW)
    _, issued, signature = token.split("|")
    assert tokens.verify(b"k" * 32, f"demo.admin|{issued}|{signature}", NOW) is None
    assert tokens.verify(b"x" * 32, token, NOW) is None
