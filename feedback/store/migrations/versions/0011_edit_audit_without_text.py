"""quote edits in the audit log without their texts

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 04:00:00

Until now an edit's audit row kept the old and the new text of the quote, and the row of the
quote as created kept its first text. A moderator edits a text mostly to take out what the
redaction rules missed (a street, a name nothing marks as one), so the log kept exactly that,
for as long as the quote lived. From now on an edit logs who changed the text, when, and its
length before and after (``{"text_chars": [old, new]}``), and blanks the quote's earlier audit
texts. This migration does the same to the rows already stored: every edit row of a quote gets
its lengths instead of its texts, and the created row of every edited quote loses its text.
The events stay. Texts already blanked (``[forgotten]``) stay as they are.

The texts cannot come back: the downgrade leaves the rows as they are.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

FORGOTTEN = "[forgotten]"  # as feedback.store.audit.FORGOTTEN when this ran

_audit = sa.table(
    "audit_log",
    sa.column("id", sa.Integer),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("changes", sa.JSON),
)


def _lengths(changes: dict[str, Any]) -> dict[str, Any] | None:
    """An edit row's changes with lengths for texts; None when it needs no change."""
    value = changes.get("text")
    if not isinstance(value, list) or len(value) != 2:
        return None
    if not all(isinstance(v, str) for v in value) or FORGOTTEN in value:
        return None
    rest = {k: v for k, v in changes.items() if k != "text"}
    return {**rest, "text_chars": [len(value[0]), len(value[1])]}


def upgrade() -> None:
    conn = op.get_bind()
    edits = conn.execute(
        sa.select(_audit.c.id, _audit.c.entity_id, _audit.c.changes).where(
            _audit.c.entity == "quote", _audit.c.action == "edit"
        )
    ).all()
    edited: set[int] = set()
    for entry_id, quote_id, changes in edits:
        if quote_id is not None:
            edited.add(int(quote_id))
        fresh = _lengths(changes) if isinstance(changes, dict) else None
        if fresh is not None:
            conn.execute(sa.update(_audit).where(_audit.c.id == entry_id).values(changes=fresh))
    ids = sorted(edited)
    for start in range(0, len(ids), 500):
        created = conn.execute(
            sa.select(_audit.c.id, _audit.c.changes).where(
                _audit.c.entity == "quote",
                _audit.c.action == "create",
                _audit.c.entity_id.in_(ids[start : start + 500]),
            )
        ).all()
        for entry_id, changes in created:
            text = changes.get("text") if isinstance(changes, dict) else None
            if isinstance(text, str) and text != FORGOTTEN:
                conn.execute(
                    sa.update(_audit)
                    .where(_audit.c.id == entry_id)
                    .values(changes={**changes, "text": FORGOTTEN})
                )


def downgrade() -> None:
    """The texts are gone; nothing to put back."""
