"""SQLite query plans of what a piece of code reads (for tests that pin an index)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event


def sqlite_plans(engine: Engine, run: Callable[[], Any], table: str | None = None) -> list[str]:
    """The query plan (EXPLAIN QUERY PLAN details joined by " / ") of every SELECT that
    ``run()`` sends to ``engine``; with ``table``, only those reading ``FROM <table>``."""
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and (
            table is None or f"FROM {table}" in statement
        ):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    with engine.connect() as conn:
        return [
            " / ".join(row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))
            for sql, params in statements
        ]
