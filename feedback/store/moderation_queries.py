"""Typed reads for the moderation queue: one page of narrow rows, never every quote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select

from feedback.store.filters import QuoteFilter
from feedback.store.models import Agent, Quote, Team


@dataclass(frozen=True, slots=True)
class QueueQuote:
    """What the queue table and the detail panel need of one quote."""

    id: int
    text: str
    redactions: tuple[Mapping[str, Any], ...]
    channel: str
    said_on: dt.date
    submitted_at: dt.datetime | None
    agent_id: int | None
    agent_first_name: str | None
    agent_consent: bool
    team: str | None
    status: str
    sentiment_compound: float | None
    sentiment_label: str | None


def queue_page(engine: Engine, flt: QuoteFilter, *, limit: int) -> tuple[QueueQuote, ...]:
    """At most ``limit`` quotes matching ``flt``, the latest handed in first (submitted_at,
    then id, descending), read along ``ix_quotes_status_submitted_at``.

    By hand-in time, not by the day the customer said it: a quote said last month and handed
    in today is new to the lead, and must be in the page, on top."""
    query = flt.apply(
        select(
            Quote.id,
            Quote.text,
            Quote.redactions,
            Quote.channel,
            Quote.said_on,
            Quote.submitted_at,
            Quote.agent_id,
            Agent.first_name,
            Agent.consent_named,
            Team.name,
            Quote.status,
            Quote.sentiment_compound,
            Quote.sentiment_label,
        )
        .outerjoin(Agent, Agent.id == Quote.agent_id)
        .outerjoin(Team, Team.id == Quote.team_id)
    )
    query = query.order_by(Quote.submitted_at.desc(), Quote.id.desc()).limit(max(0, limit))
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return tuple(
        QueueQuote(
            id=int(qid),
            text=str(text),
            redactions=tuple(r for r in (redactions or ()) if isinstance(r, Mapping)),
            channel=str(channel),
            said_on=said_on if isinstance(said_on, dt.date) else dt.date.fromisoformat(said_on),
            submitted_at=submitted_at,
            agent_id=agent_id,
            agent_first_name=first,
            agent_consent=bool(consent),
            team=team,
            status=str(status),
            sentiment_compound=compound,
            sentiment_label=label,
        )
        for (
            qid,
            text,
            redactions,
            channel,
            said_on,
            submitted_at,
            agent_id,
            first,
            consent,
            team,
            status,
            compound,
            label,
        ) in rows
    )
