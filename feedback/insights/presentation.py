"""Presentation mode for team meetings: the period's numbers, a team spotlight and the quotes.

The same :class:`Deck` feeds the HTML slide show, the PPTX export and the collage, so a meeting
shows and hands out exactly the same selection.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from feedback.i18n import format_date, format_days, t
from feedback.insights.privacy import NamePrivacy
from feedback.insights.wall import Card, card_from_row, top

DECK_ORDERS: tuple[str, ...] = ("loved", "newest", "random")
# Why 20: at the default 10 s per slide a deck runs a little over three minutes.
DEFAULT_SLIDES = 20
MAX_SLIDES = 60
# Why 3: a slide of big type holds three theme names; more becomes a list nobody reads.
TOP_THEMES = 3
_SPOTLIGHT_QUOTES = 3


@dataclass(frozen=True, slots=True)
class PeriodStats:
    """The title slide's numbers: quotes, first and last day, top themes and channel."""

    quotes: int
    first_day: dt.date | None
    last_day: dt.date | None
    top_themes: tuple[tuple[str, int], ...]
    top_channel: str | None
    top_channel_quotes: int


@dataclass(frozen=True, slots=True)
class Spotlight:
    """One team's slide: how many quotes, what customers praise, and its warmest notes."""

    team_id: int
    team: str
    quotes: int
    top_themes: tuple[str, ...]
    cards: tuple[Card, ...]


@dataclass(frozen=True, slots=True)
class Deck:
    """The title numbers, the spotlight and the quotes of the quote slides (``cards``): the
    quotes the spotlight shows are not among them, so a meeting sees no quote twice. ``team``
    names the one team whose quotes these are (the title slide says so), None for several."""

    stats: PeriodStats
    spotlight: Spotlight | None
    cards: tuple[Card, ...]
    team: str | None = None

    @property
    def shown(self) -> tuple[Card, ...]:
        """Every quote the meeting sees, once: the spotlight's, then the quote slides'."""
        return (self.spotlight.cards if self.spotlight else ()) + self.cards


def period_stats(frame: pd.DataFrame) -> PeriodStats:
    """Counts over every quote of ``frame`` (not only the ones on slides)."""
    if frame.empty:
        return PeriodStats(0, None, None, (), None, 0)
    said_on = pd.to_datetime(frame["said_on"])
    channels = Counter(str(c) for c in frame["channel"])
    # Ties go to the channel first in the alphabet, as in the database's sums.
    top_channel, top_count = min(channels.items(), key=lambda item: (-item[1], item[0]))
    return PeriodStats(
        quotes=len(frame),
        first_day=said_on.min().date(),
        last_day=said_on.max().date(),
        top_themes=_top_themes(frame, TOP_THEMES),
        top_channel=top_channel,
        top_channel_quotes=top_count,
    )


def team_choices(frame: pd.DataFrame) -> dict[int, str]:
    """Teams that have quotes in ``frame``: id -> name, sorted by name."""
    if frame.empty:
        return {}
    pairs = frame.dropna(subset=["team_id"])[["team_id", "team"]].drop_duplicates("team_id")
    teams = {int(tid): str(name) for tid, name in zip(pairs["team_id"], pairs["team"], strict=True)}
    return dict(sorted(teams.items(), key=lambda item: item[1].casefold()))


def rotating_team(team_ids: list[int], today: dt.date) -> int | None:
    """The spotlight team when nobody chose one: a fair weekly rotation (ISO week number),
    deliberately not "the team with the most quotes" (no rankings by default). None for fewer
    than two teams: a selection of one team's quotes is all about that team already, and a
    spotlight would only move its best quotes from big slides onto small notes."""
    if len(team_ids) < 2:
        return None
    return sorted(team_ids)[today.isocalendar().week % len(team_ids)]


