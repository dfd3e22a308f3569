"""Agents and teams: who can be praised, and under which name."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from feedback.store.audit import record
from feedback.store.models import Agent, Team


@dataclass(frozen=True, slots=True)
class AgentInfo:
    id: int
    handle: str
    first_name: str
    last_name: str
    team_id: int | None
    consent_named: bool
    active: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class Directory:
    """A snapshot of agents and teams, enough to validate and redact a submission."""

    agents: dict[int, AgentInfo]
    teams: dict[int, str]

    @property
    def known_names(self) -> tuple[str, ...]:
        """Agent names that redaction must keep (full names, first and last names)."""
        names: list[str] = []
        for agent in self.agents.values():
            names.extend(n for n in (agent.full_name, agent.first_name, agent.last_name) if n)
        return tuple(dict.fromkeys(names))

    def agent_by_handle(self, handle: str) -> AgentInfo | None:
        wanted = handle.strip().casefold()
        return next((a for a in self.agents.values() if a.handle.casefold() == wanted), None)

    def team_by_name(self, name: str) -> int | None:
        wanted = name.strip().casefold()
        return next((tid for tid, tname in self.teams.items() if tname.casefold() == wanted), None)

    def team_names(self, team_ids: Collection[int]) -> frozenset[str]:
        """The names of the teams ``team_ids``, for rows that carry a team's name only."""
        return frozenset(name for tid, name in self.teams.items() if tid in team_ids)


def load_directory(session: Session) -> Directory:
    agents = {
        a.id: AgentInfo(
            a.id, a.handle, a.first_name, a.last_name, a.team_id, a.consent_named, a.active
        )
        for a in session.scalars(select(Agent))
    }
    teams = {t.id: t.name for t in session.scalars(select(Team))}
    return Directory(agents=agents, teams=teams)


def read_directory(engine: Engine) -> Directory:
    with Session(engine) as session:
        return load_directory(session)


def add_team(session: Session, name: str, *, actor: str) -> Team:
    team = Team(name=name.strip())
    session.add(team)
    session.flush()
    record(
        session,
        actor=actor,
        action="create",
        entity="team",
        entity_id=team.id,
        changes={"name": team.name},
    )
    return team


def add_agent(
    session: Session,
    *,
    handle: str,
    first_name: str,
    last_name: str,
    team_id: int | None,
    consent_named: bool,
    actor: str,
) -> Agent:
    agent = Agent(
        handle=handle.strip(),
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        team_id=team_id,
        consent_named=consent_named,
    )
    session.add(agent)
    session.flush()
    record(
        session,
        actor=actor,
        action="create",
        entity="agent",
        entity_id=agent.id,
        changes={"handle": agent.handle, "team_id": team_id, "consent_named": consent_named},
    )
    return agent


def set_consent(session: Session, agent_id: int, consent: bool, *, actor: str) -> None:
    """Record an agent's (revoked) consent to be named on walls."""
    agent = session.get_one(Agent, agent_id)
    if agent.consent_named != consent:
        record(
            session,
            actor=actor,
            action="edit",
            entity="agent",
            entity_id=agent_id,
            changes={"consent_named": [agent.consent_named, consent]},
        )
        agent.consent_named = consent
