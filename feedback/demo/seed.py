"""Put a generated demo data set into a store, through the normal submission pipeline."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from feedback.auth.passwords import hash_password
from feedback.auth.roles import Role
from feedback.collect.pipeline import AnalyzerLike, analyzer_for, submit_many
from feedback.demo.generate import DemoAgent, DemoData, DemoQuote, DemoTeam
from feedback.domain import QuoteDraft
from feedback.store.db import transaction
from feedback.store.directory import Directory, add_agent, add_team, load_directory
from feedback.store.models import User
from feedback.store.statistics import refresh_statistics
from feedback.store.users import NewUser, add_user

_ACTOR = "demo"
# The demo accounts' shared password. It is no secret: the sign-in page offers these accounts
# with one click while the store holds demo data. Never seed demo data into a real store.
DEMO_PASSWORD = "love-wall-demo"  # noqa: S105 - published on purpose, see above
# Why 4 rounds: the password is published anyway; seeding stays fast.
_DEMO_ROUNDS = 4


@dataclass(frozen=True, slots=True)
class SeedReport:
    teams: int
    agents: int
    stored: int
    rejected: int
    redacted: int


# Demo quotes are handed in on the day they were said, at noon (or now, if that is later today).
_HANDED_IN = dt.time(12)
# Quotes per transaction: a million demo quotes stream through the pipeline in batches, so
# memory stays flat and other writers wait at most for one batch.
SEED_BATCH = 500


@dataclass(frozen=True, slots=True)
class SeedProgress:
    quotes: int
    stored: int
    seconds: float


def seed_demo(
    engine: Engine,
    data: DemoData,
    analyzer: AnalyzerLike | None = None,
    *,
    today: dt.date | None = None,
) -> SeedReport:
    """Create the demo teams and agents (one transaction), then submit every quote."""
    return seed_quotes(engine, data.teams, data.agents, data.quotes, analyzer, today=today)


def seed_quotes(
    engine: Engine,
    teams: Sequence[DemoTeam],
    agents: Sequence[DemoAgent],
    quotes: Iterable[DemoQuote],
    analyzer: AnalyzerLike | None = None,
    *,
    today: dt.date | None = None,
    batch_size: int = SEED_BATCH,
    progress: Callable[[SeedProgress], None] | None = None,
) -> SeedReport:
    """Teams and agents (one transaction), then ``quotes`` in batches of ``batch_size``.

    ``quotes`` may be a generator: only one batch is held at a time. Each batch is one
    transaction through the submission pipeline; ``progress`` is called after each.
    """
    directory = _seed_people(engine, teams, agents)
    analyzer = analyzer or analyzer_for(engine)
    started = time.perf_counter()
    seen = stored = redacted = 0
    stream = iter(quotes)
    while batch := list(islice(stream, batch_size)):
        results = submit_many(engine, [_draft(q, directory) for q in batch], analyzer, today=today)
        seen += len(results)
        for result in results:
            if result.stored:
                stored += 1
                redacted += bool(result.prepared.redaction.findings)
        if progress is not None:
            progress(SeedProgress(seen, stored, time.perf_counter() - started))
    refresh_statistics(engine)
    return SeedReport(
        teams=len(teams),
        agents=len(agents),
        stored=stored,
        rejected=seen - stored,
        redacted=redacted,
    )


def _seed_people(
    engine: Engine, teams: Sequence[DemoTeam], agents: Sequence[DemoAgent]
) -> Directory:
    with transaction(engine) as session:
        directory = load_directory(session)
        team_ids = {name: tid for tid, name in directory.teams.items()}
        for team in teams:
            if team.name not in team_ids:
                team_ids[team.name] = add_team(session, team.name, actor=_ACTOR).id
        for agent in agents:
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
        _add_demo_accounts(session, directory, team_ids[teams[0].name])
    return directory


def _draft(quote: DemoQuote, directory: Directory) -> QuoteDraft:
    praised = directory.agent_by_handle(quote.agent_handle) if quote.agent_handle else None
    return QuoteDraft(
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
        submitted_at=min(
            dt.datetime.combine(quote.said_on, _HANDED_IN, tzinfo=dt.UTC), dt.datetime.now(dt.UTC)
        ),
    )


def _add_demo_accounts(session: Session, directory: Directory, lead_team: int) -> None:
    """One account per role. The agent's is linked to a consenting agent of the lead's team."""
    if session.scalar(select(User.id).where(User.demo.is_(True)).limit(1)) is not None:
        return
    agent = next(
        (a for a in directory.agents.values() if a.consent_named and a.team_id == lead_team),
        None,
    )
    accounts = (
        ("demo.agent", Role.AGENT, agent.id if agent else None, frozenset[int]()),
        ("demo.lead", Role.LEAD, None, frozenset({lead_team})),
        ("demo.manager", Role.MANAGER, None, frozenset[int]()),
        ("demo.admin", Role.ADMIN, None, frozenset[int]()),
    )
    for username, role, agent_id, teams in accounts:
        user = add_user(
            session,
            NewUser(username=username, role=role, agent_id=agent_id, team_ids=teams, demo=True),
            actor=_ACTOR,
        )
        session.get_one(User, user.id).password_hash = hash_password(DEMO_PASSWORD, _DEMO_ROUNDS)
