"""Accounts, as an admin manages them: add, change role, reset password, remove, list.

Every function checks :data:`~feedback.auth.roles.Action.MANAGE_USERS` first, then validates
everything at once (username, password, team and agent names, duplicates), so a form or the
command line can show every problem together; :class:`AccountError` carries them, bilingual.
Each write is one transaction with its audit row (:mod:`feedback.store.users`).

There is always at least one admin: removing or demoting the last one is refused, because
nobody could manage accounts afterwards (the command line could, but the app could not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from feedback.auth.passwords import password_problem
from feedback.auth.roles import Action, Actor, Role, require
from feedback.i18n import t
from feedback.render.hidden import hidden_characters
from feedback.store.db import transaction
from feedback.store.directory import Directory, load_directory
from feedback.store.models import User
from feedback.store.users import (
    Account,
    NewUser,
    add_user,
    list_users,
    normalize_username,
    remove_user,
    update_user,
)

# Letters, digits and . _ @ - only: usernames appear in the audit log, in URLs of sign-in
# tokens and on the command line, where spaces and look-alike characters cause trouble.
# 80 is the column's width.
USERNAME = re.compile(r"[a-z0-9._@-]{2,80}")
# No control character or lone surrogate either: "a\x00@b.de" raised DataError on PostgreSQL,
# "--email a\xff@b.de" (a byte that is no UTF-8) UnicodeEncodeError on both backends.
_EMAIL = re.compile(r"[^@\s\x00-\x1f\x7f\ud800-\udfff]+@[^@\s\x00-\x1f\x7f\ud800-\udfff]+")
# The width of users.display_name.
MAX_DISPLAY_NAME = 120


@dataclass(frozen=True, slots=True)
class Refusal:
    """One reason to refuse: ``key`` is a full i18n key, e.g. ``accounts.username_taken``."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None) -> str:
        return t(self.key, lang, **self.params)


class AccountError(ValueError):
    """Every reason a change to an account was refused; nothing was written."""

    def __init__(self, refusals: Sequence[Refusal]) -> None:
        self.refusals = tuple(refusals)
        super().__init__("; ".join(r.key for r in self.refusals))

    def messages(self, lang: str | None) -> list[str]:
        return [r.message(lang) for r in self.refusals]


def add_account(
    engine: Engine,
    actor: Actor,
    username: str,
    role: Role,
    *,
    teams: Sequence[str] = (),
    agent: str | None = None,
    email: str | None = None,
    display_name: str = "",
    password: str | None = None,
) -> Account:
    """Create an account. ``teams`` are team names (leads only, at least one), ``agent`` the
    handle of the agent record it belongs to. Without ``password`` only company sign-in (by
    ``email``) can open it."""
    require(actor, Action.MANAGE_USERS)
    name = normalize_username(username)
    refusals: list[Refusal] = []
    if not USERNAME.fullmatch(name):
        refusals.append(Refusal("accounts.bad_username", {"value": username.strip()}))
    display_name = display_name.strip()
    if len(display_name) > MAX_DISPLAY_NAME:
        refusals.append(Refusal("accounts.display_name_too_long", {"limit": MAX_DISPLAY_NAME}))
    if hidden_characters(display_name):
        refusals.append(Refusal("accounts.display_name_control"))
    email = email.strip().casefold() if email and email.strip() else None
    if email is not None and not _EMAIL.fullmatch(email):
        refusals.append(Refusal("accounts.bad_email", {"value": email}))
        email = None  # not looked up: the store may not take it (see _EMAIL)
    if password is not None and (problem := password_problem(password)):
        refusals.append(Refusal(problem))
    with transaction(engine) as session:
        team_ids, agent_id = _links(load_directory(session), role, teams, agent, refusals)
        # A refused name is not looked up either ("a\x00b": PostgreSQL's DataError).
        taken = select(User.id).where(User.username == name)
        if USERNAME.fullmatch(name) and session.scalar(taken) is not None:
            refusals.append(Refusal("accounts.username_taken", {"value": name}))
        if email and session.scalar(select(User.id).where(User.email == email)) is not None:
            refusals.append(Refusal("accounts.email_taken", {"value": email}))
        if refusals:
            raise AccountError(refusals)
        new = NewUser(
            username=name,
            role=role,
            display_name=display_name,
            email=email,
            agent_id=agent_id,
            team_ids=team_ids,
            password=password,
        )
        return add_user(session, new, actor=actor.name)


