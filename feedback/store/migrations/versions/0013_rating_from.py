"""quotes.rating_from: where a rating's scale starts (1, or 0 for the NPS's 0..10)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 12:10:00

Ratings were stored on 1..``rating_scale``, so an NPS answer or a Typeform opinion scale of 0
("how likely ... (0-10)") was rejected as "not between 1 and 10": a real NPS export lost all
its strongest detractors. A rating is now stored as written with its scale's lower bound:
``rating_from`` is 1 (every quote so far; the server default) or 0.

The trends' day sums (``quote_days``, migration 0010) put a rating on [0, 1] as
``(rating - 1) / (scale - 1)``; from now on as ``(rating - rating_from) / (scale -
rating_from)``. The triggers are recreated from 0010's statements with that one change (and a
change of ``rating_from`` moves a quote too); the sums themselves hold: every stored quote has
``rating_from`` 1. On SQLite the read side's covering index (0007) gains the column, so that
the sums keep reading the index alone.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

from feedback.store.migrations.row_triggers import create_row_trigger, drop_row_trigger

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

COVER = "ix_quotes_sqlite_reads"
# 0010's normalisation of a rating, and what it becomes (``{q}``: NEW, OLD or an alias).
_FROM_ONE = ("(({q}.rating - 1.0) / ({q}.rating_scale - 1.0))", "{q}.rating_scale > 1")
_FROM_LOW = (
    "(({q}.rating - {q}.rating_from) / ({q}.rating_scale - {q}.rating_from * 1.0))",
    "{q}.rating_scale > {q}.rating_from",
)


def _migration(name: str) -> ModuleType:
    """An earlier migration (its statements are its constants; a module name cannot start
    with a digit): ``0010_quote_days`` for the triggers, ``0007_sqlite_read_cover`` for the
    covering index's columns."""
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(f"migration_{name}", path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _from_low(statement: str) -> str:
    for q in ("NEW", "OLD"):
        for before, after in zip(_FROM_ONE, _FROM_LOW, strict=True):
            statement = statement.replace(before.format(q=q), after.format(q=q))
    return statement


def _bodies(dialect: str) -> dict[str, tuple[str, list[str], str]]:
    """0010's triggers with a rating put on [0, 1] from its own scale's start."""
    bodies: dict[str, tuple[str, list[str], str]] = {}
    for name, (timing, statements, when) in _migration("0010_quote_days")._bodies(dialect).items():
        changed = statements != [_from_low(s) for s in statements]
        assert changed, f"{name}: 0010's normalisation not found"
        differs = "IS DISTINCT FROM" if dialect == "postgresql" else "IS NOT"
        moved = f"{when} OR OLD.rating_from {differs} NEW.rating_from" if when else ""
        bodies[name] = (timing, [_from_low(s) for s in statements], moved)
    return bodies


def _replace_triggers(dialect: str, bodies: dict[str, tuple[str, list[str], str]]) -> None:
    for name, (timing, statements, when) in bodies.items():
        drop_row_trigger(dialect, name, "quotes")
        create_row_trigger(dialect, name, timing, "quotes", statements, when)


def _cover() -> list[str]:
    """0007's covering index's columns, ``rating_from`` after ``rating_scale``."""
    columns = list(_migration("0007_sqlite_read_cover").COLUMNS)
    columns.insert(columns.index("rating_scale") + 1, "rating_from")
    return columns


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column(
        "quotes",
        sa.Column("rating_from", sa.Integer(), nullable=False, server_default=sa.text("1")),
    )
    _replace_triggers(dialect, _bodies(dialect))
    if dialect == "sqlite":
        op.drop_index(COVER, table_name="quotes")
        op.create_index(COVER, "quotes", _cover(), unique=False)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _replace_triggers(dialect, _migration("0010_quote_days")._bodies(dialect))
    if dialect == "sqlite":
        op.drop_index(COVER, table_name="quotes")
        op.create_index(COVER, "quotes", _migration("0007_sqlite_read_cover").COLUMNS, unique=False)
    # A plain DROP COLUMN (SQLite 3.35+): a batch rebuild would lose the row triggers.
    op.drop_column("quotes", "rating_from")
