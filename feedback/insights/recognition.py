"""Recognition: a wall per agent or team, milestones, the monthly shout-outs and rankings.

Names follow consent: an agent who has not agreed to be named appears as "a colleague from
team X" everywhere except on their own wall, and is never ranked. Rankings are only built when
the team's settings allow them (many works councils forbid ranking people).

The views work from the sums of :mod:`feedback.store.recognition_queries` (computed in the
database); a quotes frame is summed the same way first (:mod:`.recognition_frames`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

import pandas as pd

from feedback.i18n import t
from feedback.insights import unnamed_teams, works_council
from feedback.insights.privacy import NamePrivacy
from feedback.insights.recognition_frames import month_rollup_frame, wall_data_frame
from feedback.store.directory import AgentInfo, Directory
from feedback.store.recognition_queries import MonthRollup, WallData

# The quote counts that are celebrated; the 1st matters as much as the 100th.
MILESTONES: tuple[int, ...] = (1, 10, 50, 100)
# Why 240 characters: about five lines of a shout-out card; the wall has the full text.
EXAMPLE_CHARS = 240


def visible_agents(directory: Directory, me: int | None) -> list[AgentInfo]:
    """Agents that may be picked by name: those who consented, and the current user's own
    agent record (``me``)."""
    chosen = [a for a in directory.agents.values() if a.active and (a.consent_named or a.id == me)]
    return sorted(chosen, key=lambda a: (a.first_name.casefold(), a.last_name.casefold()))


def wall_owners(
    agents: list[AgentInfo], me: int | None, *, only_own: bool, own: AgentInfo | None = None
) -> list[AgentInfo]:
    """Whose personal walls may be opened: agents see only their own (``only_own``), also
    once set inactive (``own``: their record; their quotes stay); leads, managers and admins
    every agent in ``agents``."""
    if not only_own:
        return agents
    mine = [a for a in agents if a.id == me]
    return mine or ([own] if own is not None and own.id == me else [])


def own_agent(directory: Directory, me: int | None) -> AgentInfo | None:
    """The agent record linked to the signed-in account, if any."""
    return directory.agents.get(me) if me is not None else None


def month_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of the month that contains ``month``."""
    first = month.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def recent_months(today: dt.date, count: int = 12) -> list[dt.date]:
    """The first day of this month and the ``count - 1`` months before it, newest first."""
    months = [today.replace(day=1)]
    while len(months) < count:
        months.append((months[-1] - dt.timedelta(days=1)).replace(day=1))
    return months


@dataclass(frozen=True, slots=True)
class Milestone:
    number: int
    reached_on: dt.date | None  # None: not reached yet
    quote_id: int | None


def _milestones(firsts: tuple[tuple[int, dt.date], ...]) -> list[Milestone]:
    out = []
    for number in MILESTONES:
        if len(firsts) >= number:
            quote_id, said_on = firsts[number - 1]
            out.append(Milestone(number, pd.Timestamp(said_on).date(), quote_id))
        else:
            out.append(Milestone(number, None, None))
    return out


def milestones(frame: pd.DataFrame) -> list[Milestone]:
    """When the 1st, 10th, 50th and 100th approved quote was said (oldest first, ties by id)."""
    ordered = frame.sort_values(["said_on", "id"]).head(MILESTONES[-1])
    firsts = zip(ordered["id"], ordered["said_on"], strict=True)
    return _milestones(tuple((int(i), pd.Timestamp(d).date()) for i, d in firsts))


@dataclass(frozen=True, slots=True)
class Wall:
    """What "your wall" shows for one agent or team."""

    total: int
    this_month: int
    positive_share: float | None  # in [0, 1]
    top_themes: list[tuple[str, int]]
    milestones: list[Milestone]
    next_milestone: int | None
    to_next: int
    latest: pd.DataFrame  # id, said_on, channel, text — newest first


def wall(
    data: WallData | pd.DataFrame,
    today: dt.date,
    latest: int = 12,
    names: NamePrivacy | None = None,
) -> Wall:
    """Sum up one agent's or team's approved quotes (all time); ``names`` masks the names of
    agents without consent in the latest quotes. ``data`` comes from
    :func:`feedback.store.recognition_queries.wall_data` (or is a quotes frame)."""
    if isinstance(data, pd.DataFrame):
        data = wall_data_frame(data, today.replace(day=1), latest, MILESTONES[-1])
    upcoming = [m for m in MILESTONES if m > data.total]
    newest = data.latest.head(latest)
    if names is not None:
        newest = names.mask_frame(newest)
    return Wall(
        total=data.total,
        this_month=data.this_month,
        positive_share=data.positive / data.labelled if data.labelled else None,
        top_themes=list(data.themes[:3]),
        milestones=_milestones(data.firsts),
        next_milestone=upcoming[0] if upcoming else None,
        to_next=upcoming[0] - data.total if upcoming else 0,
        latest=newest[["id", "said_on", "channel", "text"]].reset_index(drop=True),
    )


