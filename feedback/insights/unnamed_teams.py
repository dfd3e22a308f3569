"""When "from team X" would name an agent who did not consent, by elimination.

A card of an agent without consent names their team instead ("Aus dem Team Nord"), and the
shout-outs thank a team's unnamed colleagues in one line. That hides who it is only while the
team has at least three such agents: when every other active agent of Nord consented and is
named, each unnamed "Nord" card is the one who did not, and their colleagues know who that is.
Two are not enough either: each of the two knows their own praise, so every other unnamed
"Nord" card is the other one's.

The rule (outside works-council mode; in the mode every quote names its team, and teams below
the minimum group size none, see :func:`feedback.insights.works_council.small_teams`):

1. a team with fewer than :data:`MIN_UNNAMED` active agents without consent is a *teamless*
   team: quotes of its agents without consent name no team ("Unser Team" on a card, one line
   "Aus dem Team" with the other such colleagues in the shout-outs); quotes of consenting
   agents, and quotes that praise the team itself (no agent), keep the team;
2. those colleagues shown without a team form a group of their own (with the agents without
   consent who have no team). If it holds one or two active people (fewer than
   :data:`MIN_UNNAMED`), "no team" would point at them in turn: then the teams with the fewest
   active agents without consent (ties: the lower id) join the teamless ones too, until the
   group holds enough. When fewer than :data:`MIN_UNNAMED` people in the whole company
   withhold consent, no label can hide them: :func:`warnings` tells the admin.

Filters and breakdowns follow the cards (:func:`no_team_quotes`): a team filter (the wall,
trends, clouds, the presentation's spotlight, a team's wall, exports of approved quotes) does
not find the quotes that name no team, and a breakdown by team (trends, ``stats``) counts them
under no team ("–"). Else "Nord" on a filtered wall, or Nord's bar minus its named colleagues'
walls, would point at the one who did not consent as surely as the card. Moderation keeps
every quote of a lead's teams: it is no view others see. Company-wide totals count them all.

Active agents count, as on the People page: an agent who left takes no calls. Quotes keep
their team in the store; the rule only changes what views others see show.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import pandas as pd

from feedback.store.directory import Directory
from feedback.store.filters import QuoteFilter
from feedback.store.wall_queries import WallQuote

# Why 3: with one unnamed agent in a team, every unnamed card of the team is theirs; with two,
# each of them knows their own quotes, so the rest are the other one's. With three, anyone but
# the three is left with three people, and each of the three with two.
MIN_UNNAMED = 3


def teamless(directory: Directory, works_council_mode: bool = False) -> frozenset[int]:
    """The ids of the teams whose unnamed quotes name no team (see the module docstring)."""
    if works_council_mode:
        return frozenset()
    unnamed = _unnamed_active(directory)
    hidden = {tid for tid in directory.teams if unnamed[tid] < MIN_UNNAMED}
    pooled = unnamed[None] + sum(unnamed[tid] for tid in hidden)
    others = sorted(
        (unnamed[tid], tid) for tid in directory.teams if tid not in hidden and unnamed[tid]
    )
    for count, tid in others:
        if not 0 < pooled < MIN_UNNAMED:
            break
        hidden.add(tid)
        pooled += count
    return frozenset(hidden)


def teamless_names(directory: Directory, works_council_mode: bool = False) -> frozenset[str]:
    """The names of :func:`teamless` teams, for rows that carry a team's name only."""
    return directory.team_names(teamless(directory, works_council_mode))


def no_team_quotes(
    flt: QuoteFilter, directory: Directory, works_council_mode: bool = False
) -> QuoteFilter:
    """``flt`` for a view others see: a team filter does not find, and a breakdown by team
    counts under no team, the quotes that name no team on a card (an agent without consent in
    a :func:`teamless` team). Else "Team Nord" on a wall filtered to Nord, or Nord's bar in a
    trend, would point at the one who did not consent as surely as the card's team would."""
    teams = teamless(directory, works_council_mode)
    unnamed = tuple(sorted(a.id for a in directory.agents.values() if not a.consent_named))
    if not teams or not unnamed:
        return dataclasses.replace(flt, teamless_ids=(), unnamed_ids=())
    return dataclasses.replace(flt, teamless_ids=tuple(sorted(teams)), unnamed_ids=unnamed)


def without_team(frame: pd.DataFrame, gone: pd.Series) -> pd.DataFrame:
    """``frame`` with no team (columns team_id and team, where present) in the rows ``gone``.

    Object columns: a missing team is None, as the store reads it, not NaN."""
    if not gone.any():
        return frame
    for column in ("team_id", "team"):
        if column in frame:
            frame = frame.assign(**{column: frame[column].astype(object).mask(gone, None)})
    return frame


def frame_without_team(frame: pd.DataFrame, teams: Collection[int]) -> pd.DataFrame:
    """A quotes frame (columns agent_id, agent_consent, team_id, team) where each quote of an
    agent without consent in one of ``teams`` has no team."""
    if frame.empty or not teams or "team_id" not in frame or "agent_consent" not in frame:
        return frame
    unnamed = frame["agent_id"].notna() & ~frame["agent_consent"].fillna(False).astype(bool)
    return without_team(frame, unnamed & frame["team_id"].isin(list(teams)))


def rollup_without_team(agents: pd.DataFrame, team_names: Collection[str]) -> pd.DataFrame:
    """A month's rows per agent (columns consent, team: a name) where each agent without
    consent in one of ``team_names`` has no team."""
    if agents.empty or not team_names:
        return agents
    unnamed = ~agents["consent"].fillna(False).astype(bool)
    return without_team(agents, unnamed & agents["team"].isin(list(team_names)))


def quotes_without_team(
    quotes: Sequence[WallQuote], teams: Collection[int]
) -> tuple[WallQuote, ...]:
    """Typed quotes where each quote of an agent without consent in one of ``teams`` has no
    team (as :func:`frame_without_team` for frames)."""
    if not teams:
        return tuple(quotes)
    return tuple(
        dataclasses.replace(q, team_id=None, team=None)
        if q.agent_id is not None and not q.agent_consent and q.team_id in teams
        else q
        for q in quotes
    )


@dataclass(frozen=True, slots=True)
class Warnings:
    """What the People page tells an admin: ``teams`` (names) with one or two people without
    consent (fewer than :data:`MIN_UNNAMED`) among other colleagues, and whether they are the
    only ones in the company (``alone``), so that no label can hide them."""

    teams: tuple[str, ...]
    alone: bool


def warnings(directory: Directory) -> Warnings:
    """The teams with one or two (fewer than :data:`MIN_UNNAMED`) active agents without consent
    and at least one other active colleague (a team of one has its own warning), by name;
    ``alone`` when the whole company has so few active agents without consent among others."""
    unnamed = _unnamed_active(directory)
    active = Counter(a.team_id for a in directory.agents.values() if a.active)
    teams = sorted(
        (
            name
            for tid, name in directory.teams.items()
            if 0 < unnamed[tid] < MIN_UNNAMED and active[tid] > 1
        ),
        key=str.casefold,
    )
    total = sum(unnamed.values())
    alone = 0 < total < MIN_UNNAMED and sum(active.values()) > total
    return Warnings(teams=tuple(teams), alone=alone)


def _unnamed_active(directory: Directory) -> Counter[int | None]:
    """How many active agents without consent each team has (None: no team)."""
    return Counter(a.team_id for a in directory.agents.values() if a.active and not a.consent_named)
