"""The love wall: which approved quotes it shows, in which order, and how warm each card looks.

Plain data in, plain values out: a DataFrame from :func:`feedback.store.read.quotes_frame`
becomes a :class:`WallView` of :class:`Card` values that the HTML renderer, the slide deck and
the collage all draw from. Only the cards that are shown are built, so a selection of 100,000
quotes costs one sort, not 100,000 cards.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import pandas as pd

from feedback.analyze.tokens import EMOJI_RE
from feedback.insights.privacy import NamePrivacy
from feedback.shuffle import shuffle_keys

WALL_ORDERS: tuple[str, ...] = ("newest", "loved", "random")
# Why 24: four to five rows of notes on a TV at five or six columns, and on a phone (one column)
# a page that still ends; "show more" adds the next 24.
PAGE_SIZE = 24
# Why 5: a sticker row, not a second copy of the quote.
MAX_EMOJI = 5
# Emotions that make a quote feel more (or less) loving, in warmth units (warmth is in [0, 1]).
EMOTION_WEIGHTS: dict[str, float] = {
    "gratitude": 0.08,
    "joy": 0.06,
    "admiration": 0.06,
    "relief": 0.04,
    "surprise": 0.02,
    "frustration": -0.10,
    "anger": -0.15,
}
# A card's paper colour follows the strongest warm emotion; "cream" when there is none.
TONES: tuple[str, ...] = ("rose", "sun", "lilac", "mint", "sky", "cream")
_TONE_BY_EMOTION: dict[str, str] = {
    "gratitude": "rose",
    "joy": "sun",
    "admiration": "lilac",
    "relief": "mint",
    "surprise": "sky",
}
# Warmth thresholds and quote lengths (characters) for the three card sizes.
_SIZE_THRESHOLDS = (0.85, 0.65)
_SHORT_QUOTE_CHARS = 140
_LONG_QUOTE_CHARS = 300
# Quote of the week: the warmest quote of these many days up to the newest quote in view.
_WEEK_DAYS = 7


@dataclass(frozen=True, slots=True)
class Card:
    """One quote as the wall, the slides and the collage show it.

    ``who`` is the agent's first name when they consented to be named, else the team's name
    (``named`` says which); ``warmth`` is in [0, 1]; ``size`` is 1..3; ``tilt`` is -3..3
    (a slight, stable rotation of the paper note).
    """

    quote_id: int
    text: str
    channel: str
    said_on: dt.date
    who: str
    named: bool
    team: str
    emoji: tuple[str, ...]
    warmth: float
    size: int
    tone: str
    tilt: int
    themes: tuple[str, ...] = ()
    verbatim: bool | None = None


@dataclass(frozen=True, slots=True)
class WallView:
    """The cards to show now, how many quotes match in total, and the quote of the week."""

    cards: tuple[Card, ...]
    total: int
    highlight: Card | None

    @property
    def has_more(self) -> bool:
        return len(self.cards) < self.total


def warmth(compound: float | None, emotions: Iterable[str] = ()) -> float:
    """How loving a quote reads, in [0, 1]: the sentiment ``compound`` (in [-1, 1]) mapped to
    [0, 1], nudged by its emotions. A quote without a score counts as neutral (0.5)."""
    base = 0.5 if compound is None or math.isnan(compound) else (compound + 1) / 2
    nudged = round(base + _emotion_bonus(frozenset(emotions)), 4)
    return min(1.0, max(0.0, nudged))


@cache
def _emotion_bonus(emotions: frozenset[str]) -> float:
    return sum(EMOTION_WEIGHTS.get(e, 0.0) for e in emotions)


def tone_for(emotions: Sequence[str]) -> str:
    """The paper colour: the first warm emotion the analyser listed (strongest first)."""
    return next((_TONE_BY_EMOTION[e] for e in emotions if e in _TONE_BY_EMOTION), "cream")


def size_for(warmth_value: float, text: str) -> int:
    """Card size 1..3: warmer quotes get bigger type, but only short ones get the biggest, so a
    long letter never fills a column with huge words."""
    high, mid = _SIZE_THRESHOLDS
    length = len(text)
    if warmth_value >= high and length <= _SHORT_QUOTE_CHARS:
        return 3
    if warmth_value >= mid and length <= _LONG_QUOTE_CHARS:
        return 2
    return 1


def emoji_in(text: str) -> tuple[str, ...]:
    """The distinct emoji of ``text`` in order of appearance, at most :data:`MAX_EMOJI`."""
    found = dict.fromkeys(match.group(0) for match in EMOJI_RE.finditer(text))
    return tuple(found)[:MAX_EMOJI]


def display_name(row: Mapping[Any, Any]) -> tuple[str, bool]:
    """(who, named): the agent's first name only with consent, otherwise the team."""
    first = row.get("agent_first_name")
    if row.get("agent_consent") and isinstance(first, str) and first.strip():
        return first.strip(), True
    team = row.get("team")
    return (team.strip() if isinstance(team, str) else ""), False


