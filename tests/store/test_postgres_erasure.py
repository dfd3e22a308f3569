"""On PostgreSQL a deleted or overwritten row stays in its page until the space is reused: a
data-subject request rewrites the tables it touched, so the text is in no page of the store.
Read with pageinspect, the pages as the server holds them (needs a superuser, as the tests'
``postgres``)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, Engine, LargeBinary, String, bindparam, text

from feedback.auth.roles import Actor
from feedback.collect.pipeline import submit_many
from feedback.services.privacy import forget_agent, forget_text
from feedback.store.db import ERASED_TABLES, rewrite_postgres_tables
from tests.conftest import TODAY, draft

SECRET = "Zebrafinkzucht"
WORDS = f"Anna hat uns bei der {SECRET} super geholfen, danke!"


@pytest.fixture
def pages(engine: Engine) -> Iterator[Connection]:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite overwrites what it deletes (tests/store/test_erasure.py)")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS pageinspect SCHEMA public"))
        yield conn


def _pages_holding(conn: Connection, needle: str) -> dict[str, int]:
    """How many pages of each table hold ``needle``'s bytes."""
    schema = conn.execute(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'pageinspect'"
        )
    ).scalar_one()
    found = {}
    for table in ERASED_TABLES:
        found[table] = conn.execute(
            text(
                "SELECT count(*) FROM generate_series(0, pg_relation_size(:t) / 8192 - 1) AS b"
                f' WHERE position(:n IN "{schema}".get_raw_page(:t, b::int)) > 0'
            ).bindparams(bindparam("t", type_=String), bindparam("n", type_=LargeBinary)),
            {"t": table, "n": needle.encode()},
        ).scalar_one()
    return found


def _stored(engine: Engine, agent: int, words: str = WORDS) -> None:
    assert submit_many(engine, [draft(words, agent)], today=TODAY)[0].quote_id is not None


def _rewritten(engine: Engine, first: bool | None) -> None:
    """Other sessions on the test server (other suites) may hold a snapshot from before the
    delete: the rewrite then keeps the rows and says so (False). Once they are done it works."""
    done, tries = first, 0
    while done is False and tries < 20:
        time.sleep(0.5)
        done, tries = rewrite_postgres_tables(engine), tries + 1
    assert done is True


def test_forget_text_leaves_the_text_in_no_page(engine, people, pages):
    for n in range(30):  # other quotes on the same pages
        _stored(engine, people["jonas"], f"Jonas hat mir das {n}. Mal geduldig geholfen.")
    _stored(engine, people["anna"])
    assert _pages_holding(pages, SECRET)["quotes"] == 1

    report = forget_text(engine, Actor.system("test"), SECRET)

    assert report.count == 1
    _rewritten(engine, report.rewritten)
    assert _pages_holding(pages, SECRET) == dict.fromkeys(ERASED_TABLES, 0)
    assert _pages_holding(pages, "geduldig")["quotes"] >= 1  # the others stay


def test_forget_agent_leaves_their_name_in_no_page(engine, people, pages):
    _stored(engine, people["jonas"], "Jonas war super, danke für die Geduld!")
    _stored(engine, people["aylin"], "Aylin Kaya hat mir so gut geholfen, danke!")

    report = forget_agent(engine, Actor.system("test"), "aylin.kaya")

    _rewritten(engine, report.rewritten)
    assert _pages_holding(pages, "Kaya") == dict.fromkeys(ERASED_TABLES, 0)


def test_a_dry_run_rewrites_nothing(engine, people, pages):
    _stored(engine, people["anna"])
    assert forget_text(engine, Actor.system("test"), SECRET, dry_run=True).rewritten is None


def test_a_table_in_use_is_left_for_later_and_said_so(engine, people, pages):
    _stored(engine, people["anna"])
    with engine.connect() as reader:  # a page's query, its transaction still open
        reader.execute(text("SELECT count(*) FROM quotes")).scalar_one()
        assert rewrite_postgres_tables(engine, ("quotes",), lock_timeout_ms=200) is False
    _rewritten(engine, rewrite_postgres_tables(engine, ("quotes",), lock_timeout_ms=200))


def test_rows_an_older_snapshot_can_still_see_are_not_called_gone(engine, people, pages):
    """A transaction from before the delete (a report, a pg_dump) keeps the deleted rows
    readable to it; VACUUM FULL must copy them, and the request must not claim they went."""
    _stored(engine, people["anna"])
    with engine.connect() as other:  # a snapshot from before, on another table
        other.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        other.execute(text("SELECT count(*) FROM teams")).scalar_one()
        report = forget_text(engine, Actor.system("test"), SECRET)
        assert report.count == 1
        assert report.rewritten is False
        assert _pages_holding(pages, SECRET)["quotes"] == 1  # it is still there, as said
    _rewritten(engine, False)
    assert _pages_holding(pages, SECRET)["quotes"] == 0


def test_sqlite_needs_no_rewrite(engine):
    if engine.dialect.name != "sqlite":
        pytest.skip("the SQLite variant")
    assert rewrite_postgres_tables(engine) is None
