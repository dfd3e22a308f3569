"""Reading the audit log, for those whose role may: filtered and paged in the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Select, select

from feedback.auth.roles import Action, Actor, require
from feedback.store.filters import searchable
from feedback.store.models import AuditEntry

# Why 10,000: a CSV export of a busy month (every submitted quote writes a row) fits, and one
# request still cannot pull the whole log into memory.
MAX_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which audit rows to read. ``start`` is inclusive and ``end`` exclusive (time-zone aware;
    naive values count as UTC); ``actor`` matches part of the name, ignoring case; ``action``
    and ``entity`` match exactly; None means any. ``limit`` in [1, 10,000], ``offset`` >= 0."""

    start: dt.datetime | None = None
    end: dt.datetime | None = None
    actor: str | None = None
    action: str | None = None
    entity: str | None = None
    limit: int = 100
    offset: int = 0

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_LIMIT:
            raise ValueError(f"limit must be in [1, {MAX_LIMIT}], not {self.limit}")
        if self.offset < 0:
            raise ValueError(f"offset must be >= 0, not {self.offset}")


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: dt.datetime  # UTC, aware
    actor: str
    action: str
    entity: str
    entity_id: int | None
    changes: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class AuditPage:
    """Rows newest first; ``has_more`` when rows beyond ``offset + limit`` match too."""

    rows: tuple[AuditRow, ...]
    has_more: bool


def _utc(value: dt.datetime) -> dt.datetime:
    """Aware UTC. SQLite keeps a time's digits without its offset (a bound value's too), so
    every time stored or compared is UTC; PostgreSQL compares the instants."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(query: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.start is not None:
        query = query.where(AuditEntry.at >= _utc(flt.start))
    if flt.end is not None:
        query = query.where(AuditEntry.at < _utc(flt.end))
    if flt.actor and (actor := searchable(flt.actor)):  # "\x00": PostgreSQL's DataError
        pattern = f"%{_escape_like(actor)}%"
        query = query.where(AuditEntry.actor.ilike(pattern, escape="\\"))
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if flt.entity:
        query = query.where(AuditEntry.entity == flt.entity)
    return query


def read_audit(engine: Engine, actor: Actor, flt: AuditFilter) -> AuditPage:
    """The audit rows matching ``flt``, newest first, ``flt.limit`` at most from
    ``flt.offset`` on. Only roles that may view the audit may read it."""
    require(actor, Action.VIEW_AUDIT)
    query = (
        _where(
            select(
                AuditEntry.id,
                AuditEntry.at,
                AuditEntry.actor,
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.entity_id,
                AuditEntry.changes,
            ),
            flt,
        )
        # Newest first along ix_audit_log_at_id, read backwards: the database stops after the
        # page. Ordered by id alone, it read and sorted every entry of the period.
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .offset(flt.offset)
        .limit(flt.limit + 1)  # one more tells whether there is a next page
    )
    with engine.connect() as conn:
        found = conn.execute(query).all()
    rows = tuple(
        AuditRow(
            id=int(row.id),
            at=_utc(row.at),
            actor=str(row.actor),
            action=str(row.action),
            entity=str(row.entity),
            entity_id=None if row.entity_id is None else int(row.entity_id),
            changes=dict(row.changes or {}),
        )
        for row in found[: flt.limit]
    )
    return AuditPage(rows=rows, has_more=len(found) > flt.limit)
