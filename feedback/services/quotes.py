"""Submitting and moderating quotes, as the acting user may."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from feedback.auth.roles import Action, Actor, require
from feedback.collect import edit
from feedback.collect.pipeline import AnalyzerLike, SubmitResult, submit_many
from feedback.domain import QuoteDraft, Status
from feedback.store.models import Quote


def submit(
    engine: Engine,
    actor: Actor,
    drafts: Sequence[QuoteDraft],
    analyzer: AnalyzerLike | None = None,
    *,
    today: dt.date | None = None,
) -> list[SubmitResult]:
    """Submit quotes in the actor's name. A quote that arrives already approved (an import by
    a lead or admin) must be one the actor could approve."""
    require(actor, Action.SUBMIT)
    for draft in drafts:
        if draft.status not in (None, Status.PENDING):
            require(actor, Action.MODERATE, draft.team_id)
    named = [replace(d, submitted_by=actor.name) for d in drafts]
    return submit_many(engine, named, analyzer, today=today)


def _teams_of(engine: Engine, quote_ids: Sequence[int]) -> dict[int, int | None]:
    with Session(engine) as session:
        rows = session.execute(
            select(Quote.id, Quote.team_id).where(Quote.id.in_(list(quote_ids)))
        ).all()
    return {int(qid): tid for qid, tid in rows}


def _require_each(engine: Engine, actor: Actor, action: Action, quote_ids: Sequence[int]) -> None:
    require(actor, action)
    for team_id in set(_teams_of(engine, quote_ids).values()):
        # A lead moderates the quotes of the teams they lead, and no quote without a team.
        require(actor, action, -1 if team_id is None else team_id)


def set_status(engine: Engine, actor: Actor, quote_ids: Sequence[int], status: Status) -> int:
    _require_each(engine, actor, Action.MODERATE, quote_ids)
    return edit.set_status(engine, quote_ids, status, actor=actor.name)


def edit_text(
    engine: Engine,
    actor: Actor,
    quote_id: int,
    text: str,
    analyzer: AnalyzerLike | None = None,
) -> edit.EditResult:
    _require_each(engine, actor, Action.MODERATE, [quote_id])
    return edit.edit_text(engine, quote_id, text, actor=actor.name, analyzer=analyzer)


def delete_quotes(engine: Engine, actor: Actor, quote_ids: Sequence[int]) -> int:
    require(actor, Action.DELETE)
    return edit.delete_quotes(engine, quote_ids, actor=actor.name)