def set_role(
    engine: Engine,
    actor: Actor,
    username: str,
    role: Role,
    *,
    teams: Sequence[str] = (),
    agent: str | None = None,
) -> Account:
    """Give an account a new role; a lead's ``teams`` replace the old ones, other roles have
    none. ``agent`` (a handle) links the account to an agent record; None keeps the link."""
    require(actor, Action.MANAGE_USERS)
    refusals: list[Refusal] = []
    with transaction(engine) as session:
        user = _user(session, username)
        team_ids, agent_id = _links(load_directory(session), role, teams, agent, refusals)
        if refusals:
            raise AccountError(refusals)
        if user.role == Role.ADMIN.value and role is not Role.ADMIN:
            _keep_an_admin(session, user.username)
        account = update_user(
            session,
            user.username,
            actor=actor.name,
            role=role,
            team_ids=team_ids,
            agent_id=agent_id,
        )
        assert account is not None  # found above, in this transaction
        return account


def reset_password(engine: Engine, actor: Actor, username: str, password: str) -> Account:
    """Set a new password; it also lifts a lockout."""
    require(actor, Action.MANAGE_USERS)
    if problem := password_problem(password):
        raise AccountError([Refusal(problem)])
    with transaction(engine) as session:
        user = _user(session, username)
        account = update_user(session, user.username, actor=actor.name, password=password)
        assert account is not None
        return account


def remove_account(engine: Engine, actor: Actor, username: str) -> None:
    """Delete an account (the audit keeps its name and role). The last admin stays."""
    require(actor, Action.MANAGE_USERS)
    with transaction(engine) as session:
        user = _user(session, username)
        if user.role == Role.ADMIN.value:
            _keep_an_admin(session, user.username)
        remove_user(session, user.username, actor=actor.name)


def list_accounts(engine: Engine, actor: Actor) -> list[Account]:
    """Every account by username (no password hashes)."""
    require(actor, Action.MANAGE_USERS)
    return list_users(engine)


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == normalize_username(username)))
    if user is None:
        raise AccountError([Refusal("accounts.unknown_user", {"value": username.strip()})])
    return user


def _keep_an_admin(session: Session, username: str) -> None:
    """Refuse when ``username`` is the only admin. The rows are locked (PostgreSQL), so two
    admins demoting each other at the same moment cannot both succeed."""
    admins = session.scalars(
        select(User.id).where(User.role == Role.ADMIN.value).with_for_update()
    ).all()
    if len(admins) <= 1:
        raise AccountError([Refusal("accounts.last_admin", {"value": username})])


def _links(
    directory: Directory,
    role: Role,
    teams: Sequence[str],
    agent: str | None,
    refusals: list[Refusal],
) -> tuple[frozenset[int], int | None]:
    """Team ids and agent id from names; problems are appended to ``refusals``."""
    team_ids: set[int] = set()
    for name in teams:
        team_id = directory.team_by_name(name)
        if team_id is None:
            refusals.append(Refusal("validation.unknown_team", {"value": name}))
        else:
            team_ids.add(team_id)
    if role is Role.LEAD and not teams:
        refusals.append(Refusal("accounts.lead_needs_team"))
    if role is not Role.LEAD and teams:
        refusals.append(Refusal("accounts.teams_only_for_leads"))
    agent_id = None
    if agent is not None:
        found = directory.agent_by_handle(agent)
        if found is None:
            refusals.append(Refusal("validation.unknown_agent", {"value": agent}))
        else:
            agent_id = found.id
    return frozenset(team_ids), agent_id
