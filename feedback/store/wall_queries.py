"""Typed reads for the wall (and the slides that draw its cards): pages, never all rows.

A page of the newest quotes is one indexed range (``ix_quotes_status_said_on``) read with
LIMIT and a keyset (said_on, id) after the last card shown, so the hundredth page costs what
the first does. The quote of the week reads one week. "Warmest first" and a shuffle are
ordered by the database (the warmth computed in SQL, the shuffle a hash of id and seed) with
LIMIT, and then only the page's rows are read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Float,
    Select,
    String,
    and_,
    case,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy import cast as cast_

from feedback.shuffle import shuffle_key
from feedback.store.filters import QuoteFilter
from feedback.store.models import Agent, Quote, Team

# The loved order first looks among this many newest matching quotes (or 20 per quote asked
# for) for enough of the top warmth: a page of cards needs 1 quote in 100 to reach it.
_NEWEST_SCAN = 2_000
_NEWEST_PER_ID = 20


@dataclass(frozen=True, slots=True)
class WallQuote:
    """What a card needs of one quote: no moderation, import or audit columns."""

    id: int
    text: str
    language: str
    channel: str
    said_on: dt.date
    agent_id: int | None
    agent_first_name: str | None
    agent_consent: bool
    team_id: int | None
    team: str | None
    verbatim: bool | None
    sentiment_compound: float | None
    sentiment_label: str | None
    themes: tuple[str, ...]
    emotions: tuple[str, ...]

    def as_row(self) -> dict[str, Any]:
        """The record as a row for :func:`feedback.insights.wall.card_from_row`."""
        return {
            "id": self.id,
            "text": self.text,
            "language": self.language,
            "channel": self.channel,
            "said_on": self.said_on,
            "agent_id": self.agent_id,
            "agent_first_name": self.agent_first_name,
            "agent_consent": self.agent_consent,
            "team_id": self.team_id,
            "team": self.team,
            "verbatim": self.verbatim,
            "sentiment_compound": self.sentiment_compound,
            "sentiment_label": self.sentiment_label,
            "themes": list(self.themes),
            "emotions": list(self.emotions),
        }


@dataclass(frozen=True, slots=True)
class PageKey:
    """Where a page of the newest quotes ends: the next page starts after it."""

    said_on: dt.date
    id: int


def _select() -> Select[Any]:
    columns = (
        select(
            Quote.id,
            Quote.text,
            Quote.language,
            Quote.channel,
            Quote.said_on,
            Quote.agent_id,
            Agent.first_name,
            Agent.consent_named,
            Quote.team_id,
            Team.name,
            Quote.verbatim,
            Quote.sentiment_compound,
            Quote.sentiment_label,
            Quote.themes,
            Quote.emotions,
        )
        .outerjoin(Agent, Agent.id == Quote.agent_id)
        .outerjoin(Team, Team.id == Quote.team_id)
    )
    return cast("Select[Any]", columns)


def _record(row: Sequence[Any]) -> WallQuote:
    (qid, text, language, channel, said_on, agent_id, first, consent, team_id, team) = row[:10]
    verbatim, compound, label, themes, emotions = row[10:]
    return WallQuote(
        id=int(qid),
        text=str(text),
        language=str(language or "other"),
        channel=str(channel),
        said_on=as_day(said_on),
        agent_id=agent_id,
        agent_first_name=first,
        agent_consent=bool(consent),
        team_id=team_id,
        team=team,
        verbatim=verbatim,
        sentiment_compound=compound,
        sentiment_label=label,
        themes=_labels(themes),
        emotions=_labels(emotions),
    )


def newest_page(
    engine: Engine,
    flt: QuoteFilter,
    *,
    limit: int,
    after: PageKey | None = None,
    exclude_id: int | None = None,
) -> tuple[WallQuote, ...]:
    """At most ``limit`` quotes matching ``flt``, newest first (said_on, then id, descending),
    starting after ``after``; ``exclude_id`` (the quote of the week) is left out."""
    query = flt.apply(_select())
    if after is not None:
        query = query.where(after_key(after))
    if exclude_id is not None:
        query = query.where(Quote.id != exclude_id)
    query = query.order_by(Quote.said_on.desc(), Quote.id.desc()).limit(max(0, limit))
    with engine.connect() as conn:
        return tuple(_record(row) for row in conn.execute(query))


def warmest_ids(
    engine: Engine,
    flt: QuoteFilter,
    weights: Mapping[str, float],
    *,
    limit: int,
    exclude_id: int | None = None,
) -> list[int]:
    """The ids of the ``limit`` warmest quotes matching ``flt`` (then newest, then highest id),
    without ``exclude_id``: the order of :func:`feedback.insights.wall.ordered_positions`
    ("loved"), computed by the database, so no quote but the page's is read."""
    warmth = _warmth(weights)
    query = flt.apply(select(Quote.id))
    if exclude_id is not None:
        query = query.where(Quote.id != exclude_id)
    count = max(0, limit)
    with engine.connect() as conn:
        ids = _warmest_among_newest(conn, query, warmth, count)
        if ids is not None:
            return ids
        query = query.order_by(warmth.desc(), Quote.said_on.desc(), Quote.id.desc())
        return [int(i) for i in conn.execute(query.limit(count)).scalars()]


