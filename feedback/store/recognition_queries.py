"""The recognition page's reads: counts per agent and team summed in the database, and only the
few quotes the page shows (the newest of a wall, the warmest per agent or team), never every
quote of a month or of a person.

The warmest quote is the one with the highest sentiment compound score, then the newest
(``said_on``, then ``id``); quotes without a score come last.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import Engine, Select, String, case, cast, func, or_, select

from feedback.store.filters import QuoteFilter
from feedback.store.models import Agent, Quote, Team

AGENT_COLUMNS = (
    "agent_id",
    "quotes",  # int: the agent's quotes matching the filter
    "first",  # the agent's first name
    "consent",  # bool: agreed to be named
    "team",  # the team of the agent's newest quote that has one (None: none has)
    "example",  # text of the agent's warmest quote
    "best_compound",  # its score (None: not scored), said_on (date) and id: to compare
    "best_said_on",
    "best_id",
    "best_language",  # its language and sentiment label: a mixed one is shown by its praise
    "best_label",
)
TEAM_COLUMNS = (
    "team",  # team name (quotes without a team are left out)
    "quotes",  # int
    "positive",  # int: of them labelled positive
    "example",  # text of the team's warmest quote
    "example_language",  # its language and sentiment label
    "example_label",
)
LATEST_COLUMNS = ("id", "said_on", "channel", "text", "agent_id")


@dataclass(frozen=True, slots=True)
class MonthRollup:
    """Who got praise in a period: ``agents`` (columns :data:`AGENT_COLUMNS`, one row per
    agent) and ``teams`` (columns :data:`TEAM_COLUMNS`, one row per team of the quotes)."""

    agents: pd.DataFrame
    teams: pd.DataFrame


@dataclass(frozen=True, slots=True)
class WallData:
    """One agent's or team's wall: counts, theme counts, the first quotes (for milestones) and
    the newest ones."""

    total: int
    this_month: int  # said on or after the month's first day
    labelled: int  # with a sentiment label
    positive: int  # labelled positive
    themes: tuple[tuple[str, int], ...]  # every theme and its quotes, most first, ties by name
    firsts: tuple[tuple[int, dt.date], ...]  # (id, said_on) of the oldest quotes, oldest first
    latest: pd.DataFrame  # columns LATEST_COLUMNS, newest first


def _warmest_first() -> tuple[Any, ...]:
    return (
        Quote.sentiment_compound.is_(None),
        Quote.sentiment_compound.desc(),
        Quote.said_on.desc(),
        Quote.id.desc(),
    )


def month_rollup(engine: Engine, flt: QuoteFilter) -> MonthRollup:
    """Counts per agent and per team of the quotes matching ``flt``, with the warmest quote of
    each; at most two rows per agent and one per team leave the database."""
    agent = Quote.agent_id
    newest = func.row_number().over(
        partition_by=agent,
        order_by=(Team.name.is_(None), Quote.said_on.desc(), Quote.id.desc()),
    )
    each_quote = (
        select(
            agent,
            Agent.first_name,
            Agent.consent_named,
            Team.name.label("team"),
            Quote.text,
            Quote.sentiment_compound,
            Quote.said_on,
            Quote.id,
            func.count().over(partition_by=agent).label("quotes"),
            newest.label("newest"),
            func.row_number().over(partition_by=agent, order_by=_warmest_first()).label("best"),
        )
        .add_columns(Quote.language, Quote.sentiment_label)
        .select_from(Quote)
        .join(Agent, Agent.id == Quote.agent_id)
        .outerjoin(Team, Team.id == Quote.team_id)
    )
    ranked = flt.apply(each_quote).subquery()
    picked = select(ranked).where(or_(ranked.c.newest == 1, ranked.c.best == 1))
    team_ranked = flt.apply(
        select(
            Team.name.label("team"),
            Quote.text,
            Quote.language,
            Quote.sentiment_label,
            func.count().over(partition_by=Team.name).label("quotes"),
            func.sum(case((Quote.sentiment_label == "positive", 1), else_=0))
            .over(partition_by=Team.name)
            .label("positive"),
            func.row_number().over(partition_by=Team.name, order_by=_warmest_first()).label("best"),
        )
        .select_from(Quote)
        # An unnamed agent's quote in a teamless team is no team's (QuoteFilter.team_key).
        .join(Team, Team.id == flt.team_key())
    ).subquery()
    teams = select(
        team_ranked.c.team,
        team_ranked.c.quotes,
        team_ranked.c.positive,
        team_ranked.c.text,
        team_ranked.c.language,
        team_ranked.c.sentiment_label,
    ).where(team_ranked.c.best == 1)
    with engine.connect() as conn:
        agent_rows = conn.execute(picked).mappings().all()
        team_rows = conn.execute(teams).all()
    agents: dict[int, dict[str, Any]] = {}
    for row in agent_rows:
        out = agents.setdefault(
            int(row["agent_id"]),
            {
                "agent_id": int(row["agent_id"]),
                "quotes": int(row["quotes"]),
                "first": row["first_name"],
                "consent": bool(row["consent_named"]),
            },
        )
        if row["newest"] == 1:
            out["team"] = row["team"]
        if row["best"] == 1:
            out |= {
                "example": row["text"],
                "best_compound": row["sentiment_compound"],
                "best_said_on": row["said_on"],
                "best_id": int(row["id"]),
                "best_language": row["language"],
                "best_label": row["sentiment_label"],
            }
    return MonthRollup(
        pd.DataFrame(list(agents.values()), columns=list(AGENT_COLUMNS)),
        pd.DataFrame([tuple(row) for row in team_rows], columns=list(TEAM_COLUMNS)),
    )


def wall_data(
    engine: Engine, flt: QuoteFilter, month_start: dt.date, latest: int, firsts: int
) -> WallData:
    """The wall of the quotes matching ``flt``: counts in the database, ``firsts`` oldest and
    ``latest`` newest quotes read with LIMIT."""
    counts = flt.apply(
        select(
            func.count(),
            func.coalesce(func.sum(case((Quote.said_on >= month_start, 1), else_=0)), 0),
            func.count(Quote.sentiment_label),
            func.coalesce(func.sum(case((Quote.sentiment_label == "positive", 1), else_=0)), 0),
        )
    )
    as_text = cast(Quote.themes, String)
    themes = flt.apply(_select(as_text, func.count())).group_by(as_text)
    oldest = flt.apply(_select(Quote.id, Quote.said_on)).order_by(Quote.said_on, Quote.id)
    shown = (Quote.id, Quote.said_on, Quote.channel, Quote.text, Quote.agent_id)
    newest = flt.apply(_select(*shown)).order_by(Quote.said_on.desc(), Quote.id.desc())
    with engine.connect() as conn:
        total, this_month, labelled, positive = conn.execute(counts).one()
        theme_rows = conn.execute(themes).all()
        first_rows = conn.execute(oldest.limit(firsts)).all()
        latest_rows = conn.execute(newest.limit(latest)).all()
    mentions: Counter[str] = Counter()
    for names, quotes in theme_rows:
        for theme in json.loads(names) if names else ():
            mentions[str(theme)] += int(quotes)
    frame = pd.DataFrame([tuple(row) for row in latest_rows], columns=list(LATEST_COLUMNS))
    frame["said_on"] = pd.to_datetime(frame["said_on"])
    return WallData(
        total=int(total),
        this_month=int(this_month),
        labelled=int(labelled),
        positive=int(positive),
        themes=ranked_themes(mentions),
        firsts=tuple((int(quote_id), said_on) for quote_id, said_on in first_rows),
        latest=frame,
    )


def _select(*columns: Any) -> Select[Any]:
    """A SELECT of ``columns`` as :meth:`QuoteFilter.apply` takes it (typed rows aside)."""
    return select(*columns)


def ranked_themes(mentions: Counter[str]) -> tuple[tuple[str, int], ...]:
    """Themes by count, most first, ties by name."""
    return tuple(sorted(mentions.items(), key=lambda item: (-item[1], item[0])))
