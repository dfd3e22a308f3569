"""read indexes: quote terms by (quote_id, kind); the audit log by time

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 22:00:00

- ``quote_terms (quote_id, kind)`` replaces the index on ``quote_id`` alone. A word cloud sums
  the terms of one kind over the matching quotes. With stale planner statistics (right after a
  bulk load, before ANALYZE) PostgreSQL chose a nested loop that, for every quote, ANDed a
  bitmap of the quote's terms with the bitmap of every term of that kind, millions of rows:
  the query ran for more than ten minutes at 300,000 quotes. With both columns in one index
  the inner lookup is one short index range whatever the statistics say.
- ``audit_log (at)``: the audit page lists the newest entries first and filters by period.
- ``quotes (status, submitted_at)``: the moderation queue lists the latest handed-in quotes
  first, one page of them.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quote_terms", schema=None) as batch_op:
        batch_op.create_index("ix_quote_terms_quote_kind", ["quote_id", "kind"], unique=False)
        batch_op.drop_index("ix_quote_terms_quote_id")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_at", ["at"], unique=False)
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_quotes_status_submitted_at", ["status", "submitted_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_status_submitted_at")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_at")
    with op.batch_alter_table("quote_terms", schema=None) as batch_op:
        batch_op.create_index("ix_quote_terms_quote_id", ["quote_id"], unique=False)
        batch_op.drop_index("ix_quote_terms_quote_kind")
