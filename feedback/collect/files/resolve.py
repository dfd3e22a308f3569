"""Who a row is about: our agents and teams by name, a helpdesk's ids through the mappings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from sqlalchemy import Engine

from feedback.store.directory import Directory, read_directory
from feedback.store.installation import recipient_of
from feedback.store.mappings import Mapping, read_mappings

__all__ = ["Resolver", "load_resolver"]

# A name and an e-mail address in brackets after it.
_WITH_ADDRESS = re.compile(r"(.+?)\s*\(\s*[^()\s@]+@[^()\s@]+\s*\)")


@dataclass(frozen=True, slots=True)
class Resolver:
    """Lookups for one import: ``handles`` (handle or full name, case-folded) and ``teams``
    (name, case-folded) for our own columns; ``refs`` ((system, kind, external id) -> agent or
    team id) for a helpdesk's ids; ``stored`` ((source system, id) -> the agent and team of
    the stored quote so named) for rows of our own export that name nobody."""

    handles: dict[str, int] = field(default_factory=dict)
    teams: dict[str, int] = field(default_factory=dict)
    refs: dict[tuple[str, str, str], int] = field(default_factory=dict)
    stored: Callable[[str, str], tuple[int | None, int | None]] | None = None

    @classmethod
    def build(
        cls,
        directory: Directory,
        mappings: list[Mapping],
        stored: Callable[[str, str], tuple[int | None, int | None]] | None = None,
    ) -> Resolver:
        handles = {a.full_name.casefold(): a.id for a in directory.agents.values()}
        handles.update({a.handle.casefold(): a.id for a in directory.agents.values()})
        return cls(
            handles=handles,
            teams={name.casefold(): tid for tid, name in directory.teams.items()},
            refs={(m.system, m.kind, m.external_id): m.target_id for m in mappings},
            stored=stored,
        )

    def agent(self, name: str) -> int | None:
        """Our agent by handle or full name; a name with its e-mail address in brackets after
        it ("Anna Meier (anna.meier@example.com)", as Chatwoot exports the rated agent) by the
        name before them."""
        key = name.strip().casefold()
        found = self.handles.get(key)
        if found is None and (bare := _WITH_ADDRESS.fullmatch(key)):
            found = self.handles.get(bare[1].strip())
        return found

    def team(self, name: str) -> int | None:
        return self.teams.get(name.strip().casefold())

    def ref(self, system: str, kind: str, external_id: str) -> int | None:
        """Our agent (kind ``agent``) or team (kind ``group``) for a helpdesk id, if mapped."""
        return self.refs.get((system, kind, external_id))

    def stored_recipient(self, system: str, external_id: str) -> tuple[int | None, int | None]:
        """(agent id, team id) of the stored quote ``system`` and ``external_id`` name."""
        return (None, None) if self.stored is None else self.stored(system, external_id)


def load_resolver(engine: Engine) -> Resolver:
    """Our agents, teams and every helpdesk mapping, as they are in the store now."""
    return Resolver.build(
        read_directory(engine), read_mappings(engine), partial(recipient_of, engine)
    )
