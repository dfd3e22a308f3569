"""Teams, agents and consent, as the acting user may change them.

Every function checks the actor's role first (:class:`~feedback.auth.roles.NotAllowed`), then
writes one transaction with its audit row under the actor's name. A change the data refuses
(an empty or duplicate name, an unknown team or agent) raises :class:`PeopleProblem`, whose
:meth:`~PeopleProblem.message` says why in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from feedback.auth.roles import Action, Actor, require
from feedback.i18n import t
from feedback.render.hidden import hidden_characters
from feedback.store import directory
from feedback.store.audit import record
from feedback.store.db import transaction
from feedback.store.directory import AgentInfo, Directory
from feedback.store.models import Agent, Team

# Why 80: the width of the name and handle columns (teams.name, agents.handle, agents.*_name).
MAX_NAME_CHARS = 80


class PeopleProblem(ValueError):
    """A refused change to teams or agents: ``key`` names the message under ``people.*``,
    ``field`` (if any) the input it is about (``people.field_*``, filled in as ``{field}``)."""

    def __init__(self, key: str, field: str | None = None, **params: Any) -> None:
        self.key = key
        self.field = field
        self.params = params
        super().__init__(f"{key} {field or ''} {params}")

    def message(self, lang: str | None) -> str:
        params = dict(self.params)
        if self.field is not None:
            params["field"] = t(f"people.field_{self.field}", lang)
        return t(f"people.{self.key}", lang, **params)


def clean_name(value: str, *, field: str, required: bool = True) -> str:
    """``value`` stripped; 1-80 characters (0 when not ``required``), no control or invisible
    format characters. Raises :class:`PeopleProblem` naming ``field`` (an i18n key suffix)."""
    cleaned = value.strip()
    if not cleaned and required:
        raise PeopleProblem("name_empty", field)
    if len(cleaned) > MAX_NAME_CHARS:
        raise PeopleProblem("name_too_long", field, limit=MAX_NAME_CHARS)
    if hidden_characters(cleaned):
        raise PeopleProblem("name_control", field)
    return cleaned


def clean_handle(value: str) -> str:
    """A handle as :func:`clean_name`, and without spaces (it is typed, linked and imported)."""
    handle = clean_name(value, field="handle")
    if any(ch.isspace() for ch in handle):
        raise PeopleProblem("handle_spaces")
    return handle


@contextmanager
def _writing(engine: Engine, clash: PeopleProblem) -> Iterator[Session]:
    """One transaction; a unique constraint hit by a concurrent write becomes ``clash``."""
    try:
        with transaction(engine) as session:
            yield session
    except IntegrityError as error:
        raise clash from error


def _check_team(found: Directory, team_id: int | None) -> None:
    if team_id is not None and team_id not in found.teams:
        raise PeopleProblem("team_unknown", team_id=team_id)


def _agent(session: Session, agent_id: int) -> Agent:
    agent = session.get(Agent, agent_id)
    if agent is None:
        raise PeopleProblem("agent_unknown", agent_id=agent_id)
    return agent


def add_team(engine: Engine, actor: Actor, name: str) -> int:
    """Create a team; returns its id. Names are unique regardless of case."""
    require(actor, Action.MANAGE_TEAMS)
    cleaned = clean_name(name, field="team")
    with _writing(engine, PeopleProblem("team_exists", name=cleaned)) as session:
        if directory.load_directory(session).team_by_name(cleaned) is not None:
            raise PeopleProblem("team_exists", name=cleaned)
        return directory.add_team(session, cleaned, actor=actor.name).id


def rename_team(engine: Engine, actor: Actor, team_id: int, name: str) -> bool:
    """Give a team a new name; False when the name is the same."""
    require(actor, Action.MANAGE_TEAMS)
    cleaned = clean_name(name, field="team")
    with _writing(engine, PeopleProblem("team_exists", name=cleaned)) as session:
        team = session.get(Team, team_id)
        if team is None:
            raise PeopleProblem("team_unknown", team_id=team_id)
        if team.name == cleaned:
            return False
        other = directory.load_directory(session).team_by_name(cleaned)
        if other is not None and other != team_id:
            raise PeopleProblem("team_exists", name=cleaned)
        record(
            session,
            actor=actor.name,
            action="edit",
            entity="team",
            entity_id=team_id,
            changes={"name": [team.name, cleaned]},
        )
        team.name = cleaned
        return True


def add_agent(
    engine: Engine,
    actor: Actor,
    *,
    handle: str,
    first_name: str,
    last_name: str = "",
    team_id: int | None = None,
    consent_named: bool = False,
) -> AgentInfo:
    """Create an agent. Consent is off unless given: nobody is named before they agree."""
    require(actor, Action.MANAGE_TEAMS)
    if consent_named:
        require(actor, Action.MANAGE_CONSENT)
    handle = clean_handle(handle)
    first = clean_name(first_name, field="first_name")
    last = clean_name(last_name, field="last_name", required=False)
    with _writing(engine, PeopleProblem("handle_exists", handle=handle)) as session:
        found = directory.load_directory(session)
        if found.agent_by_handle(handle) is not None:
            raise PeopleProblem("handle_exists", handle=handle)
        _check_team(found, team_id)
        agent = directory.add_agent(
            session,
            handle=handle,
            first_name=first,
            last_name=last,
            team_id=team_id,
            consent_named=consent_named,
            actor=actor.name,
        )
        return AgentInfo(agent.id, agent.handle, first, last, team_id, consent_named, active=True)


def set_consent(engine: Engine, actor: Actor, agent_id: int, consent: bool) -> bool:
    """Record that an agent agreed (or no longer agrees) to be named; False when unchanged."""
    require(actor, Action.MANAGE_CONSENT)
    with transaction(engine) as session:
        agent = _agent(session, agent_id)
        if agent.consent_named == consent:
            return False
        directory.set_consent(session, agent_id, consent, actor=actor.name)
        return True


def set_agent_team(engine: Engine, actor: Actor, agent_id: int, team_id: int | None) -> bool:
    """Move an agent to another team (None: no team); False when unchanged."""
    require(actor, Action.MANAGE_TEAMS)
    with transaction(engine) as session:
        agent = _agent(session, agent_id)
        _check_team(directory.load_directory(session), team_id)
        if agent.team_id == team_id:
            return False
        _edit(session, actor, agent, "team_id", agent.team_id, team_id)
        agent.team_id = team_id
        return True


def set_agent_active(engine: Engine, actor: Actor, agent_id: int, active: bool) -> bool:
    """Deactivate an agent who left (their quotes stay) or bring them back; False when
    unchanged."""
    require(actor, Action.MANAGE_TEAMS)
    with transaction(engine) as session:
        agent = _agent(session, agent_id)
        if agent.active == active:
            return False
        _edit(session, actor, agent, "active", agent.active, active)
        agent.active = active
        return True


def _edit(session: Session, actor: Actor, agent: Agent, key: str, old: Any, new: Any) -> None:
    record(
        session,
        actor=actor.name,
        action="edit",
        entity="agent",
        entity_id=agent.id,
        changes={key: [old, new]},
    )
