"""Put a generated demo data set into a store, through the normal submission pipeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine

from feedback.collect.pipeline import AnalyzerLike, submit_many
from feedback.demo.generate import DemoData
from feedback.domain import QuoteDraft
from feedback.store.db import transaction
from feedback.store.directory import add_agent, add_team, load_directory

_ACTOR = "demo"


@dataclass(frozen=True, slots=True)
class SeedReport:
    teams: int
    agents: int
    stored: int
    rejected: int
    redacted: int


def seed_demo(
    engine: Engine,
    data: DemoData,
    analyzer: AnalyzerLike | None = None,
    *,
    today: dt.date | None = None,
) -> SeedReport:
    """Create the demo teams and agents (one transaction), then submit every quote (another)."""
    with transaction(engine) as session:
        directory = load_directory(session)
        team_ids = {name: tid for tid, name in directory.teams.items()}
        for team in data.teams:
            if team.name not in team_ids:
                team_ids[team.name] = add_team(session, team.name, actor=_ACTOR).id
        for agent in data.agents:
            if directory.agent_by_handle(agent.handle) is None:
                add_agent(
                    session,
                    handle=agent.handle,
                    first_name=agent.first_name,
                    last_name=agent.last_name,
                    team_id=team_ids[agent.team],
                    consent_named=agent.consent_named,
                    actor=_ACTOR,
                )
        directory = load_directory(session)
    drafts = []
    for quote in data.quotes:
        praised = directory.agent_by_handle(quote.agent_handle) if quote.agent_handle else None
        drafts.append(
            QuoteDraft(
                text=quote.text,
                channel=quote.channel.value,
                said_on=quote.said_on,
                submitted_by=quote.submitted_by,
                agent_id=praised.id if praised else None,
                team_id=directory.team_by_name(quote.team),
                rating=quote.rating,
                rating_scale=quote.rating_scale,
                tags=list(quote.tags),
                source=quote.source,
                source_system=quote.source_system,
                external_id=quote.external_id,
                verbatim=quote.verbatim,
                status=quote.status,
            )
        )
    results = submit_many(engine, drafts, analyzer, today=today)
    stored = [r for r in results if r.stored]
    return SeedReport(
        teams=len(data.teams),
        agents=len(data.agents),
        stored=len(stored),
        rejected=len(results) - len(stored),
        redacted=sum(1 for r in stored if r.prepared.redaction.findings),
    )
