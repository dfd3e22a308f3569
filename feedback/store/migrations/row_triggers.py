"""Row triggers on SQLite and PostgreSQL for the migrations that keep derived day sums.

Mechanism only: the statements, names and conditions stay constants of each migration, so a
migration keeps meaning what it meant when it ran. PostgreSQL needs a function per trigger;
SQLite takes the statements in the trigger's body.
"""

from __future__ import annotations

from alembic import op


def create_row_trigger(
    dialect: str, name: str, timing: str, table: str, statements: list[str], when: str = ""
) -> None:
    """``CREATE TRIGGER name timing ON table FOR EACH ROW [WHEN when]`` running ``statements``."""
    if dialect == "postgresql":
        done = "OLD" if timing == "BEFORE DELETE" else "NULL"
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            + "; ".join(statements)
            + f"; RETURN {done}; END $$"
        )
        condition = f" WHEN ({when})" if when else ""
        op.execute(
            f"CREATE TRIGGER {name} {timing} ON {table} FOR EACH ROW{condition}"
            f" EXECUTE FUNCTION {name}()"
        )
    else:
        condition = f" WHEN {when}" if when else ""
        op.execute(
            f"CREATE TRIGGER {name} {timing} ON {table} FOR EACH ROW{condition} BEGIN "
            + "; ".join(statements)
            + "; END"
        )


def drop_row_trigger(dialect: str, name: str, table: str) -> None:
    """Drop the trigger ``name`` on ``table`` (and its function on PostgreSQL), if it exists."""
    if dialect == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