def display_name(first_name: object, consent: object, team: object, lang: str | None) -> str:
    """The first name with consent, else "a colleague from team X" (or "a colleague")."""
    if bool(consent) and isinstance(first_name, str) and first_name.strip():
        return first_name.strip()
    if isinstance(team, str) and team.strip():
        return t("recognition.colleague_from", lang, team=team.strip())
    return t("recognition.colleague", lang)


def _rolled(data: MonthRollup | pd.DataFrame) -> MonthRollup:
    """The month's sums to work from: as given, or summed from a quotes frame."""
    return data if isinstance(data, MonthRollup) else month_rollup_frame(data)


def _per_agent(data: MonthRollup | pd.DataFrame) -> pd.DataFrame:
    """One row per agent, most quotes first (ties by id)."""
    agents = _rolled(data).agents
    return agents.sort_values(["quotes", "agent_id"], ascending=[False, True])


def shout_outs(
    data: MonthRollup | pd.DataFrame,
    lang: str | None,
    names: NamePrivacy | None = None,
    teamless: Collection[str] = frozenset(),
) -> pd.DataFrame:
    """Who got praise in ``data`` (one month): columns who, team, quotes, example, people.

    Agents who consented to be named get a line each. The others of a team share ONE line
    ("From the Nord team"), so no line shows twice; its example is their warmest quote with
    every hidden name masked (without ``names`` to mask with, no example is shown). ``people``
    is how many agents a line stands for. The unnamed colleagues of ``teamless`` teams (names;
    :func:`feedback.insights.unnamed_teams.teamless_names`) share the line without a team.
    Ordered by team and name, not by count: a shout-out list thanks, it does not rank.
    """
    agents = unnamed_teams.rollup_without_team(_per_agent(data), teamless)
    if agents.empty:
        return pd.DataFrame(columns=["who", "team", "quotes", "example", "people"])
    named = agents[
        agents["consent"].fillna(False).astype(bool)
        & agents["first"].map(lambda first: isinstance(first, str) and bool(first.strip()))
    ]
    named = named.assign(example=_praising(named, "best_language", "best_label"))
    if names is not None:
        named = named.assign(
            example=[
                names.mask(str(text), int(agent))
                for text, agent in zip(named["example"], named["agent_id"], strict=True)
            ]
        )
    lines = pd.DataFrame(
        {
            "who": [str(first).strip() for first in named["first"]],
            "team": named["team"].fillna("–"),
            "quotes": named["quotes"].astype(int),
            "example": named["example"].fillna("").map(_shorten),
            "people": 1,
        }
    )
    unnamed = agents[~agents["agent_id"].isin(named["agent_id"])]
    out = pd.concat([lines, _unnamed_lines(unnamed, lang, names)], ignore_index=True)
    return out.sort_values(["team", "who"], key=lambda s: s.str.casefold()).reset_index(drop=True)


def _unnamed_lines(
    unnamed: pd.DataFrame, lang: str | None, names: NamePrivacy | None
) -> pd.DataFrame:
    """One line per team for the agents who prefer not to be named; its example is the
    warmest of their warmest quotes."""
    columns = ["who", "team", "quotes", "example", "people"]
    if unnamed.empty:
        return pd.DataFrame(columns=columns)
    teams = unnamed.assign(team=unnamed["team"].fillna("").astype(str).str.strip())
    best = teams.sort_values(
        ["best_compound", "best_said_on", "best_id"], ascending=False, na_position="last"
    ).drop_duplicates("team")
    examples = dict(zip(best["team"], _praising(best, "best_language", "best_label"), strict=True))
    out = []
    for team, group in teams.groupby("team", sort=False):
        example = examples.get(team)
        out.append(
            {
                "who": t("recognition.from_team", lang, team=team)
                if team
                else t("recognition.colleagues", lang),
                "team": team or "–",
                "quotes": int(group["quotes"].sum()),
                # A quote may name its agent: shown only with every hidden name masked.
                "example": _shorten(names.mask(str(example), None))
                if names is not None and isinstance(example, str)
                else "",
                "people": len(group),
            }
        )
    return pd.DataFrame(out, columns=columns)


def month_shout_outs(
    data: MonthRollup | pd.DataFrame,
    lang: str | None,
    names: NamePrivacy,
    *,
    works_council_mode: bool,
    small_teams: Collection[str] = frozenset(),
    teamless: Collection[str] = frozenset(),
) -> pd.DataFrame:
    """The shout-outs of one month: per agent (:func:`shout_outs`, the unnamed of ``teamless``
    teams without their team), or per team in works-council mode (:func:`team_shout_outs`,
    ``small_teams`` by name as one line). Same columns either way."""
    if works_council_mode:
        return team_shout_outs(data, lang, names, small_teams)
    return shout_outs(data, lang, names, teamless)


