"""Reading the audit log: filters and pages in SQL, newest first, only for roles that may."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.services.audit import MAX_LIMIT, AuditFilter, read_audit
from feedback.store.db import make_engine, transaction
from feedback.store.migrate import upgrade
from feedback.store.models import AuditEntry

ADMIN = Actor("admin.anna", Role.ADMIN)
BERLIN = ZoneInfo("Europe/Berlin")
T0 = dt.datetime(2026, 3, 1, 22, 30, tzinfo=dt.UTC)  # 23:30 in Berlin, still 1 March

# (minutes after T0, actor, action, entity, entity_id); ids follow this order.
ROWS = [
    (0, "anna.meier", "create", "quote", 1),
    (10, "admin.anna", "status", "quote", 1),
    (40, "jonas.becker", "login", "user", 2),  # 23:10 UTC = 00:10 on 2 March in Berlin
    (50, "jonas.becker", "login_failed", "user", 2),
    (60, "100%_sure", "edit", "settings", None),
    (70, "admin.anna", "edit", "agent", 3),
    (80, "admin.anna", "create", "team", 4),
]


@pytest.fixture
def logged(engine):
    with transaction(engine) as session:
        for minutes, actor, action, entity, entity_id in ROWS:
            session.add(
                AuditEntry(
                    at=T0 + dt.timedelta(minutes=minutes),
                    actor=actor,
                    action=action,
                    entity=entity,
                    entity_id=entity_id,
                    changes={"n": minutes},
                )
            )
    return engine


def _minutes(page) -> list[int]:
    return [row.changes["n"] for row in page.rows]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (AuditFilter(), [80, 70, 60, 50, 40, 10, 0]),
        (AuditFilter(action="edit"), [70, 60]),
        (AuditFilter(entity="quote"), [10, 0]),
        (AuditFilter(action="create", entity="team"), [80]),
        (AuditFilter(actor="ANNA"), [80, 70, 10, 0]),  # part of the name, any case
        (AuditFilter(actor=" jonas "), [50, 40]),
        (AuditFilter(actor="%"), [60]),  # LIKE's wildcards are plain characters here
        (AuditFilter(actor="_"), [60]),
        (AuditFilter(actor="nobody"), []),
        # A NUL failed on PostgreSQL (DataError), a lone surrogate anywhere: both are dropped.
        (AuditFilter(actor="jo\x00nas"), [50, 40]),
        (AuditFilter(actor="\ud800jonas"), [50, 40]),
        (AuditFilter(action="purge"), []),
        # Berlin's 1 March ends at 23:00 UTC: start inclusive, end exclusive.
        (
            AuditFilter(
                start=dt.datetime(2026, 3, 1, tzinfo=BERLIN),
                end=dt.datetime(2026, 3, 2, tzinfo=BERLIN),
            ),
            [10, 0],
        ),
        (AuditFilter(start=dt.datetime(2026, 3, 2, tzinfo=BERLIN)), [80, 70, 60, 50, 40]),
        (AuditFilter(start=T0 + dt.timedelta(minutes=10)), [80, 70, 60, 50, 40, 10]),
        (AuditFilter(end=T0 + dt.timedelta(minutes=10)), [0]),
        # A naive bound counts as UTC.
        (AuditFilter(end=dt.datetime(2026, 3, 1, 22, 40)), [0]),
        (AuditFilter(start=T0, end=T0 + dt.timedelta(hours=2), entity="user"), [50, 40]),
    ],
)
def test_filters(logged, flt, expected):
    page = read_audit(logged, ADMIN, flt)
    assert _minutes(page) == expected
    assert not page.has_more


@pytest.mark.parametrize(
    ("limit", "offset", "expected", "has_more"),
    [
        (3, 0, [80, 70, 60], True),
        (3, 3, [50, 40, 10], True),
        (3, 6, [0], False),
        (7, 0, [80, 70, 60, 50, 40, 10, 0], False),
        (3, 7, [], False),
    ],
)
def test_pages_newest_first(logged, limit, offset, expected, has_more):
    page = read_audit(logged, ADMIN, AuditFilter(limit=limit, offset=offset))
    assert _minutes(page) == expected
    assert page.has_more is has_more


def test_rows_are_typed_with_aware_utc_times(logged):
    row = read_audit(logged, ADMIN, AuditFilter(entity="user", limit=1)).rows[0]
    assert (row.actor, row.action, row.entity, row.entity_id) == (
        "jonas.becker",
        "login_failed",
        "user",
        2,
    )
    assert row.at == T0 + dt.timedelta(minutes=50)
    assert row.at.utcoffset() == dt.timedelta(0)
    assert read_audit(logged, ADMIN, AuditFilter(entity="settings")).rows[0].entity_id is None


def test_the_database_filters_and_limits(logged):
    statements: list[str] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement.upper())

    event.listen(logged, "before_cursor_execute", capture)
    try:
        read_audit(logged, ADMIN, AuditFilter(action="edit", limit=5, offset=5))
    finally:
        event.remove(logged, "before_cursor_execute", capture)
    (sql,) = statements
    assert "WHERE" in sql
    assert "LIMIT" in sql
    assert "OFFSET" in sql
    assert "ORDER BY" in sql


@pytest.mark.parametrize(
    "changes",
    [{"limit": 0}, {"limit": MAX_LIMIT + 1}, {"offset": -1}],
)
def test_a_filter_out_of_range_is_refused(changes):
    with pytest.raises(ValueError, match=r"limit|offset"):
        AuditFilter(**changes)


@pytest.mark.parametrize("role", [Role.AGENT, Role.LEAD, Role.MANAGER])
def test_only_roles_that_may_view_the_audit_read_it(logged, role):
    with pytest.raises(NotAllowed) as refused:
        read_audit(logged, Actor("someone", role), AuditFilter())
    assert refused.value.message("de").startswith("Nicht erlaubt")


def test_a_period_page_is_read_along_the_time_index_without_sorting_the_period(tmp_path):
    """Newest first by (at, id), read backwards along ix_audit_log_at_id: the database stops
    after the page. By id alone, SQLite read and sorted every entry of the period."""
    store = make_engine(f"sqlite:///{tmp_path / 'audit.db'}")
    upgrade(store)
    statements: list[tuple[str, Any]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    event.listen(store, "before_cursor_execute", capture)
    try:
        read_audit(store, ADMIN, AuditFilter(start=T0, end=T0 + dt.timedelta(days=30)))
    finally:
        event.remove(store, "before_cursor_execute", capture)
    (sql, params) = statements[-1]
    with store.connect() as conn:
        plan = " / ".join(
            row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
        )
    store.dispose()
    assert "ix_audit_log_at_id" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
