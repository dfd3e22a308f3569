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
  (:func:`feedback.insights.audit.actor_label`);
- a team with fewer active agents than the minimum group size (``works_council_min_team``,
  default :data:`MIN_TEAM_SIZE`) is never shown on its own (:func:`small_teams`): a team of
  one is that one person. Filters and pickers do not offer it, a link naming it shows why
  instead of its data, breakdowns per team show it inside one "other teams" group, and its
  quotes on company-wide views carry no team name.

Quotes keep their agent in the store: switching the mode off shows everything as before.
Every decision here takes the setting as an argument; the UI reads it from the settings.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from typing import TypeVar

import pandas as pd

from feedback.insights.privacy import NamePrivacy
from feedback.insights.unnamed_teams import without_team
from feedback.store.directory import AgentInfo, Directory

_Option = TypeVar("_Option")

# Why 3: works agreements commonly set three to five people as the smallest group whose figures
# may be shown. With two, each of them can subtract their own praise and read the other's; from
# three on, nobody can. An admin may raise it (feedback.store.settings: works_council_min_team).
MIN_TEAM_SIZE = 3

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


def small_teams(
    directory: Directory, works_council_mode: bool, minimum: int = MIN_TEAM_SIZE
) -> frozenset[int]:
    """The teams no view may show on their own: in the mode, every team with fewer than
    ``minimum`` active agents (a team of one, and a team nobody works in any more, whose
    quotes are of its former members); outside the mode none.

    The small teams are shown together ("other teams", with the quotes of no team), and
    company-wide totals count them: the total minus every team shown on its own is their sum.
    So that sum must be of at least ``minimum`` active agents too (agents without a team
    count): while it is of fewer (but of somebody, active or not), the smallest other team
    (ties: the lower id) joins them, until it is not. A company with one
    team of ten and one of one shows neither on its own, rather than the one by subtraction.

    Active agents count, as on the People page's warning: an agent who left takes no calls."""
    if not works_council_mode:
        return frozenset()
    small = set(below_minimum(directory, works_council_mode, minimum))
    active = Counter(a.team_id for a in directory.agents.values() if a.active)
    # The agents without a team are in the same group: breakdowns show them with the small.
    pooled = active[None] + sum(active[tid] for tid in small)
    somebody = any(a.team_id in small or a.team_id is None for a in directory.agents.values())
    for size, tid in sorted((active[tid], tid) for tid in directory.teams if tid not in small):
        if not somebody or pooled >= minimum:
            break
        small.add(tid)
        pooled += size
    return frozenset(small)


def below_minimum(
    directory: Directory, works_council_mode: bool, minimum: int = MIN_TEAM_SIZE
) -> frozenset[int]:
    """In the mode, the teams with fewer than ``minimum`` active agents: a quote handed in for
    one of them praises a few people. :func:`small_teams` adds those that figures hide too."""
    if not works_council_mode:
        return frozenset()
    active = Counter(a.team_id for a in directory.agents.values() if a.active)
    return frozenset(tid for tid in directory.teams if active[tid] < minimum)


def offered_teams(teams: Mapping[int, str], small: Collection[int]) -> dict[int, str]:
    """The teams (id -> name, in the given order) a filter or picker may offer on their own."""
    return {tid: name for tid, name in teams.items() if tid not in small}


def small_team_names(directory: Directory, small: Collection[int]) -> frozenset[str]:
    """The names of ``small`` teams, for breakdowns keyed by a team's name."""
    return directory.team_names(small)


def merged_teams(names: pd.Series, small_names: Collection[str], other: str) -> pd.Series:
    """A column of team names where every small team reads ``other``: a breakdown per team then
    shows the small teams as one group (the caller sums it again)."""
    if not small_names:
        return names
    return names.mask(names.isin(list(small_names)), other)


def merged_counts(
    counts: Sequence[tuple[str | None, int]], small_names: Collection[str], other: str
) -> list[tuple[str | None, int]]:
    """Counts per team name (most first) with the ``small_names`` teams, and then the quotes of
    no team (None), summed into one row ``other``, placed by its count (ties: after the teams).
    """

    def merged(name: str | None) -> bool:
        return bool(small_names) and (name is None or name in small_names)

    small = sum(n for name, n in counts if merged(name))
    kept = [(name, n) for name, n in counts if not merged(name)]
    if not small:
        return kept
    at = next((i for i, (_name, n) in enumerate(kept) if n < small), len(kept))
    return [*kept[:at], (other, small), *kept[at:]]


def team_level(
    frame: pd.DataFrame, works_council_mode: bool, small: Collection[int] = frozenset()
) -> pd.DataFrame:
    """A quotes frame as views others see it: in the mode, every quote as if its agent had not
    consented to be named, so cards, slides and the moderation queue name the team; a quote of
    a ``small`` team (:func:`small_teams`) names no team at all."""
    if not works_council_mode or frame.empty or "agent_consent" not in frame:
        return frame
    shown = frame.assign(agent_consent=False)
    if small and "team_id" in shown:
        shown = without_team(shown, shown["team_id"].isin(list(small)))
    return shown
