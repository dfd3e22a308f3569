"""Typed reads for presentation mode: the spotlight's teams, the title slide's sums and the ids
of the slides' quotes, each computed by the database (GROUP BY, ORDER BY with LIMIT): no row
per matching quote leaves it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Engine, Select, func, select

from feedback.insights.presentation import PeriodStats
from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote, QuoteDay, Team
from feedback.store.read import kept_by_day_sums, on_days
from feedback.store.trend_rollup import theme_counts
from feedback.store.wall_queries import as_day, shuffled_ids, warmest_ids


def team_choices(engine: Engine, flt: QuoteFilter) -> dict[int, str]:
    """Teams that have quotes matching ``flt``: id -> name, sorted by name (casefolded).

    One GROUP BY in the database: the spotlight picker never reads a quote. Grouped by the
    team's id alone and named after, so the database groups in its index's order instead of
    sorting every quote by name."""
    key = flt.team_key()  # a teamless team's unnamed quotes are no team's
    query = flt.apply(select(key)).group_by(key)
    with engine.connect() as conn:
        present = {team_id for (team_id,) in conn.execute(query) if team_id is not None}
        names = conn.execute(select(Team.id, Team.name)).all()
    teams = {int(team_id): str(name) for team_id, name in names if team_id in present}
    return dict(sorted(teams.items(), key=lambda item: item[1].casefold()))


def period_sums(engine: Engine, flt: QuoteFilter, *, top_themes: int) -> PeriodStats:
    """The title slide's numbers of the quotes matching ``flt``, summed in the database: the
    count, the first and last day, the ``top_themes`` most mentioned themes and the busiest
    channel (ties: the first in the alphabet). Two aggregate queries, no row per quote."""
    # One pass for the count, the days and the channels: a row per channel, from the day sums
    # (``quote_days``) when they can answer the filter.
    days = kept_by_day_sums(flt)
    channel, day = (QuoteDay.channel, QuoteDay.said_on) if days else (Quote.channel, Quote.said_on)
    count = func.sum(QuoteDay.quotes) if days else func.count(Quote.id)
    query = cast("Select[Any]", select(channel, count, func.min(day), func.max(day)))
    per_channel = (on_days(query, QuoteDay, flt) if days else flt.apply(query)).group_by(channel)
    counted = theme_counts(engine, flt, by_day=False).subquery()
    themes = (
        select(counted.c.theme, counted.c.n)
        .order_by(counted.c.n.desc(), counted.c.theme)
        .limit(max(0, top_themes))
    )
    with engine.connect() as conn:
        channels = [
            (str(c), int(n), as_day(lo), as_day(hi)) for c, n, lo, hi in conn.execute(per_channel)
        ]
        if not channels:
            return PeriodStats(0, None, None, (), None, 0)
        ranked = tuple((str(name), int(n)) for name, n in conn.execute(themes))
    top_channel, top_count, _first, _last = min(channels, key=lambda row: (-row[1], row[0]))
    return PeriodStats(
        quotes=sum(row[1] for row in channels),
        first_day=min(row[2] for row in channels),
        last_day=max(row[3] for row in channels),
        top_themes=ranked,
        top_channel=top_channel,
        top_channel_quotes=top_count,
    )


def deck_ids(
    engine: Engine,
    flt: QuoteFilter,
    order: str,
    *,
    limit: int,
    seed: int,
    weights: Mapping[str, float],
) -> list[int]:
    """The ids of the first ``limit`` quotes matching ``flt`` in deck ``order``, ordered by the
    database with LIMIT: "loved" (warmth, then newest), "newest" (said_on, then id) or
    "random" (the shuffle of :mod:`feedback.shuffle` with ``seed``). The same order as
    :func:`feedback.insights.wall.ordered_positions` over the quotes' rows."""
    if order == "loved":
        return warmest_ids(engine, flt, weights, limit=limit)
    if order == "random":
        return shuffled_ids(engine, flt, seed, limit=limit)
    query = flt.apply(select(Quote.id)).order_by(Quote.said_on.desc(), Quote.id.desc())
    with engine.connect() as conn:
        return [int(i) for i in conn.execute(query.limit(max(0, limit))).scalars()]
