"""Reading and writing the browser tests' store directly: what a page saved, and a quote handed
in "just now" by someone else (through the real pipeline)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Status
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from feedback.store.open import open_store
from tests.clock import pinned_today
from tests.e2e.server import Server


def quotes_containing(server: Server, word: str) -> list[tuple[int, str]]:
    """(id, status) of every stored quote whose text contains ``word``, oldest first."""
    engine = open_store(server.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(Quote.id, Quote.status).where(Quote.text.contains(word)).order_by(Quote.id)
            ).all()
    finally:
        engine.dispose()
    return [(int(row.id), str(row.status)) for row in rows]


def submit_pending(server: Server, text: str, agent_id: int) -> int:
    """Hand in ``text`` for ``agent_id`` now (said last week, waiting for approval); its id."""
    draft = QuoteDraft(
        text=text,
        channel="chat",
        said_on=pinned_today() - dt.timedelta(days=7),
        submitted_by="demo.agent",
        agent_id=agent_id,
    )
    engine = open_store(server.database_url)
    try:
        (result,) = submit_many(engine, [draft])
    finally:
        engine.dispose()
    assert result.quote_id is not None, result.prepared.messages("en")
    return int(result.quote_id)


def submit_approved(server: Server, text: str) -> int:
    """Hand in ``text`` approved, said today, for an agent who consents to be named; its id."""
    engine = open_store(server.database_url)
    try:
        agent = next(a for a in read_directory(engine).agents.values() if a.consent_named)
        draft = QuoteDraft(
            text=text,
            channel="chat",
            said_on=pinned_today(),
            submitted_by=agent.handle,
            agent_id=agent.id,
            status=Status.APPROVED,
        )
        (result,) = submit_many(engine, [draft])
    finally:
        engine.dispose()
    assert result.quote_id is not None, result.prepared.messages("en")
    return int(result.quote_id)
