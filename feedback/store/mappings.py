"""Helpdesk mappings: which of our agents or teams a helpdesk's agent or group id stands for."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Engine, select, update
from sqlalchemy.orm import Session

from feedback.store.audit import record, record_many
from feedback.store.models import HelpdeskMapping, Quote

__all__ = [
    "KINDS",
    "Mapping",
    "credit_quotes",
    "credit_to_agent",
    "delete_mapping",
    "load_mappings",
    "read_mappings",
    "save_mapping",
]

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


def credit_quotes(
    session: Session, mapping: Mapping, *, actor: str, team_ids: Collection[int] | None = None
) -> list[int]:
    """Credit to the agent ``mapping`` names the stored quotes that came with its helpdesk id
    while no mapping named it (``Quote.source_agent_ref``, cleared here: the mapping's audit
    row keeps the id) and are credited to no agent yet, in the caller's transaction, one audit
    row per quote; their ids.

    What an import with the mapping would have stored: the agent, and the team the quote has
    (its group's, or the one the import gave it). A quote credited to an agent already keeps
    that agent; whether the agent is named on walls is their consent's, as for any quote.
    ``team_ids``: only quotes of these teams (a lead's), None: every team's.
    """
    if mapping.kind != "agent":
        return []
    found: list[ColumnElement[bool]] = [
        Quote.source_system == mapping.system,
        Quote.source_agent_ref == mapping.external_id,
        Quote.agent_id.is_(None),
    ]
    if team_ids is not None:
        found.append(Quote.team_id.in_(list(team_ids)))
    ids = list(session.scalars(select(Quote.id).where(*found)))
    # The id itself is in the mapping's own audit row of the same transaction; here only the
    # agent, which works-council mode hides as it hides every agent_id.
    credit_to_agent(session, ids, mapping.target_id, actor=actor)
    return sorted(ids)


def credit_to_agent(session: Session, quote_ids: list[int], agent_id: int, *, actor: str) -> None:
    """Credit ``quote_ids`` (quotes credited to no agent) to ``agent_id`` in the caller's
    transaction, one audit row each; their ``source_agent_ref`` is cleared (credited, they
    wait for no mapping any more). A quote credited meanwhile keeps its agent."""
    if not quote_ids:
        return
    entry = {"actor": actor, "action": "edit", "entity": "quote"}
    changes = {"agent_id": [None, agent_id]}
    record_many(session, [{**entry, "entity_id": q, "changes": changes} for q in quote_ids])
    session.execute(
        update(Quote)
        .where(Quote.id.in_(quote_ids), Quote.agent_id.is_(None))  # unless credited meanwhile
        .values(agent_id=agent_id, source_agent_ref=None, updated_at=dt.datetime.now(dt.UTC))
    )
