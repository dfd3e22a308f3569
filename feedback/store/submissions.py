"""What one person handed in lately: their newest quotes with the status each has now."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, select

from feedback.domain import Status
from feedback.store.models import Quote


@dataclass(frozen=True, slots=True)
class Submission:
    id: int
    said_on: dt.date
    status: str
    agent_id: int | None
    text: str


def recent_submissions(
    engine: Engine, username: str, *, since: dt.datetime, limit: int = 5
) -> tuple[Submission, ...]:
    """The newest ``limit`` quotes ``username`` handed in since ``since``, newest first.

    The status list lets the (status, submitted_at) index narrow the rows to the period.
    """
    query = (
        select(Quote.id, Quote.said_on, Quote.status, Quote.agent_id, Quote.text)
        .where(
            Quote.status.in_([s.value for s in Status]),
            Quote.submitted_at >= since,
            Quote.submitted_by == username,
        )
        .order_by(Quote.submitted_at.desc(), Quote.id.desc())
        .limit(limit)
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return tuple(
        Submission(int(r.id), r.said_on, str(r.status), r.agent_id, str(r.text)) for r in rows
    )
