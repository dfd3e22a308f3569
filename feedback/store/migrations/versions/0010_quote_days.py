"""quote_days: the trends' sums per day at write time, kept by triggers

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 04:50:00

The trends page sums quotes per day, team and channel (counts, sentiment, ratings). With the
default twelve months compared with the twelve before, that read every quote of two years: at
1,000,000 quotes 1.5 s warm and 2.4 s cold on SQLite, most of a cold page. ``quote_days`` holds
those sums per day, status, language, team and channel: a period reads its days.

Triggers on ``quotes`` keep it exact whoever writes, inside the writer's own transaction, as
for ``theme_days`` (0009): a quote inserted adds its share under its key; a quote whose key,
sentiment or rating changes moves it; a quote deleted subtracts it. Rows whose quote count
reaches 0 are deleted; no team is team 0. Derived data: backups leave it out, a restore
rebuilds it. Names are constants of this file.
"""

# Every table, column and trigger name in these statements is a constant of this file.
# ruff: noqa: S608

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from feedback.store.migrations.row_triggers import create_row_trigger, drop_row_trigger

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLE = "quote_days"
KEY = ("status", "said_on", "language", "team_id", "channel")
SUMS = (
    "quotes",
    "positive",
    "scored",
    "compound_sum",
    "scored_positive",
    "scored_negative",
    "rated",
    "score_sum",
    "satisfied",
)
SATISFIED_FROM = 0.75  # as feedback.store.trend_rollup.SATISFIED_FROM when this ran
_KEY_LIST = ", ".join(KEY)
_SUM_LIST = ", ".join(SUMS)


def _shares(q: str) -> list[str]:
    """What quote ``q`` (NEW, OLD or a table alias) adds to each of ``SUMS``."""
    raw = f"(({q}.rating - 1.0) / ({q}.rating_scale - 1.0))"
    score = (
        f"(CASE WHEN {q}.rating_scale > 1 AND {q}.rating IS NOT NULL THEN"
        f" (CASE WHEN {raw} < 0 THEN 0.0 WHEN {raw} > 1 THEN 1.0 ELSE {raw} END) END)"
    )
    scored = f"{q}.sentiment_compound IS NOT NULL"
    return [
        "1",
        f"(CASE WHEN {q}.sentiment_label = 'positive' THEN 1 ELSE 0 END)",
        f"(CASE WHEN {scored} THEN 1 ELSE 0 END)",
        f"COALESCE({q}.sentiment_compound, 0.0)",
        f"(CASE WHEN {scored} AND {q}.sentiment_label = 'positive' THEN 1 ELSE 0 END)",
        f"(CASE WHEN {scored} AND {q}.sentiment_label = 'negative' THEN 1 ELSE 0 END)",
        f"(CASE WHEN {score} IS NOT NULL THEN 1 ELSE 0 END)",
        f"COALESCE({score}, 0.0)",
        f"(CASE WHEN {score} >= {SATISFIED_FROM} THEN 1 ELSE 0 END)",
    ]


def _key_values(q: str) -> str:
    return f"{q}.status, {q}.said_on, {q}.language, COALESCE({q}.team_id, 0), {q}.channel"


def _add(q: str) -> str:
    updates = ", ".join(f"{name} = {TABLE}.{name} + excluded.{name}" for name in SUMS)
    return (
        f"INSERT INTO {TABLE} ({_KEY_LIST}, {_SUM_LIST})"
        f" VALUES ({_key_values(q)}, {', '.join(_shares(q))})"
        f" ON CONFLICT ({_KEY_LIST}) DO UPDATE SET {updates}"
    )


def _subtract(q: str) -> list[str]:
    key = (
        f"status = {q}.status AND said_on = {q}.said_on AND language = {q}.language"
        f" AND team_id = COALESCE({q}.team_id, 0) AND channel = {q}.channel"
    )
    sets = ", ".join(
        f"{name} = {name} - {share}" for name, share in zip(SUMS, _shares(q), strict=True)
    )
    return [
        f"UPDATE {TABLE} SET {sets} WHERE {key}",
        f"DELETE FROM {TABLE} WHERE {key} AND quotes <= 0",
    ]


def _changed(dialect: str) -> str:
    differs = "IS DISTINCT FROM" if dialect == "postgresql" else "IS NOT"
    columns = (
        "status", "said_on", "language", "team_id", "channel", "sentiment_label",
        "sentiment_compound", "rating", "rating_scale",
    )  # fmt: skip
    return " OR ".join(f"OLD.{c} {differs} NEW.{c}" for c in columns)


def _bodies(dialect: str) -> dict[str, tuple[str, list[str], str]]:
    return {
        "quote_days_quote_added": ("AFTER INSERT", [_add("NEW")], ""),
        "quote_days_quote_changed": (
            "AFTER UPDATE",
            [*_subtract("OLD"), _add("NEW")],
            _changed(dialect),
        ),
        "quote_days_quote_removed": ("AFTER DELETE", _subtract("OLD"), ""),
    }


def _create_triggers(dialect: str) -> None:
    for name, (timing, statements, when) in _bodies(dialect).items():
        create_row_trigger(dialect, name, timing, "quotes", statements, when)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        TABLE,
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("said_on", sa.Date(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        *(
            sa.Column(name, sa.Float() if name.endswith("_sum") else sa.Integer(), nullable=False)
            for name in SUMS
        ),
        sa.PrimaryKeyConstraint(*KEY, name=op.f("pk_quote_days")),
    )
    sums = ", ".join(f"SUM({share})" for share in _shares("q"))
    op.execute(
        f"INSERT INTO {TABLE} ({_KEY_LIST}, {_SUM_LIST})"
        f" SELECT {_key_values('q')}, {sums} FROM quotes q"
        " GROUP BY q.status, q.said_on, q.language, COALESCE(q.team_id, 0), q.channel"
    )
    _create_triggers(dialect)
    op.execute(f"ANALYZE {TABLE}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name in _bodies(dialect):
        drop_row_trigger(dialect, name, "quotes")
    op.drop_table(TABLE)
