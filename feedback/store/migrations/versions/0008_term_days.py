"""term_days: the word clouds' counts summed per day at write time, kept by triggers

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 16:30:00

A word cloud sums ``quote_terms`` over the quotes of a period. At 1,000,000 quotes that is
about 8.7 million term rows joined to the quotes and grouped: 4 s on SQLite, read on every
first view of a cloud. ``term_days`` holds the same counts summed per day, status, language,
team, channel and term, so a cloud over a period reads the sums of its days.

Triggers, not application code, keep it exact whoever writes (the app, the CLI, importers,
restores, raw SQL), inside the writer's own transaction:

- a term row inserted adds its count under its quote's key; one deleted subtracts it;
- a quote whose status, day, language, team or channel changes moves its terms' counts from
  the old key to the new one (a team deleted sets ``team_id`` to NULL, an update too);
- a quote deleted subtracts its terms before the cascade removes them (the term rows' own
  trigger then finds no quote and does nothing).

Sums that reach 0 are deleted. No team is team 0 (a key has no NULLs, so that upserts match).
The table is derived data: backups leave it out, and a restore rebuilds it through the
triggers. The names here are constants of this file (not imported), so that this migration
keeps meaning what it meant when it ran.
"""

# Every table, column and trigger name in these statements is a constant of this file.
# ruff: noqa: S608

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from feedback.store.migrations.row_triggers import create_row_trigger, drop_row_trigger

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLE = "term_days"
KEY = ("status", "said_on", "language", "team_id", "channel", "kind", "term", "surface")
_KEY_LIST = ", ".join(KEY)


def _add_terms(quote: str, where: str) -> str:
    """Add the counts of the term rows ``where`` under ``quote``'s key (OLD, NEW or a table)."""
    return (
        f"INSERT INTO {TABLE} ({_KEY_LIST}, count)"
        f" SELECT {quote}.status, {quote}.said_on, {quote}.language,"
        f" COALESCE({quote}.team_id, 0), {quote}.channel, t.kind, t.term, t.surface, SUM(t.count)"
        f" FROM quote_terms t WHERE {where}"
        " GROUP BY t.kind, t.term, t.surface"
        f" ON CONFLICT ({_KEY_LIST}) DO UPDATE SET count = {TABLE}.count + excluded.count"
    )


def _quote_key(quote: str) -> str:
    return (
        f"status = {quote}.status AND said_on = {quote}.said_on"
        f" AND language = {quote}.language AND team_id = COALESCE({quote}.team_id, 0)"
        f" AND channel = {quote}.channel"
    )


def _subtract_quote(quote: str) -> list[str]:
    """Subtract every term of ``quote`` (OLD) from its key, then drop the sums left at 0."""
    own = (
        f"t.quote_id = {quote}.id AND t.kind = {TABLE}.kind AND t.term = {TABLE}.term"
        f" AND t.surface = {TABLE}.surface"
    )
    return [
        f"UPDATE {TABLE} SET count = count - (SELECT SUM(t.count) FROM quote_terms t WHERE {own})"
        f" WHERE {_quote_key(quote)} AND EXISTS (SELECT 1 FROM quote_terms t WHERE {own})",
        f"DELETE FROM {TABLE} WHERE {_quote_key(quote)} AND count <= 0",
    ]


# One term row (NEW or OLD) against its quote's key; no row when the quote is gone.
_TERM_KEY = (
    "(status, said_on, language, team_id, channel, kind, term, surface) = "
    "(SELECT q.status, q.said_on, q.language, COALESCE(q.team_id, 0), q.channel,"
    " {row}.kind, {row}.term, {row}.surface FROM quotes q WHERE q.id = {row}.quote_id)"
)
_MOVED = (
    "OLD.status <> NEW.status OR OLD.said_on <> NEW.said_on OR OLD.language <> NEW.language"
    " OR COALESCE(OLD.team_id, 0) <> COALESCE(NEW.team_id, 0) OR OLD.channel <> NEW.channel"
)


def _term_added() -> list[str]:
    # A single row: its quote's key, its own term (SQLite wants a WHERE before ON CONFLICT).
    return [
        f"INSERT INTO {TABLE} ({_KEY_LIST}, count)"
        " SELECT q.status, q.said_on, q.language, COALESCE(q.team_id, 0), q.channel,"
        " NEW.kind, NEW.term, NEW.surface, NEW.count FROM quotes q WHERE q.id = NEW.quote_id"
        f" ON CONFLICT ({_KEY_LIST}) DO UPDATE SET count = {TABLE}.count + excluded.count"
    ]


def _term_removed() -> list[str]:
    key = _TERM_KEY.format(row="OLD")
    return [
        f"UPDATE {TABLE} SET count = count - OLD.count WHERE {key}",
        f"DELETE FROM {TABLE} WHERE {key} AND count <= 0",
    ]


def _quote_moved() -> list[str]:
    return [*_subtract_quote("OLD"), _add_terms("NEW", "t.quote_id = NEW.id")]


_BODIES = {
    "term_days_term_added": ("AFTER INSERT", "quote_terms", _term_added, ""),
    "term_days_term_removed": ("AFTER DELETE", "quote_terms", _term_removed, ""),
    "term_days_quote_moved": ("AFTER UPDATE", "quotes", _quote_moved, _MOVED),
    "term_days_quote_removed": ("BEFORE DELETE", "quotes", lambda: _subtract_quote("OLD"), ""),
}


def _create_triggers(dialect: str) -> None:
    for name, (timing, table, body, when) in _BODIES.items():
        create_row_trigger(dialect, name, timing, table, body(), when)


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("said_on", sa.Date(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("term", sa.String(length=120), nullable=False),
        sa.Column("surface", sa.String(length=120), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*KEY, name=op.f("pk_term_days")),
    )
    op.execute(
        f"INSERT INTO {TABLE} ({_KEY_LIST}, count)"
        " SELECT q.status, q.said_on, q.language, COALESCE(q.team_id, 0), q.channel,"
        " t.kind, t.term, t.surface, SUM(t.count)"
        " FROM quote_terms t JOIN quotes q ON q.id = t.quote_id"
        " GROUP BY q.status, q.said_on, q.language, COALESCE(q.team_id, 0), q.channel,"
        " t.kind, t.term, t.surface"
    )
    _create_triggers(op.get_bind().dialect.name)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, (_timing, table, _body, _when) in _BODIES.items():
        drop_row_trigger(dialect, name, table)
    op.drop_table(TABLE)