def card_from_row(row: Mapping[Any, Any], names: NamePrivacy | None = None) -> Card:
    """Build one card from a row of :func:`feedback.store.read.quotes_frame`; ``names`` hides
    the names of agents without consent in the text (views for others always pass it)."""
    agent_id = _int(row.get("agent_id"))
    text = str(row["text"]) if names is None else names.mask(str(row["text"]), agent_id)
    if row.get("sentiment_label") == "mixed":
        # The wall is for praise: of a quote that also complains, it shows the praising part.
        from feedback.analyze.sentiment.excerpt import praise_excerpt

        text = praise_excerpt(text, str(row.get("language") or "other"))
    emotions = _labels(row.get("emotions"))
    value = warmth(_float(row.get("sentiment_compound")), emotions)
    who, named = display_name(row)
    said_on = row["said_on"]
    quote_id = int(row["id"])
    team = row.get("team")
    verbatim = row.get("verbatim")
    return Card(
        quote_id=quote_id,
        text=text,
        channel=str(row["channel"]),
        said_on=said_on.date() if isinstance(said_on, dt.datetime) else said_on,
        who=who,
        named=named,
        team=team if isinstance(team, str) else "",
        emoji=emoji_in(text),
        warmth=value,
        size=size_for(value, text),
        tone=tone_for(emotions),
        # Why 7919 (a prime): neighbouring ids get visibly different tilts.
        tilt=(quote_id * 7919) % 7 - 3,
        themes=tuple(_labels(row.get("themes"))),
        verbatim=verbatim if isinstance(verbatim, bool) else None,
    )


def warmth_series(frame: pd.DataFrame) -> pd.Series:
    """Warmth of every row of ``frame`` (same values as :func:`warmth`), aligned with its index.

    Vectorised: emotion lists repeat a lot, so their bonus is computed once per combination.
    """
    if frame.empty:
        return pd.Series([], dtype=float, index=frame.index)
    compound = pd.to_numeric(frame["sentiment_compound"], errors="coerce").to_numpy(dtype=float)
    base = np.where(np.isnan(compound), 0.5, (compound + 1) / 2)
    bonus = np.fromiter(
        (_emotion_bonus(frozenset(_labels(e))) for e in frame["emotions"]),
        dtype=float,
        count=len(frame),
    )
    return pd.Series(np.clip(np.round(base + bonus, 4), 0.0, 1.0), index=frame.index)


def ordered_positions(frame: pd.DataFrame, order: str, seed: int = 0) -> np.ndarray:
    """Row positions of ``frame`` in wall order: ``newest`` (date, then id), ``loved`` (warmth,
    then newest) or ``random`` (a hash of the id and ``seed``: repeatable, and the same order
    the database gives, see :mod:`feedback.shuffle`).

    Only the sort keys are touched, so ordering 100,000 quotes never copies their texts.
    """
    if order == "random":  # the database's shuffle too (feedback.shuffle)
        return np.argsort(shuffle_keys(frame["id"].to_numpy(dtype=np.int64), seed), kind="stable")
    said = pd.to_datetime(frame["said_on"]).to_numpy(dtype="datetime64[ns]").astype(np.int64)
    ids = frame["id"].to_numpy(dtype=np.int64)
    keys: list[np.ndarray] = [-ids, -said]  # np.lexsort sorts by the LAST key first
    if order == "loved":
        keys.append(-warmth_series(frame).to_numpy())
    return np.lexsort(keys)


