"""The audit trail: one row per create, edit, status change or delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import pandas as pd
from sqlalchemy import Engine, Table, insert, select, update
from sqlalchemy.orm import Session

from feedback.store.models import AuditEntry

# What stands in an audit row for a quote's text that had to go (deleted, forgotten, purged).
FORGOTTEN = "[forgotten]"
# Why 500: keeps every IN list far below SQLite's limit on bound parameters.
_CHUNK = 500


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    changes: dict[str, Any],
) -> None:
    """Add an audit row to the caller's transaction (it commits or rolls back with the change)."""
    session.add(
        AuditEntry(actor=actor, action=action, entity=entity, entity_id=entity_id, changes=changes)
    )


def record_many(session: Session, entries: Sequence[dict[str, Any]]) -> None:
    """Add many audit rows (``actor``, ``action``, ``entity``, ``entity_id``, ``changes``) in one
    statement to the caller's transaction: an import writes hundreds per batch."""
    if entries:
        # Core, not the ORM's bulk path: a third of the time for an import batch.
        session.execute(insert(cast(Table, AuditEntry.__table__)), list(entries))


def edit_changes(old: str, new: str) -> dict[str, Any]:
    """What an edit's audit row keeps of a quote's text: its length before and after, never
    the text. The old text is what the edit replaced, often because it held personal data the
    rules missed; a copy in the log would outlive the quote's own text."""
    return {"text_chars": [len(old), len(new)]}


def without_text(changes: Any) -> dict[str, Any] | None:
    """``changes`` with every quote text in it (one, or old and new of an edit logged before
    migration 0011) replaced by :data:`FORGOTTEN`; None when it holds no text."""
    if not isinstance(changes, dict) or "text" not in changes:
        return None
    value = changes["text"]
    return {**changes, "text": [FORGOTTEN] * len(value) if isinstance(value, list) else FORGOTTEN}


def blank_quote_texts(session: Session, quote_ids: Sequence[int]) -> int:
    """Replace the texts in the audit rows of ``quote_ids`` (as created, as edited) in the
    caller's transaction; the events stay. Returns how many rows held a text."""
    ids = sorted(set(quote_ids))
    blanked = 0
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.changes).where(
                AuditEntry.entity == "quote", AuditEntry.entity_id.in_(ids[start : start + _CHUNK])
            )
        )
        for entry_id, changes in list(rows):
            if (gone := without_text(changes)) is not None and gone != changes:
                session.execute(
                    update(AuditEntry).where(AuditEntry.id == entry_id).values(changes=gone)
                )
                blanked += 1
    return blanked


def audit_frame(
    engine: Engine, *, entity: str | None = None, entity_id: int | None = None, limit: int = 500
) -> pd.DataFrame:
    """Newest audit rows first, as a DataFrame (at, actor, action, entity, entity_id, changes)."""
    query = (
        select(
            AuditEntry.at,
            AuditEntry.actor,
            AuditEntry.action,
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.changes,
        )
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    with engine.connect() as conn:
        return pd.DataFrame(
            conn.execute(query).mappings().all(),
            columns=["at", "actor", "action", "entity", "entity_id", "changes"],
        )
