"""Helpdesk mappings: which of our agents or teams a helpdesk's agent or group id stands for."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from feedback.store.audit import record
from feedback.store.models import HelpdeskMapping

__all__ = ["KINDS", "Mapping", "delete_mapping", "load_mappings", "read_mappings", "save_mapping"]

KINDS = ("agent", "group")


@dataclass(frozen=True, slots=True)
class Mapping:
    """``kind`` agent maps to ``target_id`` in agents, ``kind`` group to one in teams."""

    system: str
    kind: str
    external_id: str
    target_id: int


def _mapping(row: HelpdeskMapping) -> Mapping:
    target = row.agent_id if row.kind == "agent" else row.team_id
    assert target is not None  # the check constraint one_target
    return Mapping(row.system, row.kind, row.external_id, target)


def load_mappings(session: Session, system: str | None = None) -> list[Mapping]:
    """Every mapping (of ``system``), ordered by system, kind and external id."""
    query = select(HelpdeskMapping).order_by(
        HelpdeskMapping.system, HelpdeskMapping.kind, HelpdeskMapping.external_id
    )
    if system is not None:
        query = query.where(HelpdeskMapping.system == system)
    return [_mapping(row) for row in session.scalars(query)]


def read_mappings(engine: Engine, system: str | None = None) -> list[Mapping]:
    with Session(engine) as session:
        return load_mappings(session, system)


def _find(session: Session, system: str, kind: str, external_id: str) -> HelpdeskMapping | None:
    return session.scalars(
        select(HelpdeskMapping).where(
            HelpdeskMapping.system == system,
            HelpdeskMapping.kind == kind,
            HelpdeskMapping.external_id == external_id,
        )
    ).one_or_none()


def save_mapping(session: Session, mapping: Mapping, *, actor: str) -> Mapping | None:
    """Add or change ``mapping`` in the caller's transaction, with its audit row.

    Returns the mapping it replaced (None if new); unchanged mappings write nothing.
    """
    row = _find(session, mapping.system, mapping.kind, mapping.external_id)
    before = _mapping(row) if row is not None else None
    if before == mapping:
        return before
    if row is None:
        row = HelpdeskMapping(
            system=mapping.system, kind=mapping.kind, external_id=mapping.external_id
        )
        session.add(row)
    row.agent_id = mapping.target_id if mapping.kind == "agent" else None
    row.team_id = mapping.target_id if mapping.kind == "group" else None
    session.flush()
    changes: dict[str, object] = {
        "system": mapping.system,
        "kind": mapping.kind,
        "external_id": mapping.external_id,
        "target_id": [before.target_id, mapping.target_id] if before else mapping.target_id,
    }
    record(
        session,
        actor=actor,
        action="edit" if before else "create",
        entity="mapping",
        entity_id=row.id,
        changes=changes,
    )
    return before


def delete_mapping(
    session: Session, system: str, kind: str, external_id: str, *, actor: str
) -> Mapping | None:
    """Remove one mapping (its audit row in the caller's transaction); the removed one, or None."""
    row = _find(session, system, kind, external_id)
    if row is None:
        return None
    removed = _mapping(row)
    record(
        session,
        actor=actor,
        action="delete",
        entity="mapping",
        entity_id=row.id,
        changes={
            "system": system,
            "kind": kind,
            "external_id": external_id,
            "target_id": removed.target_id,
        },
    )
    session.delete(row)
    return removed