def spotlight(
    frame: pd.DataFrame, team_id: int, names: NamePrivacy | None = None
) -> Spotlight | None:
    """The spotlight slide for ``team_id``, or None when the team has no quotes in ``frame``."""
    own = frame[frame["team_id"] == team_id] if not frame.empty else frame
    if own.empty:
        return None
    best = top(own, "loved", _SPOTLIGHT_QUOTES)
    return Spotlight(
        team_id=team_id,
        team=str(own["team"].iloc[0]),
        quotes=len(own),
        top_themes=tuple(theme for theme, _count in _top_themes(own, TOP_THEMES)),
        cards=tuple(card_from_row(row, names) for row in best.to_dict("records")),
    )


def build_deck(
    frame: pd.DataFrame,
    *,
    slides: int = DEFAULT_SLIDES,
    order: str = "loved",
    seed: int = 0,
    spotlight_team: int | None = None,
    today: dt.date | None = None,
    names: NamePrivacy | None = None,
) -> Deck:
    """The deck for the quotes of ``frame``: title numbers, a spotlight and ``slides`` quotes
    besides the spotlight's.

    ``spotlight_team`` None means the weekly rotation over the teams in ``frame``; ``names``
    masks agent names in the texts (see :mod:`feedback.insights.privacy`).
    """
    if order not in DECK_ORDERS:
        raise ValueError(f"unknown deck order {order!r}; expected one of {DECK_ORDERS}")
    count = max(1, min(slides, MAX_SLIDES))
    team = spotlight_team
    choices = team_choices(frame)
    if team is None:
        team = rotating_team(list(choices), today or dt.date.today())
    spot = spotlight(frame, team, names) if team is not None else None
    shown = {card.quote_id for card in spot.cards} if spot else set()
    chosen = top(frame, order, count + len(shown), seed)
    chosen = chosen[~chosen["id"].isin(shown)].head(count)
    return Deck(
        stats=period_stats(frame),
        spotlight=spot,
        cards=tuple(card_from_row(row, names) for row in chosen.to_dict("records")),
        team=only_team(choices),
    )


def only_team(teams: dict[int, str]) -> str | None:
    """The name of the one team of a selection (``teams``: id -> name), None for several."""
    return next(iter(teams.values())) if len(teams) == 1 else None


def period_label(
    start: dt.date | None, end: dt.date | None, lang: str, preset: str | None = None
) -> str:
    """The period's name ('Letzte 30 Tage') for a preset such as ``30d``; for a custom range
    '01.10.2026 – 23.11.2026'; 'all time' when the filter has no dates."""
    if preset is not None and preset != "custom":
        return t(f"ui.period_{preset}", lang)
    if start is None and end is None:
        return t("presentation.all_time", lang)
    if start is not None and end is not None:
        return format_days(start, end, lang)
    first = format_date(start, lang, "medium") if start else "…"
    last = format_date(end, lang, "medium") if end else "…"
    return f"{first} – {last}"


def collage_title(stats: PeriodStats, period_label: str, lang: str, team: str | None = None) -> str:
    """The collage's heading: 'Love Wall · Letzte 30 Tage · 06.11.2026 – 05.12.2026'. The days
    of the quotes too, since "Letzte 30 Tage" says which days only on the day it was made; the
    team's name after "Love Wall" when the quotes are one team's."""
    title = f"Love Wall · {team} · {period_label}" if team else f"Love Wall · {period_label}"
    if stats.first_day is None or stats.last_day is None:
        return title
    first = format_date(stats.first_day, lang, "medium")
    days = format_days(stats.first_day, stats.last_day, lang)
    return title if first in period_label else f"{title} · {days}"


def _top_themes(frame: pd.DataFrame, limit: int) -> tuple[tuple[str, int], ...]:
    # Few distinct theme lists repeat over many quotes: count the lists, then their themes.
    lists = Counter(tuple(themes) for themes in frame["themes"] if isinstance(themes, list | tuple))
    counts: Counter[str] = Counter()
    for themes, quotes in lists.items():
        for theme in themes:
            counts[str(theme)] += quotes
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(ranked[:limit])
