"""The demo generator's output types: plain frozen records the seeding code turns into rows.

They mirror the store's teams, agents and quotes, but refer to each other by name and handle
instead of database ids, so the generator needs no database and the output is easy to compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from feedback.domain import Channel, Source, Status


@dataclass(frozen=True, slots=True)
class DemoTeam:
    """A team of the demo contact centre."""

    name: str


@dataclass(frozen=True, slots=True)
class DemoAgent:
    """An agent of ours. ``handle`` is unique ("anna.meier"); ``team`` is a ``DemoTeam.name``."""

    first_name: str
    last_name: str
    team: str
    handle: str
    consent_named: bool


@dataclass(frozen=True, slots=True)
class DemoQuote:
    """One customer quote as it is handed in, before validation and redaction.

    ``text`` is raw: it may contain personal data of the customer that redaction must remove,
    and the praised agent's own name, which redaction must keep.
    """

    text: str
    channel: Channel
    said_on: date
    agent_handle: str | None  # None = praise for the whole team
    team: str
    submitted_by: str  # an agent handle, or "import:<system>" for imported quotes
    rating: float | None
    rating_scale: int | None
    tags: tuple[str, ...]
    source: Source
    source_system: str | None
    external_id: str | None
    verbatim: bool | None  # phone quotes only: False = paraphrased by the agent
    status: Status


@dataclass(frozen=True, slots=True)
class DemoData:
    """Everything a demo store needs: teams, then agents, then quotes (oldest first)."""

    teams: tuple[DemoTeam, ...]
    agents: tuple[DemoAgent, ...]
    quotes: tuple[DemoQuote, ...]
