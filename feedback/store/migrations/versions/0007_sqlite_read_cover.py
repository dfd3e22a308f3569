"""SQLite: one covering index for the read side's sums

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 09:00:00

The pages' sums (trends, the title slide, the spotlight's teams, the warmest quotes) scan the
quotes of a period along ``ix_quotes_status_said_on`` and read a few narrow columns of each.
SQLite stores a quote's row with its text and analysis (about 1.5 KB), so every matching quote
cost a lookup into the wide table: at 1,000,000 quotes a period's sums took seconds each. This
index holds the columns those reads need (the JSON lists of themes and emotions are short
text in SQLite), so they read the index alone.

PostgreSQL gets no such index: it cannot put JSON into a B-tree key, and it answers these
scans with a bitmap heap scan and hash aggregates.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NAME = "ix_quotes_sqlite_reads"
COLUMNS = [
    "status",
    "said_on",
    "team_id",
    "channel",
    "language",
    "agent_id",
    "sentiment_label",
    "sentiment_compound",
    "rating",
    "rating_scale",
    "themes",
    "emotions",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.create_index(NAME, "quotes", COLUMNS, unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index(NAME, table_name="quotes")
