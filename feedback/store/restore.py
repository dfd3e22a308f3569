"""Restoring a backup (:mod:`feedback.store.backup`) into a migrated store, in ONE transaction.

The store must be at the backup's schema revision and empty, unless ``replace`` is given: then
every row it holds is deleted first, in the same transaction. Rows keep their ids; on
PostgreSQL every id sequence is then moved past the highest id, so new rows get fresh ids.
Rows are read and inserted a batch at a time (never the whole file in memory). Anything
wrong (an unknown table or column, a missing row, a file cut short) rolls everything back:
the store is then exactly as before.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any, cast

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, Integer, Table, delete, func, select

from feedback.store.backup import (
    BATCH_ROWS,
    FORMAT_VERSION,
    MAGIC,
    BackupError,
    decode,
    read_lines,
    tables,
)
from feedback.store.statistics import refresh_statistics

_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True, slots=True)
class BackupHeader:
    format: int
    schema_revision: str | None
    created_at: str
    app_version: str
    tables: tuple[str, ...]


@dataclass(slots=True)
class _Section:
    table: Table
    columns: list[Any]
    rows: int = 0
    batch: list[dict[str, Any]] = field(default_factory=list)


def open_backup(source: IO[bytes]) -> IO[bytes]:
    """``source`` itself, or a reader of its gzip content when it is compressed."""
    peek = getattr(source, "peek", None)
    if callable(peek):
        start = bytes(peek(2)[:2])
    else:  # a seekable stream without a read buffer, as io.BytesIO
        start = source.read(2)
        source.seek(0)
    if start == _GZIP_MAGIC:
        return cast(IO[bytes], gzip.GzipFile(fileobj=source, mode="rb"))
    return source


def read_header(value: Any) -> BackupHeader:
    """The header line of a backup; :class:`BackupError` when it is not one we can read."""
    if not isinstance(value, dict) or value.get("backup") != MAGIC:
        raise BackupError("not_a_backup")
    if value.get("format") != FORMAT_VERSION:
        raise BackupError("unknown_format", found=value.get("format"), known=FORMAT_VERSION)
    return BackupHeader(
        format=int(value["format"]),
        schema_revision=value.get("schema_revision"),
        created_at=str(value.get("created_at", "")),
        app_version=str(value.get("app_version", "")),
        tables=tuple(value.get("tables", ())),
    )


def restore_backup(engine: Engine, source: IO[bytes], *, replace: bool = False) -> dict[str, int]:
    """Insert every row of the backup ``source``; rows per table. See the module docstring."""
    lines = read_lines(open_backup(source))
    try:
        first = next(lines, None)
    except BackupError as exc:
        raise BackupError("not_a_backup") from exc
    header = read_header(first)
    with engine.begin() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
        if header.schema_revision != revision:
            raise BackupError("schema_mismatch", backup=header.schema_revision, store=revision)
        occupied = _occupied(conn)
        if occupied and not replace:
            raise BackupError("not_empty", tables=", ".join(occupied))
        if replace:
            for table in reversed(tables()):
                conn.execute(delete(table))
        counts = _insert_all(conn, lines)
        if conn.dialect.name == "postgresql":
            _reset_sequences(conn)
    refresh_statistics(engine)
    return counts


def _occupied(conn: Connection) -> list[str]:
    """The tables that hold rows, with their counts ("quotes (3)")."""
    out = []
    for table in tables():
        count = conn.execute(select(func.count()).select_from(table)).scalar_one()
        if count:
            out.append(f"{table.name} ({count})")
    return out


def _insert_all(conn: Connection, lines: Iterator[Any]) -> dict[str, int]:
    known = {table.name: table for table in tables()}
    counts: dict[str, int] = {}
    section: _Section | None = None
    for value in lines:
        if isinstance(value, list):
            if section is None:
                raise BackupError("damaged", detail="row outside a table")
            section.batch.append(_row(section, value))
            if len(section.batch) >= BATCH_ROWS:
                _flush(conn, section)
        elif isinstance(value, dict) and "table" in value:
            if section is not None:
                raise BackupError("damaged", detail=f"{section.table.name} has no end")
            section = _start(known, counts, value)
        elif isinstance(value, dict) and "end" in value:
            if section is None or value["end"] != section.table.name:
                raise BackupError("damaged", detail=f"unexpected end of {value['end']}")
            _flush(conn, section)
            if section.rows != value.get("rows"):
                raise BackupError("damaged", detail=f"{section.table.name}: row count")
            counts[section.table.name] = section.rows
            section = None
        elif isinstance(value, dict) and value.get("end_of_backup") is True:
            if section is not None or value.get("rows") != counts:
                raise BackupError("damaged", detail="the trailer does not match the rows")
            return counts
        else:
            raise BackupError("damaged", detail="a line of unknown kind")
    raise BackupError("incomplete")


def _start(known: dict[str, Table], counts: dict[str, int], value: dict[str, Any]) -> _Section:
    name = str(value["table"])
    if name not in known:
        raise BackupError("unknown_table", table=name)
    if name in counts:
        raise BackupError("damaged", detail=f"{name} twice")
    table = known[name]
    names = [str(c) for c in value.get("columns", ())]
    unknown = [c for c in names if c not in table.columns]
    if unknown:
        raise BackupError("unknown_columns", table=name, columns=", ".join(unknown))
    return _Section(table, [table.columns[c] for c in names])


def _row(section: _Section, values: list[Any]) -> dict[str, Any]:
    if len(values) != len(section.columns):
        raise BackupError("damaged", detail=f"{section.table.name}: a row of the wrong width")
    return {c.key: decode(c, v) for c, v in zip(section.columns, values, strict=True)}


def _flush(conn: Connection, section: _Section) -> None:
    if section.batch:
        conn.execute(section.table.insert(), section.batch)
        section.rows += len(section.batch)
        section.batch = []


def _reset_sequences(conn: Connection) -> None:
    """Move each id sequence past the highest restored id (the next insert gets max + 1)."""
    quote = conn.dialect.identifier_preparer.quote
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        key = keys[0]
        sequence = func.pg_get_serial_sequence(quote(table.name), key.name)
        # setval(seq, max + 1, false): the next value handed out is max + 1 (1 when empty).
        conn.execute(
            select(func.setval(sequence, func.coalesce(func.max(key), 0) + 1, False)).select_from(
                table
            )
        )
