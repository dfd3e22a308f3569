"""Helpdesk mappings as the acting user may keep them: admins every one, leads their teams'.

A mapping says which of our agents (kind ``agent``) or teams (kind ``group``) a helpdesk's id
stands for; imports use it to credit a rating (``feedback.collect.files.resolve``). Every
function checks :data:`~feedback.auth.roles.Action.IMPORT` first. A lead sees, adds, changes
and removes only mappings onto their own teams or those teams' agents, and cannot repoint a
mapping that points into another team. A refused value raises :class:`MappingProblem`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from feedback.auth.roles import Action, Actor, NotAllowed, Role, require
from feedback.domain import MAX_EXTERNAL_ID
from feedback.i18n import t
from feedback.store import mappings as store
from feedback.store.db import transaction
from feedback.store.directory import Directory, load_directory, read_directory
from feedback.store.mappings import KINDS, Mapping

__all__ = ["MappingProblem", "SavedMapping", "list_mappings", "remove_mapping", "save_mapping"]

# The widths of helpdesk_mappings.system and .external_id.
_MAX_SYSTEM, _MAX_EXTERNAL_ID = 40, MAX_EXTERNAL_ID


@dataclass(frozen=True, slots=True)
class SavedMapping:
    """What saving a mapping did: ``changed`` (False: it was mapped so already; also its
    truth value) and ``credited``, the ids of the stored quotes it credited to its agent."""

    changed: bool
    credited: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return self.changed


class MappingProblem(ValueError):
    """A refused mapping: ``key`` names the message under ``helpdesk.*``."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(f"{key} {params}")

    def message(self, lang: str | None) -> str:
        return t(f"helpdesk.{self.key}", lang, **self.params)


def _team_of(found: Directory, kind: str, target_id: int) -> int | None:
    if kind == "group":
        return target_id
    agent = found.agents.get(target_id)
    return agent.team_id if agent else None


def _may(actor: Actor, team_id: int | None) -> bool:
    if actor.role is Role.LEAD:
        return team_id is not None and team_id in actor.team_ids
    return actor.can(Action.IMPORT, team_id)


def _require_team(actor: Actor, team_id: int | None) -> None:
    if not _may(actor, team_id):
        # 0 is no team: the message then says "only your own teams" to a lead all the same.
        raise NotAllowed(actor, Action.IMPORT, team_id if team_id is not None else 0)


def list_mappings(engine: Engine, actor: Actor, system: str | None = None) -> list[Mapping]:
    """The mappings (of ``system``) the actor may see, by system, kind and external id."""
    require(actor, Action.IMPORT)
    found = read_directory(engine)
    return [
        m
        for m in store.read_mappings(engine, system)
        if _may(actor, _team_of(found, m.kind, m.target_id))
    ]


def _clean(system: str, kind: str, external_id: str) -> tuple[str, str, str]:
    system, external_id = system.strip(), external_id.strip()
    if not system or len(system) > _MAX_SYSTEM:
        raise MappingProblem("mapping_bad_system", limit=_MAX_SYSTEM)
    if kind not in KINDS:
        raise MappingProblem("mapping_bad_kind", value=kind)
    if not external_id or len(external_id) > _MAX_EXTERNAL_ID:
        raise MappingProblem("mapping_bad_external_id", limit=_MAX_EXTERNAL_ID)
    return system, kind, external_id


def _check_existing(session: Session, actor: Actor, found: Directory, key: tuple[str, ...]) -> None:
    existing = [
        m for m in store.load_mappings(session, key[0]) if (m.kind, m.external_id) == key[1:]
    ]
    for mapping in existing:
        _require_team(actor, _team_of(found, mapping.kind, mapping.target_id))


def save_mapping(
    engine: Engine, actor: Actor, system: str, kind: str, external_id: str, target_id: int
) -> SavedMapping:
    """Map ``external_id`` of ``system`` onto our agent (kind ``agent``) or team (``group``)
    ``target_id``; false when it was mapped so already.

    An agent's mapping also credits, in the same transaction, the stored quotes that came with
    the id before it was mapped and are credited to no agent
    (:func:`feedback.store.mappings.credit_quotes`): a lead who maps an id sees its quotes
    credited without importing the file again."""
    require(actor, Action.IMPORT)
    system, kind, external_id = _clean(system, kind, external_id)
    mapping = Mapping(system, kind, external_id, target_id)
    try:
        with transaction(engine) as session:
            found = load_directory(session)
            if target_id not in (found.agents if kind == "agent" else found.teams):
                raise MappingProblem(f"mapping_unknown_{kind}", value=target_id)
            _require_team(actor, _team_of(found, kind, target_id))
            _check_existing(session, actor, found, (system, kind, external_id))
            changed = store.save_mapping(session, mapping, actor=actor.name) != mapping
            # A lead credits their teams' quotes; another team's wait for its lead or an admin.
            teams = actor.team_ids if actor.role is Role.LEAD else None
            credited = store.credit_quotes(session, mapping, actor=actor.name, team_ids=teams)
            return SavedMapping(changed, tuple(credited))
    except IntegrityError as error:  # the same id mapped by someone else at the same moment
        raise MappingProblem("mapping_conflict", value=external_id) from error


def remove_mapping(engine: Engine, actor: Actor, system: str, kind: str, external_id: str) -> bool:
    """Forget one mapping; False when there was none."""
    require(actor, Action.IMPORT)
    system, kind, external_id = _clean(system, kind, external_id)
    with transaction(engine) as session:
        _check_existing(session, actor, load_directory(session), (system, kind, external_id))
        return (
            store.delete_mapping(session, system, kind, external_id, actor=actor.name) is not None
        )