def _warmest_among_newest(
    conn: Connection, query: Select[tuple[int]], warmth: ColumnElement[float], count: int
) -> list[int] | None:
    """The answer of :func:`warmest_ids` when the newest matching quotes hold ``count`` quotes
    of the top warmth (1.0, which many quotes reach), else None.

    Exact: the full order puts every quote of warmth 1.0 first, newest first, and one outside
    the newest ``_NEWEST_SCAN`` is older than each inside. Reads at most that many quotes, in
    the date index's order, instead of every matching quote's warmth and a sort."""
    scan = max(_NEWEST_SCAN, _NEWEST_PER_ID * count)
    newest = (
        query.add_columns(Quote.said_on, warmth.label("warmth"))
        .order_by(Quote.said_on.desc(), Quote.id.desc())
        .limit(scan)
        .subquery()
    )
    warmest = (
        select(newest.c.id)
        .where(newest.c.warmth >= 1.0)
        .order_by(newest.c.said_on.desc(), newest.c.id.desc())
        .limit(count)
    )
    ids = [int(i) for i in conn.execute(warmest).scalars()]
    return ids if len(ids) >= count else None


def shuffled_ids(
    engine: Engine, flt: QuoteFilter, seed: int, *, limit: int, exclude_id: int | None = None
) -> list[int]:
    """The ids of the first ``limit`` quotes matching ``flt`` in the shuffle of ``seed``
    (:mod:`feedback.shuffle`, the order of :func:`feedback.insights.wall.ordered_positions`
    "random"), without ``exclude_id``, ordered by the database with LIMIT."""
    query = flt.apply(select(Quote.id))
    if exclude_id is not None:
        query = query.where(Quote.id != exclude_id)
    query = query.order_by(shuffle_key(Quote.id, seed)).limit(max(0, limit))
    with engine.connect() as conn:
        return [int(i) for i in conn.execute(query).scalars()]


def _warmth(weights: Mapping[str, float]) -> ColumnElement[float]:
    """:func:`feedback.insights.wall.warmth` in SQL: the compound mapped to [0, 1] (0.5 without
    one), plus each listed emotion's weight, clipped to [0, 1]. Not rounded: Python rounds to
    four places, so two quotes within 0.0001 of each other may swap places; nothing else does.
    """
    compound = cast_(Quote.sentiment_compound, Float)
    base = case((Quote.sentiment_compound.is_(None), 0.5), else_=(compound + 1.0) / 2.0)
    emotions = cast_(Quote.emotions, String)
    raw: ColumnElement[float] = base
    for label, weight in sorted(weights.items()):
        raw = raw + case((emotions.like(f'%"{label}"%'), weight), else_=0.0)
    return case((raw > 1.0, literal(1.0)), (raw < 0.0, literal(0.0)), else_=raw)


def after_key(key: PageKey) -> ColumnElement[bool]:
    """Quotes after ``key`` in newest-first order: older, or the same day with a lower id.

    Spelt out rather than a row value, and with ``said_on <= day`` on its own, so both
    backends start the (status, said_on) index scan at the key instead of filtering every
    newer quote (PostgreSQL used the OR as a filter only)."""
    return and_(
        Quote.said_on <= key.said_on,
        or_(Quote.said_on < key.said_on, and_(Quote.said_on == key.said_on, Quote.id < key.id)),
    )


def page_key(quote: WallQuote) -> PageKey:
    return PageKey(quote.said_on, quote.id)


def latest_day(engine: Engine, flt: QuoteFilter) -> dt.date | None:
    """The newest ``said_on`` among the quotes matching ``flt`` (None when none match)."""
    with engine.connect() as conn:
        value = conn.execute(flt.apply(select(func.max(Quote.said_on)))).scalar_one_or_none()
    return None if value is None else as_day(value)


def days_quotes(
    engine: Engine,
    flt: QuoteFilter,
    *,
    first: dt.date,
    last: dt.date,
    language: str | None = None,
) -> tuple[WallQuote, ...]:
    """The quotes matching ``flt`` said from ``first`` to ``last`` (inclusive), optionally in
    one ``language``: the candidates for the quote of the week."""
    query = flt.apply(_select()).where(Quote.said_on >= first, Quote.said_on <= last)
    if language is not None:
        query = query.where(Quote.language == language)
    with engine.connect() as conn:
        return tuple(_record(row) for row in conn.execute(query.order_by(Quote.id)))


def week_candidates(
    engine: Engine, flt: QuoteFilter, today: dt.date | None, language: str | None, days: int
) -> tuple[WallQuote, ...]:
    """The candidates for the quote of the week: the quotes of the ``days`` days up to
    ``today`` (default: the newest quote's day), or of the newest such week that has quotes;
    those in ``language`` only, unless the week has none in it."""
    end = today or latest_day(engine, flt)
    for _attempt in range(2):
        if end is None:
            return ()
        first = end - dt.timedelta(days=days - 1)
        if language is not None:
            found = days_quotes(engine, flt, first=first, last=end, language=language)
            if found:
                return found
        found = days_quotes(engine, flt, first=first, last=end)
        if found:
            return found
        end = latest_day(engine, flt)  # nothing that week: the newest week with quotes
    return ()


def decoded_labels(raw: str | None, seen: dict[str | None, tuple[str, ...]]) -> tuple[str, ...]:
    """A JSON list of labels read as stored text, as a tuple; decoded once per distinct text
    (``seen`` remembers them): over many quotes, a few lists repeat."""
    if raw not in seen:
        seen[raw] = _labels(json.loads(raw)) if raw else ()
    return seen[raw]


def quotes_by_id(engine: Engine, ids: Sequence[int]) -> tuple[WallQuote, ...]:
    """The quotes with ``ids``, in the order of ``ids`` (missing ones left out)."""
    if not ids:
        return ()
    with engine.connect() as conn:
        found = {
            record.id: record
            for record in map(_record, conn.execute(_select().where(Quote.id.in_(list(ids)))))
        }
    return tuple(found[i] for i in ids if i in found)


def as_day(value: Any) -> dt.date:
    """A day as a backend returns it (a date, a datetime, or ISO text on SQLite)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _labels(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):  # a JSON column read as text by an older driver
        value = json.loads(value)
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return ()
