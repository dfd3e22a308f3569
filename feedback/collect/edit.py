"""Moderation writes: status changes, text edits and deletes, each one transaction with audit.

An edited text runs through the same normalise → redact → analyse steps as a new submission,
so an edit can never bring personal data back in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, delete, select

from feedback.collect.duplicates import stored_fingerprint
from feedback.collect.normalize import normalize_text
from feedback.collect.pipeline import AnalyzerLike, analyzer_for
from feedback.collect.redact_message import normalized_and_redacted
from feedback.collect.validate import Problem, only_personal_data, too_short
from feedback.domain import MAX_QUOTE_CHARS, MIN_QUOTE_LETTERS, Status
from feedback.store.audit import blank_quote_texts, edit_changes, record
from feedback.store.db import empty_sqlite_log, transaction
from feedback.store.directory import load_directory
from feedback.store.models import Quote
from feedback.store.quotes import replace_analysis


@dataclass(frozen=True, slots=True)
class EditResult:
    changed: bool
    problems: tuple[Problem, ...] = ()


def set_status(engine: Engine, quote_ids: Sequence[int], status: Status, *, actor: str) -> int:
    """Move quotes to ``status`` (one transaction, one audit row per changed quote)."""
    changed = 0
    with transaction(engine) as session:
        for quote in session.scalars(select(Quote).where(Quote.id.in_(list(quote_ids)))):
            if quote.status != status.value:
                record(
                    session,
                    actor=actor,
                    action="status",
                    entity="quote",
                    entity_id=quote.id,
                    changes={"status": [quote.status, status.value]},
                )
                quote.status = status.value
                quote.updated_at = dt.datetime.now(dt.UTC)
                changed += 1
    return changed


def edit_text(
    engine: Engine, quote_id: int, text: str, *, actor: str, analyzer: AnalyzerLike | None = None
) -> EditResult:
    """Replace a quote's text (redacted and re-analysed). The audit says who changed it when
    and its length before and after, never a text; the texts of the quote's earlier audit rows
    (as created, edits logged before 2026-12-06) are blanked, as the old text itself goes."""
    normalized = normalize_text(text)
    if not normalized:
        return EditResult(False, (Problem("text", "empty_text"),))
    if too_short(normalized):
        return EditResult(False, (Problem("text", "text_too_short", {"limit": MIN_QUOTE_LETTERS}),))
    if len(normalized) > MAX_QUOTE_CHARS:
        return EditResult(
            False,
            (
                Problem(
                    "text", "text_too_long", {"length": len(normalized), "limit": MAX_QUOTE_CHARS}
                ),
            ),
        )
    with transaction(engine) as session:
        quote = session.get_one(Quote, quote_id)
        _, redaction = normalized_and_redacted(text, load_directory(session).known_names)
        if only_personal_data(redaction):
            return EditResult(False, (Problem("text", "text_only_personal_data"),))
        if redaction.text == quote.text:
            return EditResult(False)
        new_fp = stored_fingerprint(session, quote, redaction.text)
        clash = session.scalar(
            select(Quote.id).where(Quote.fingerprint == new_fp, Quote.id != quote_id)
        )
        if clash is not None:
            return EditResult(False, (Problem("text", "duplicate", {"quote_id": clash}),))
        blank_quote_texts(session, [quote_id])
        record(
            session,
            actor=actor,
            action="edit",
            entity="quote",
            entity_id=quote_id,
            changes=edit_changes(quote.text, redaction.text),
        )
        quote.text = redaction.text
        quote.redactions = [
            {"kind": f.kind.value, "start": f.start, "end": f.end} for f in redaction.findings
        ]
        quote.fingerprint = new_fp
        quote.updated_at = dt.datetime.now(dt.UTC)
        replace_analysis(session, quote, (analyzer or analyzer_for(engine)).analyze(redaction.text))
    empty_sqlite_log(engine)  # the text as it was stays in the log's copy of its page otherwise
    return EditResult(True)


def delete_quotes(engine: Engine, quote_ids: Sequence[int], *, actor: str) -> int:
    """Delete quotes and their terms; the audit keeps who deleted what, not the text: the
    texts in the quotes' earlier audit rows (as created, as edited) are blanked too."""
    with transaction(engine) as session:
        found = list(session.scalars(select(Quote).where(Quote.id.in_(list(quote_ids)))))
        blank_quote_texts(session, [quote.id for quote in found])
        for quote in found:
            record(
                session,
                actor=actor,
                action="delete",
                entity="quote",
                entity_id=quote.id,
                changes={"status": quote.status, "said_on": quote.said_on.isoformat()},
            )
        session.execute(delete(Quote).where(Quote.id.in_([q.id for q in found])))
    empty_sqlite_log(engine)
    return len(found)
