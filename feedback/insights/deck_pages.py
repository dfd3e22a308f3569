"""The presentation deck from the database's sums and orders (:mod:`feedback.store.
presentation_queries`) and the texts of the chosen quotes only: the same deck as
:func:`feedback.insights.presentation.build_deck` over every quote's full row (tests compare
both on both backends), without a row per matching quote leaving the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from sqlalchemy import Engine

from feedback.insights import works_council
from feedback.insights.presentation import (
    _SPOTLIGHT_QUOTES,
    DECK_ORDERS,
    MAX_SLIDES,
    TOP_THEMES,
    Deck,
    PeriodStats,
    Spotlight,
    only_team,
    rotating_team,
)
from feedback.insights.privacy import NamePrivacy
from feedback.insights.wall import EMOTION_WEIGHTS
from feedback.insights.wall_pages import card, team_level
from feedback.store import presentation_queries, wall_queries
from feedback.store.filters import QuoteFilter
from feedback.store.wall_queries import WallQuote


def build_deck_from_queries(
    *,
    stats: Callable[[int | None], PeriodStats],
    ordered: Callable[[int | None, str, int], Sequence[int]],
    fetch: Callable[[Sequence[int]], Sequence[WallQuote]],
    teams: Mapping[int, str],
    slides: int,
    order: str,
    spotlight_team: int | None,
    today: dt.date,
    names: NamePrivacy | None,
    works_council_mode: bool,
    small_teams: Collection[int] = frozenset(),
    teamless: Collection[int] = frozenset(),
) -> Deck:
    """The deck. ``stats(team)`` sums the matching quotes (of one team, or all with None),
    ``ordered(team, order, n)`` gives the ids of the first ``n`` in ``order``, ``fetch`` reads
    the records of ids, ``teams`` names the teams that have matching quotes (id -> name).
    ``small_teams`` (works-council mode) get no spotlight, and their quotes name no team."""
    if order not in DECK_ORDERS:
        raise ValueError(f"unknown deck order {order!r}; expected one of {DECK_ORDERS}")
    count = max(1, min(slides, MAX_SLIDES))
    team = spotlight_team
    teams = works_council.offered_teams(teams, small_teams)
    if team is None:
        team = rotating_team(sorted(teams), today)
    own = stats(team) if team is not None and team in teams else None
    best = [int(i) for i in ordered(team, "loved", _SPOTLIGHT_QUOTES)] if own else []
    # The spotlight's quotes get no slide of their own: the next ones in the order do.
    chosen = [int(i) for i in ordered(None, order, count + len(best)) if int(i) not in best]
    chosen = chosen[:count]
    found = {
        q.id: q
        for q in team_level(
            fetch(list(dict.fromkeys(chosen + best))), works_council_mode, small_teams, teamless
        )
    }
    spotlight = None
    if team is not None and own is not None and own.quotes:
        spotlight = Spotlight(
            team_id=team,
            team=teams.get(team, ""),
            quotes=own.quotes,
            top_themes=tuple(theme for theme, _count in own.top_themes),
            cards=tuple(card(found[i], names) for i in best if i in found),
        )
    return Deck(
        stats=stats(None),
        spotlight=spotlight,
        cards=tuple(card(found[i], names) for i in chosen if i in found),
        team=only_team(dict(teams)),
    )


def database_deck(
    engine: Engine,
    flt: QuoteFilter,
    *,
    teams: Mapping[int, str],
    slides: int,
    order: str,
    seed: int,
    spotlight_team: int | None,
    today: dt.date,
    names: NamePrivacy | None,
    works_council_mode: bool,
    small_teams: Collection[int] = frozenset(),
    teamless: Collection[int] = frozenset(),
) -> Deck:
    """:func:`build_deck_from_queries` over the store: sums, orders and the chosen texts from
    the database (``teams``: :func:`feedback.store.presentation_queries.team_choices`)."""

    def scoped(team: int | None) -> QuoteFilter:
        return flt if team is None else replace(flt, team_ids=(team,))

    def sums(team: int | None) -> PeriodStats:
        return presentation_queries.period_sums(engine, scoped(team), top_themes=TOP_THEMES)

    # The title slide's sums of every matching quote are read on a second connection while
    # the deck's order is: two scans of the period side by side (the drivers release the
    # GIL while the database works).
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="deck-sums") as pool:
        overall = pool.submit(sums, None)
        return build_deck_from_queries(
            stats=lambda team: overall.result() if team is None else sums(team),
            ordered=lambda team, order, n: presentation_queries.deck_ids(
                engine, scoped(team), order, limit=n, seed=seed, weights=EMOTION_WEIGHTS
            ),
            fetch=lambda ids: wall_queries.quotes_by_id(engine, ids),
            teams=teams,
            slides=slides,
            order=order,
            spotlight_team=spotlight_team,
            today=today,
            names=names,
            works_council_mode=works_council_mode,
            small_teams=small_teams,
            teamless=teamless,
        )