def order_frame(frame: pd.DataFrame, order: str, seed: int = 0) -> pd.DataFrame:
    """``frame`` sorted for the wall (see :func:`ordered_positions`)."""
    return frame if frame.empty else frame.iloc[ordered_positions(frame, order, seed)]


def top(frame: pd.DataFrame, order: str, count: int, seed: int = 0) -> pd.DataFrame:
    """The first ``count`` rows of ``frame`` in ``order``, without sorting the whole frame."""
    if frame.empty:
        return frame
    return frame.iloc[ordered_positions(frame, order, seed)[: max(0, count)]]


def quote_of_the_week(
    frame: pd.DataFrame,
    today: dt.date | None = None,
    names: NamePrivacy | None = None,
    lang: str | None = None,
) -> Card | None:
    """The warmest quote of the last seven days up to ``today`` (default: the newest quote's
    day); ties go to the quote with more emoji, then the newer one. None for an empty frame.

    With ``lang`` (the UI language), a quote in that language wins over warmer ones in another
    language; only a week without any such quote shows one in another language.
    """
    if frame.empty:
        return None
    said_on = pd.to_datetime(frame["said_on"])
    end = pd.Timestamp(today) if today is not None else said_on.max()
    recent = frame[(said_on <= end) & (said_on > end - pd.Timedelta(days=_WEEK_DAYS))]
    if recent.empty:  # nothing this week: the newest week that has quotes
        return quote_of_the_week(frame, said_on.max().date(), names, lang)
    if lang is not None and "language" in recent.columns:
        in_lang = recent[recent["language"] == lang]
        recent = in_lang if not in_lang.empty else recent
    ranked = recent.assign(
        _warmth=warmth_series(recent),
        _emoji=[len(emoji_in(str(text))) for text in recent["text"]],
    ).sort_values(["_warmth", "_emoji", "said_on", "id"], ascending=False)
    return card_from_row(ranked.iloc[0].to_dict(), names)


def build_wall(
    frame: pd.DataFrame,
    *,
    order: str = "newest",
    seed: int = 0,
    limit: int = PAGE_SIZE,
    today: dt.date | None = None,
    names: NamePrivacy | None = None,
    lang: str | None = None,
) -> WallView:
    """The first ``limit`` cards of ``frame`` in ``order``, the total and the quote of the week.

    The quote of the week counts towards ``limit`` and is not repeated among the cards.
    ``names`` masks agent names in the texts (see :mod:`feedback.insights.privacy`); ``lang``
    is the UI language, whose quotes come first for the quote of the week.
    """
    if order not in WALL_ORDERS:
        raise ValueError(f"unknown wall order {order!r}; expected one of {WALL_ORDERS}")
    highlight = quote_of_the_week(frame, today, names, lang)
    if frame.empty:
        return WallView(cards=(), total=0, highlight=None)
    positions = ordered_positions(frame, order, seed)
    if highlight is not None:
        positions = positions[frame["id"].to_numpy()[positions] != highlight.quote_id]
    # ``limit`` counts the quote of the week too: "60 of 366" means 60 notes on the board.
    shown = frame.iloc[positions[: max(0, limit - (highlight is not None))]]
    cards = tuple(card_from_row(row, names) for row in shown.to_dict("records"))
    return WallView(cards=cards, total=len(positions), highlight=highlight)


def _labels(value: object) -> list[str]:
    if isinstance(value, list | tuple | np.ndarray):
        return [str(v) for v in value]
    return []


def _int(value: object) -> int | None:
    number = _float(value)
    return None if number is None else int(number)


def _float(value: object) -> float | None:
    if value is None or isinstance(value, str):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number
