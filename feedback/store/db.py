"""Engines and transactions. One place decides SQLite pragmas and how a write is committed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from feedback.config import database_url

# Why 30 s: SQLite has one writer at a time, and a writer that finds the lock taken waits up to
# this long before failing with "database is locked". Imports commit in batches of a few
# hundred rows (well under a second each), but a person submitting may queue behind several
# writers at once (an import batch, a reanalyse batch, a purge, other people), on a slow disk.
# 30 s covers that queue many times over; a lock held longer means a stuck process, which
# should surface as an error rather than a page that hangs for minutes.
_SQLITE_BUSY_TIMEOUT_MS = 30_000


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` (default: :func:`feedback.config.database_url`).

    SQLite files get WAL mode, foreign keys and a busy timeout; their folder is created.
    Errors and logs show statements without their parameters (``hide_parameters``).
    """
    url = url or database_url()
    parsed = make_url(url)
    # A failed statement's message and log line name no values: those are customers' texts.
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    event.listen(engine, "handle_error", _without_row_values)
    return engine


def _without_row_values(context: ExceptionContext) -> None:
    """A PostgreSQL error's message without its DETAIL line. A constraint that fails says
    "DETAIL: Failing row contains (…)" with the row's values, a customer's text among them, and
    ``hide_parameters`` does not reach it: the message went to the log, the command line's
    traceback and the page's error box. The detail stays in ``orig.diag`` for code that needs
    it; the message keeps what went wrong and where ("null value in column … of relation …")."""
    orig = context.original_exception
    diag = getattr(orig, "diag", None)
    primary = getattr(diag, "message_primary", None)
    if not (getattr(diag, "message_detail", None) and primary):
        return
    full = str(orig)
    orig.args = (primary,)
    wrapped = context.sqlalchemy_exception  # its message was made from the driver's, DETAIL too
    if wrapped is not None and wrapped.args and isinstance(wrapped.args[0], str):
        wrapped.args = (wrapped.args[0].replace(full, primary), *wrapped.args[1:])


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={_SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # A deleted row's bytes are overwritten, not left in free pages: a forgotten or purged
    # quote, or a text that redact-again cleaned, must not stay readable in the file. Many
    # builds do this by default; some (SQLite's own default) do not.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def empty_sqlite_log(engine: Engine) -> None:
    """After deleting or overwriting customers' texts: on SQLite, copy the write-ahead log
    into the database file and empty it. The log keeps the pages as they were before, and an
    app that keeps the store open keeps its log, so a forgotten text would stay readable in
    ``feedback.db-wal`` (and in any copy of the folder). No effect on other backends."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# Tables a data-subject request deletes or overwrites customers' texts, words or agents' names
# in: the quotes, their counted words (and their index keys), the audit log, the agents.
ERASED_TABLES = ("quotes", "quote_terms", "term_days", "audit_log", "agents")
# Why 10 s: the rewrite waits this long for readers (an open page's query) to finish, then gives
# up rather than stall every page behind its lock; the command says so and how to run it later.
_REWRITE_LOCK_TIMEOUT_MS = 10_000


def rewrite_postgres_tables(
    engine: Engine,
    tables: tuple[str, ...] = ERASED_TABLES,
    *,
    lock_timeout_ms: int = _REWRITE_LOCK_TIMEOUT_MS,
) -> bool | None:
    """After deleting or overwriting customers' texts on PostgreSQL: rewrite ``tables``
    (``VACUUM FULL``), so no deleted row's bytes stay in the database files. A plain ``VACUUM``
    (and autovacuum) marks the space free but can leave the bytes in the page until a new row
    takes it: measured on PostgreSQL 15, a deleted tuple's text was still in the page after
    ``VACUUM``, gone after ``VACUUM FULL``. The rewrite locks each table while it copies it
    (measured here: 2.0 s for a table of 300,000 rows of about 300 bytes each).

    A transaction that began before the delete (a long report, a running ``pg_dump``) may
    still read the deleted rows, so the rewrite must copy them too; PostgreSQL says so in its
    verbose report ("1 dead row versions cannot be removed yet"), and this counts as not done.

    Returns None on other backends, True when done, False when a table stayed in use past the
    lock timeout or kept rows an open transaction could still see (then run ``VACUUM FULL``
    later). Not inside a transaction (PostgreSQL refuses to vacuum in one)."""
    if engine.dialect.name != "postgresql":
        return None
    kept: list[int] = []

    def count_kept(notice: Any) -> None:
        # The detail of the "found N removable, M nonremovable" line starts with how many dead
        # rows had to stay, in any server language: "1 dead row versions cannot be removed yet".
        found = _LEADING_COUNT.match(getattr(notice, "message_detail", None) or "")
        if found:
            kept.append(int(found.group(1)))

    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        driver: Any = connection.connection.driver_connection  # psycopg's Connection
        driver.add_notice_handler(count_kept)
        try:
            connection.exec_driver_sql(f"SET lock_timeout = {int(lock_timeout_ms)}")
            for table in tables:
                # Names from ERASED_TABLES or the caller's constants, never from input.
                name = connection.dialect.identifier_preparer.quote(table)
                connection.exec_driver_sql(f"VACUUM (FULL, VERBOSE) {name}")
        except OperationalError:
            return False
        finally:
            driver.remove_notice_handler(count_kept)
    return not any(kept)


_LEADING_COUNT = re.compile(r"\s*(\d+)\s")


def widen_sqlite_cache(engine: Engine, megabytes: int) -> None:
    """Give every SQLite connection opened from now on a page cache of ``megabytes``.

    For a process that writes a large import: SQLite's default cache is 2 MB per connection,
    so as the store grows past a few hundred thousand quotes, each insert and duplicate check
    reads index pages through the operating system again (the system time per imported row
    doubled within 60,000 rows; with 64 MB it stayed flat). The memory is taken only as pages
    are read. No effect on other backends.
    """
    if engine.dialect.name != "sqlite":
        return

    def pragma(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA cache_size=-{int(megabytes) * 1024}")  # negative: in KiB
        cursor.close()

    event.listen(engine, "connect", pragma)
    engine.dispose()  # pooled connections close; new ones get the cache


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back everything on any exception."""
    with session_factory(engine)() as session, session.begin():
        yield session