def team_shout_outs(
    data: MonthRollup | pd.DataFrame,
    lang: str | None,
    names: NamePrivacy | None = None,
    small_teams: Collection[str] = frozenset(),
) -> pd.DataFrame:
    """Which teams got praise in ``data`` (one month), for works-council mode: columns who
    (the team), team (the words "the whole team"), quotes, example.

    Ordered by team name, not by count. ``names`` masks agent names in the examples (in the
    mode it hides every agent, see :func:`feedback.insights.works_council.name_privacy`).
    The ``small_teams`` (names; :func:`feedback.insights.works_council.small_teams`) share one
    line "other teams", last, with the example of the one with the most positive quotes.
    """
    teams = _rolled(data).teams
    if teams.empty:
        return pd.DataFrame(columns=["who", "team", "quotes", "example"])
    other = t("works_council.other_teams", lang)
    teams = _small_teams_merged(teams, small_teams, other)
    examples = [
        names.mask(str(text), None) if names is not None else str(text)
        for text in _praising(teams, "example_language", "example_label")
    ]
    out = pd.DataFrame(
        {
            "who": [str(team) for team in teams["team"]],
            "team": t("recognition.whole_team", lang),
            "quotes": teams["quotes"].astype(int).to_numpy(),
            "example": [_shorten(example) for example in examples],
        }
    )
    last = out["who"].eq(other) & bool(small_teams)
    order = out.assign(_last=last, _name=out["who"].str.casefold())
    return (
        order.sort_values(["_last", "_name"])
        .drop(columns=["_last", "_name"])
        .reset_index(drop=True)
    )


def _small_teams_merged(
    teams: pd.DataFrame, small_teams: Collection[str], other: str
) -> pd.DataFrame:
    """The month's team rows (:data:`TEAM_COLUMNS`) with the ``small_teams`` summed into one."""
    small = works_council.merged_teams(teams["team"], small_teams, other).ne(teams["team"])
    if not small.any():
        return teams
    part = teams[small]
    row: dict[str, Any] = dict(part.sort_values("positive", ascending=False, kind="stable").iloc[0])
    row.update(team=other, quotes=part["quotes"].sum(), positive=part["positive"].sum())
    return pd.concat([teams[~small], pd.DataFrame([row])], ignore_index=True)


def agent_ranking(
    data: MonthRollup | pd.DataFrame, lang: str | None, top: int = 10
) -> pd.DataFrame:
    """Agents who consented to be named, by number of approved quotes (ties share a rank):
    rank, who, team, quotes.

    Who has not consented is not ranked at all: a row "a colleague · Solo · 8" is one person's
    figure, and their team (a team of one, or the team's count in the team ranking minus the
    named colleagues') says whose. Ranks count only the agents listed, so no gap hints at an
    unnamed colleague between them."""
    agents = _per_agent(data)
    named = agents[
        agents["consent"].fillna(False).astype(bool)
        & agents["first"].map(lambda first: isinstance(first, str) and bool(first.strip()))
    ].head(top)
    if named.empty:
        return pd.DataFrame(columns=["rank", "who", "team", "quotes"])
    return pd.DataFrame(
        {
            "rank": named["quotes"].rank(method="min", ascending=False).astype(int),
            "who": [display_name(f, True, None, lang) for f in named["first"]],
            "team": named["team"].fillna("–"),
            "quotes": named["quotes"].astype(int),
        }
    ).reset_index(drop=True)


def team_ranking(data: MonthRollup | pd.DataFrame) -> pd.DataFrame:
    """Teams by number of approved quotes: rank, team, quotes, positive_share (in whole
    percent, 0 to 100, as the app shows shares elsewhere)."""
    teams = _rolled(data).teams
    if teams.empty:
        return pd.DataFrame(columns=["rank", "team", "quotes", "positive_share"])
    out = pd.DataFrame(
        {
            "team": teams["team"],
            "quotes": teams["quotes"].astype(int),
            "positive_share": (100 * teams["positive"] / teams["quotes"]).round().astype(int),
        }
    )
    out = out.sort_values(["quotes", "team"], ascending=[False, True])
    out.insert(0, "rank", out["quotes"].rank(method="min", ascending=False).astype(int))
    return out.reset_index(drop=True)


def _praising(frame: pd.DataFrame, language: str, label: str) -> list[Any]:
    """The ``example`` column, a mixed quote shown by its praising part (as on the wall): a
    shout-out under 🎉 must not celebrate "I'm running out of patience"."""
    from feedback.analyze.sentiment.excerpt import praise_excerpt

    return [
        praise_excerpt(text, str(lang or "other"))
        if isinstance(text, str) and mixed == "mixed"
        else text
        for text, lang, mixed in zip(frame["example"], frame[language], frame[label], strict=True)
    ]


def _shorten(text: str) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= EXAMPLE_CHARS else flat[: EXAMPLE_CHARS - 1].rstrip() + "…"
