"""Accounts: create, change role, reset password, remove, and sign in with a lockout.

Every change is one transaction with its audit row. Passwords are stored only as bcrypt
hashes (:mod:`feedback.auth.passwords`); the audit never holds a password or a hash.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from feedback.auth.passwords import hash_password, verify_password
from feedback.auth.roles import Actor, Role
from feedback.store.audit import record
from feedback.store.db import transaction
from feedback.store.models import Quote, User

# Why 5 and 15 minutes: enough for a person who mistyped, too few for guessing; the lock
# lifts by itself, so a locked-out agent need not wait for an admin.
MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)


class SignIn(StrEnum):
    OK = "ok"
    WRONG = "wrong"  # unknown user or wrong password: the same answer, so names cannot be probed
    LOCKED = "locked"


@dataclass(frozen=True, slots=True)
class Account:
    """A user as the app needs it (no hash)."""

    id: int
    username: str
    display_name: str
    email: str | None
    role: Role
    agent_id: int | None
    team_ids: frozenset[int]
    has_password: bool
    locked_until: dt.datetime | None
    demo: bool

    def actor(self) -> Actor:
        return Actor(
            name=self.username, role=self.role, agent_id=self.agent_id, team_ids=self.team_ids
        )


@dataclass(frozen=True, slots=True)
class SignInResult:
    outcome: SignIn
    account: Account | None = None
    locked_until: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class NewUser:
    username: str
    role: Role
    display_name: str = ""
    email: str | None = None
    agent_id: int | None = None
    team_ids: frozenset[int] = field(default_factory=frozenset)
    password: str | None = None
    demo: bool = False


def normalize_username(username: str) -> str:
    return username.strip().casefold()


def _account(user: User) -> Account:
    return Account(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        email=user.email,
        role=Role(user.role),
        agent_id=user.agent_id,
        team_ids=frozenset(int(t) for t in user.team_ids or ()),
        has_password=bool(user.password_hash),
        locked_until=_aware(user.locked_until),
        demo=user.demo,
    )


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes; every time here is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


def _find(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == normalize_username(username)))


def add_user(session: Session, new: NewUser, *, actor: str) -> Account:
    user = User(
        username=normalize_username(new.username),
        display_name=new.display_name.strip(),
        email=new.email.strip().casefold() if new.email else None,
        role=new.role.value,
        agent_id=new.agent_id,
        team_ids=sorted(new.team_ids),
        password_hash=hash_password(new.password) if new.password else None,
        failed_logins=0,
        demo=new.demo,
    )
    session.add(user)
    session.flush()
    record(
        session,
        actor=actor,
        action="create",
        entity="user",
        entity_id=user.id,
        changes={
            "username": user.username,
            "role": user.role,
            "email": user.email,
            "agent_id": user.agent_id,
            "team_ids": user.team_ids,
        },
    )
    return _account(user)


def find_user(engine: Engine, username: str) -> Account | None:
    with Session(engine) as session:
        user = _find(session, username)
        return _account(user) if user else None


def find_by_email(engine: Engine, email: str) -> Account | None:
    with Session(engine) as session:
        user = session.scalar(select(User).where(User.email == email.strip().casefold()))
        return _account(user) if user else None


def list_users(engine: Engine) -> list[Account]:
    with Session(engine) as session:
        return [_account(u) for u in session.scalars(select(User).order_by(User.username))]


def update_user(
    session: Session,
    username: str,
    *,
    actor: str,
    role: Role | None = None,
    team_ids: frozenset[int] | None = None,
    agent_id: int | None = None,
    password: str | None = None,
) -> Account | None:
    """Change an account's role, teams, agent link or password (one audit row, no hash)."""
    user = _find(session, username)
    if user is None:
        return None
    changes: dict[str, object] = {}
    if role is not None and user.role != role.value:
        changes["role"] = [user.role, role.value]
        user.role = role.value
    if team_ids is not None and set(user.team_ids or ()) != set(team_ids):
        changes["team_ids"] = [user.team_ids, sorted(team_ids)]
        user.team_ids = sorted(team_ids)
    if agent_id is not None and user.agent_id != agent_id:
        changes["agent_id"] = [user.agent_id, agent_id]
        user.agent_id = agent_id
    if password is not None:
        changes["password"] = "reset"  # noqa: S105 - the audit says a reset happened, no more
        user.password_hash = hash_password(password)
        user.failed_logins = 0
        user.locked_until = None
    if changes:
        record(
            session, actor=actor, action="edit", entity="user", entity_id=user.id, changes=changes
        )
    return _account(user)


def remove_user(session: Session, username: str, *, actor: str) -> bool:
    user = _find(session, username)
    if user is None:
        return False
    record(
        session,
        actor=actor,
        action="delete",
        entity="user",
        entity_id=user.id,
        changes={"username": user.username, "role": user.role},
    )
    session.delete(user)
    return True


def sign_in(engine: Engine, username: str, password: str, *, now: dt.datetime) -> SignInResult:
    """Check a password. Five failures in a row lock the account for 15 minutes; every
    sign-in and every failure is audited. Unknown names cost the same bcrypt time."""
    with transaction(engine) as session:
        user = _find(session, username)
        if user is None:
            verify_password(password, _dummy_hash())  # same time as a real check
            return SignInResult(SignIn.WRONG)
        locked = _aware(user.locked_until)
        if locked is not None and locked > now:
            return SignInResult(SignIn.LOCKED, locked_until=locked)
        if not verify_password(password, user.password_hash):
            user.failed_logins += 1
            outcome = SignIn.WRONG
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                outcome = SignIn.LOCKED
            record(
                session,
                actor=user.username,
                action="login_failed" if outcome is SignIn.WRONG else "locked",
                entity="user",
                entity_id=user.id,
                changes={},
            )
            return SignInResult(outcome, locked_until=_aware(user.locked_until))
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now
        record(
            session,
            actor=user.username,
            action="login",
            entity="user",
            entity_id=user.id,
            changes={},
        )
        return SignInResult(SignIn.OK, _account(user))


def demo_accounts(engine: Engine) -> list[Account]:
    """The demo seeder's accounts, but only while the store holds quotes (demo data)."""
    with Session(engine) as session:
        demo = [_account(u) for u in session.scalars(select(User).where(User.demo.is_(True)))]
        if not demo or not session.scalar(select(func.count()).select_from(Quote)):
            return []
    order = list(Role)
    return sorted(demo, key=lambda a: order.index(a.role))


@cache
def _dummy_hash() -> str:
    return hash_password("not a password")
