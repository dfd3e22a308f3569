"""A full backup of the store as JSON Lines, written row by row (never all rows in memory).

The file (gzip-compressed when its name ends in ``.gz``; restore recognises either) is:

1. a header: ``{"backup": "love-wall", "format": 1, "schema_revision": ..., "created_at": ...,
   "app_version": ..., "tables": [...]}``;
2. per table, in the order rows can be inserted (parents first): ``{"table": name,
   "columns": [...]}``, one JSON array per row (ordered by primary key), then
   ``{"end": name, "rows": n}``;
3. a trailer ``{"end_of_backup": true, "rows": {table: n}}``: a file without it is incomplete.

Every table of :data:`feedback.store.models.Base` is in it, whatever its name, including the
users' password hashes and the key that signs sign-in cookies: a backup is an admin artefact.
Values are plain JSON: datetimes as ISO 8601 in UTC (``2026-11-23T14:05:00.123456+00:00``),
dates as ISO, JSON columns as their JSON, floats in Python's shortest exact form. The same
store gives the same rows from SQLite and PostgreSQL, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any, Protocol

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Connection, Date, DateTime, Engine, String, Table, inspect, select
from sqlalchemy.sql.elements import ColumnElement

from feedback.store.models import Base

MAGIC = "love-wall"
FORMAT_VERSION = 1
# Why 500 rows: one fetch or insert round trip per 500 rows keeps memory flat (about 4 MB
# with 2 KB rows, measured in tests/export/test_backup_streaming.py) and round trips few.
BATCH_ROWS = 500
# Tables the store has that are not data: Alembic's revision is the header's schema_revision;
# data_versions are cache counters that must only ever grow (a restore raises them itself).
# term_days, theme_days, quote_days: sums kept by triggers; a restore rebuilds them as it
# inserts.
_NOT_DATA = frozenset({"alembic_version", "data_versions", "term_days", "theme_days", "quote_days"})


class Writer(Protocol):
    """Where a backup goes: a file opened ``"wb"``, a :class:`gzip.GzipFile`, a BytesIO."""

    def write(self, data: bytes, /) -> int: ...


class BackupError(Exception):
    """A backup or restore that cannot be done; ``key`` names the message in ``backup.toml``."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(f"{key}: {params}")

    def message(self, lang: str | None) -> str:
        from feedback.i18n import t

        return t(f"backup.{self.key}", lang, **self.params)


def tables() -> list[Table]:
    """Every data table, parents before children (the order rows can be inserted in)."""
    return [table for table in Base.metadata.sorted_tables if table.name not in _NOT_DATA]


def write_backup(
    engine: Engine, out: Writer, *, created_at: dt.datetime, app_version: str
) -> dict[str, int]:
    """Write every row of the store to ``out`` from one consistent snapshot; rows per table.

    Raises :class:`BackupError` when the store holds a table this app version does not know
    (its rows would be missing from the backup)."""
    data = tables()
    with _snapshot(engine) as conn:
        unknown = sorted(set(inspect(conn).get_table_names()) - _NOT_DATA - {t.name for t in data})
        if unknown:
            raise BackupError("unknown_tables", tables=", ".join(unknown))
        _line(
            out,
            {
                "backup": MAGIC,
                "format": FORMAT_VERSION,
                "schema_revision": MigrationContext.configure(conn).get_current_revision(),
                "created_at": _utc(created_at).isoformat(),
                "app_version": app_version,
                "tables": [table.name for table in data],
            },
        )
        counts: dict[str, int] = {}
        for table in data:
            counts[table.name] = _write_table(conn, table, out)
        _line(out, {"end_of_backup": True, "rows": counts})
    return counts


def encode(column: Column[Any], value: Any) -> Any:
    """A column value as JSON (see the module docstring)."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None and getattr(column.type, "timezone", False):
            value = value.replace(tzinfo=dt.UTC)  # SQLite keeps UTC without the zone
        return (_utc(value) if value.tzinfo else value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def decode(column: Column[Any], value: Any) -> Any:
    """The inverse of :func:`encode`, led by the column's type."""
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    return value


def _write_table(conn: Connection, table: Table, out: Writer) -> int:
    columns = list(table.columns)
    _line(out, {"table": table.name, "columns": [c.name for c in columns]})
    query = select(*columns).order_by(*_key_order(conn, table))
    count = 0
    for partition in conn.execution_options(yield_per=BATCH_ROWS).execute(query).partitions():
        for row in partition:
            _line(out, [encode(c, v) for c, v in zip(columns, row, strict=True)])
        count += len(partition)
    _line(out, {"end": table.name, "rows": count})
    return count


def _key_order(conn: Connection, table: Table) -> list[ColumnElement[Any]]:
    """Primary-key order, the same on every backend: text keys by code point ("C")."""
    keys = list(table.primary_key.columns) or list(table.columns)
    postgres = conn.dialect.name == "postgresql"
    return [c.collate("C") if postgres and isinstance(c.type, String) else c for c in keys]


def _line(out: Writer, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    out.write(text.encode("utf-8") + b"\n")


def _utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC)


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A read-only connection that sees one state of the store for its whole life."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            conn.begin()
        else:
            # pysqlite begins transactions only before writes; a read needs its own BEGIN.
            conn.exec_driver_sql("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()


def read_lines(source: IO[bytes]) -> Iterator[Any]:
    """The JSON values of a backup file, one per line (blank lines skipped); a line that is
    not JSON, or a compressed file cut short, raises :class:`BackupError`."""
    number = 0
    try:
        for raw in source:
            number += 1
            if not raw.strip():
                continue
            try:
                value = json.loads(raw)
            except ValueError as exc:  # not JSON, or not UTF-8
                raise BackupError("damaged", detail=f"line {number}") from exc
            yield value
    except EOFError as exc:
        raise BackupError("incomplete") from exc
    except gzip.BadGzipFile as exc:
        raise BackupError("damaged", detail=str(exc)) from exc
