"""Works-council mode: the app shows figures of whole teams only, never of one person.

Many German works councils agree to a praise wall only if it cannot become a tool to watch
individual performance (§ 87 (1) no. 6 BetrVG). With ``works_council_mode`` on (an admin
setting, off by default):

- nobody is named: cards, slides and shout-outs name the team, and every agent name inside
  the customers' words is masked, consent or not;
- nothing is offered per person: no agent filter, no agent's wall, no agent's word cloud,
  no agent to pick when a quote is handed in (the quote praises a team);
- there are no rankings, whatever ``rankings_enabled`` says;
- the audit log and the moderation history show people by role, not by name
  (:func:`feedback.insights.audit.actor_label`).

Quotes keep their agent in the store: switching the mode off shows everything as before.
Every decision here takes the setting as an argument; the UI reads it from the settings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TypeVar

import pandas as pd

from feedback.insights.privacy import NamePrivacy
from feedback.store.directory import AgentInfo, Directory

_Option = TypeVar("_Option")

# The kinds of wall the recognition page offers: one agent's or one team's.
WALL_KINDS: tuple[str, ...] = ("agent", "team")


def per_person(works_council_mode: bool) -> bool:
    """True when views may show or offer one person (an agent filter, wall, cloud, picker)."""
    return not works_council_mode


def rankings_shown(rankings_enabled: bool, works_council_mode: bool) -> bool:
    """Rankings only where the settings allow them, and never in works-council mode."""
    return rankings_enabled and not works_council_mode


def pickable(agents: Sequence[AgentInfo], works_council_mode: bool) -> list[AgentInfo]:
    """The agents a filter or picker may offer: ``agents``, or nobody in works-council mode."""
    return list(agents) if per_person(works_council_mode) else []


def wall_kinds(works_council_mode: bool) -> tuple[str, ...]:
    """Whose wall the recognition page offers: an agent's or a team's; teams only in the mode."""
    return WALL_KINDS if per_person(works_council_mode) else ("team",)


def scopes(all_scopes: Sequence[_Option], works_council_mode: bool) -> tuple[_Option, ...]:
    """The word-cloud scopes (``feedback.insights.clouds.SCOPES``) without "agent" in the mode."""
    if per_person(works_council_mode):
        return tuple(all_scopes)
    return tuple(scope for scope in all_scopes if scope != "agent")


def name_privacy(directory: Directory, works_council_mode: bool) -> NamePrivacy:
    """Whose names quote texts hide: agents without consent; in the mode, every agent."""
    agents = directory.agents.values()
    if works_council_mode:
        return NamePrivacy(dataclasses.replace(a, consent_named=False) for a in agents)
    return NamePrivacy(agents)


def team_level(frame: pd.DataFrame, works_council_mode: bool) -> pd.DataFrame:
    """A quotes frame as views others see it: in the mode, every quote as if its agent had not
    consented to be named, so cards, slides and the moderation queue name the team."""
    if not works_council_mode or frame.empty or "agent_consent" not in frame:
        return frame
    return frame.assign(agent_consent=False)
