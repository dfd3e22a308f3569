"""The presentation deck from narrow keys (:func:`feedback.store.presentation_queries.
deck_keys`) and the texts of the chosen quotes only: the same deck as :func:`feedback.insights.
presentation.build_deck` over every quote's full row (tests compare both on both backends)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

import pandas as pd

from feedback.insights.presentation import (
    _SPOTLIGHT_QUOTES,
    DECK_ORDERS,
    MAX_SLIDES,
    Deck,
    Spotlight,
    period_stats,
    rotating_team,
)
from feedback.insights.privacy import NamePrivacy
from feedback.insights.wall import top
from feedback.insights.wall_pages import card, team_level
from feedback.store.wall_queries import WallQuote


def build_deck_from_keys(
    keys: pd.DataFrame,
    fetch: Callable[[Sequence[int]], Sequence[WallQuote]],
    teams: Mapping[int, str],
    *,
    slides: int,
    order: str,
    seed: int,
    spotlight_team: int | None,
    today: dt.date,
    names: NamePrivacy | None,
    works_council_mode: bool,
) -> Deck:
    """The deck: title numbers and the ranking from ``keys`` (every matching quote, newest
    first), texts from ``fetch`` (ids -> records) for the slides and the spotlight only;
    ``teams`` names the teams (id -> name)."""
    if order not in DECK_ORDERS:
        raise ValueError(f"unknown deck order {order!r}; expected one of {DECK_ORDERS}")
    count = max(1, min(slides, MAX_SLIDES))
    chosen = [int(i) for i in top(keys, order, count, seed)["id"]]
    team = spotlight_team
    if team is None:
        with_team = keys["team_id"].dropna() if not keys.empty else pd.Series([], dtype=float)
        team = rotating_team(sorted({int(t) for t in with_team}), today)
    own = keys[keys["team_id"] == team] if team is not None and not keys.empty else keys[:0]
    best = [int(i) for i in top(own, "loved", _SPOTLIGHT_QUOTES)["id"]] if not own.empty else []
    found = {
        q.id: q for q in team_level(fetch(list(dict.fromkeys(chosen + best))), works_council_mode)
    }
    spotlight = None
    if team is not None and not own.empty:
        spotlight = Spotlight(
            team_id=team,
            team=teams.get(team, ""),
            quotes=len(own),
            top_themes=tuple(theme for theme, _count in period_stats(own).top_themes),
            cards=tuple(card(found[i], names) for i in best if i in found),
        )
    return Deck(
        stats=period_stats(keys),
        spotlight=spotlight,
        cards=tuple(card(found[i], names) for i in chosen if i in found),
    )
