"""The trends page's data, summed in the database: one row per day, team and channel, and one
per day and theme. Never a row per quote.

A year of quotes is at most 365 days × teams × channels rows, whatever the number of quotes,
so the trend views (:mod:`feedback.insights.trends`) stay small and fast at a million quotes.
:func:`rollup_frame` sums a quotes frame the same way in pandas (for callers and tests that
hold quotes already).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import ColumnElement, Engine, Executable, Select, and_, case, func, select, true

from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote, QuoteDay, Team, ThemeDay
from feedback.store.read import kept_by_day_sums, on_days

# Why 0.75: on 1..5 that is 4 and 5 stars, on 1..10 it is 8 to 10, the usual "satisfied" (top-2
# box) of a CSAT survey, whatever scale a system used. On the NPS's 0..10 it is 8 to 10 too:
# passives' 8 counts as satisfied here, though polarity calls it neutral (ratings.py).
SATISFIED_FROM = 0.75

DAY_COLUMNS = (
    "day",  # datetime64, the day the customer said it
    "team",  # team name, None without a team
    "channel",
    "quotes",  # int: quotes of the row
    "positive",  # int: of them labelled positive
    "scored",  # int: of them with a sentiment compound score
    "compound_sum",  # float: sum of those scores (each in [-1, 1])
    "scored_positive",  # int: scored and labelled positive
    "scored_negative",  # int: scored and labelled negative
    "rated",  # int: of them with a usable rating
    "score_sum",  # float: sum of the normalised ratings (each in [0, 1])
    "satisfied",  # int: ratings with a normalised score >= SATISFIED_FROM
)
THEME_COLUMNS = ("day", "theme", "quotes")
INT_COLUMNS = (
    "quotes",
    "positive",
    "scored",
    "scored_positive",
    "scored_negative",
    "rated",
    "satisfied",
)


@dataclass(frozen=True, slots=True)
class TrendRollup:
    """Sums of the quotes matching a filter.

    ``days`` has the columns :data:`DAY_COLUMNS` (one row per day × team × channel),
    ``themes`` the columns :data:`THEME_COLUMNS` (quotes per day mentioning a theme).
    """

    days: pd.DataFrame
    themes: pd.DataFrame

    @property
    def empty(self) -> bool:
        return self.days.empty


def _normalised_rating() -> ColumnElement[Any]:
    """A rating on its own rating_from..scale as [0, 1] (0 of 0..10 is 0, 10 is 1; as the
    ``quote_days`` triggers of migration 0013); NULL without a rating or a usable scale."""
    raw = (Quote.rating - Quote.rating_from) / (Quote.rating_scale - Quote.rating_from * 1.0)
    clipped = case((raw < 0, 0.0), (raw > 1, 1.0), else_=raw)
    usable = and_(Quote.rating_scale > Quote.rating_from, Quote.rating.is_not(None))
    return case((usable, clipped), else_=None)


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def theme_names(dialect: str) -> Any:
    """The elements of ``quotes.themes`` (a JSON list) as a table ``value`` beside each quote."""
    if dialect == "postgresql":
        return func.json_array_elements_text(Quote.themes).table_valued("value")
    return func.json_each(Quote.themes).table_valued("value")


def theme_counts(engine: Engine, flt: QuoteFilter, *, by_day: bool) -> Select[Any]:
    """How many quotes matching ``flt`` name each theme: rows (day, theme, n) with ``by_day``,
    else (theme, n). From ``theme_days`` (kept at write time) when the filter asks only for
    what it keeps; else every matching quote's theme list is expanded."""
    if kept_by_day_sums(flt):
        total = func.sum(ThemeDay.count)
        name = ThemeDay.theme.label("theme")
        keys: list[Any] = [ThemeDay.said_on, name] if by_day else [name]
        return on_days(select(*keys, total.label("n")), ThemeDay, flt).group_by(*keys)
    theme = theme_names(engine.dialect.name)
    name = theme.c.value.label("theme")
    columns = [Quote.said_on, name] if by_day else [name]
    query = select(*columns, func.count().label("n")).select_from(Quote).join(theme, true())
    return flt.apply(query).group_by(*columns)


def day_sums(flt: QuoteFilter) -> Select[Any]:
    """The rows of :data:`DAY_COLUMNS` (a team's id for its name) for ``flt``: from
    ``quote_days`` (kept at write time) when the filter asks only for what it keeps, else
    summed from the matching quotes."""
    if kept_by_day_sums(flt):
        keys: list[Any] = [QuoteDay.said_on, QuoteDay.team_id, QuoteDay.channel]
        sums = [func.sum(QuoteDay.__table__.c[name]) for name in DAY_COLUMNS[3:]]
        return on_days(select(*keys, *sums), QuoteDay, flt).group_by(*keys)
    return _quote_sums(flt)


def _quote_sums(flt: QuoteFilter, only: ColumnElement[bool] | None = None) -> Select[Any]:
    """The rows of :data:`DAY_COLUMNS` summed from the quotes matching ``flt`` (and ``only``)."""
    score = _normalised_rating()
    scored = Quote.sentiment_compound.is_not(None)
    # Grouped by the team's id, named after: the id follows the covering index's order, so the
    # database groups the rows as it reads them instead of sorting them (0.2 s instead of
    # 0.7 s for a year of a million quotes on SQLite).
    keys = (Quote.said_on, Quote.team_id, Quote.channel)
    query = flt.apply(
        select(
            *keys,
            func.count(),
            _count_if(Quote.sentiment_label == "positive"),
            func.count(Quote.sentiment_compound),
            func.coalesce(func.sum(Quote.sentiment_compound), 0.0),
            _count_if(and_(scored, Quote.sentiment_label == "positive")),
            _count_if(and_(scored, Quote.sentiment_label == "negative")),
            func.count(score),
            func.coalesce(func.sum(score), 0.0),
            _count_if(score >= SATISFIED_FROM),
        ).select_from(Quote)
    )
    return (query if only is None else query.where(only)).group_by(*keys)


def _no_teams(flt: QuoteFilter) -> Select[Any] | None:
    """The day sums of the quotes that are no team's (``flt.teamless_ids``, ``unnamed_ids``)
    though stored with one, or None when there are none to move. A team filter has already
    left them out (:meth:`QuoteFilter.apply`)."""
    if flt.team_ids or not flt.regroups():
        return None
    moved = and_(Quote.team_id.in_(flt.teamless_ids), Quote.agent_id.in_(flt.unnamed_ids))
    return _quote_sums(flt, moved)


def moved_to_no_team(
    day_rows: list[tuple[Any, ...]], moved_rows: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """``day_rows`` (day, team id, channel, sums...) with each of ``moved_rows`` taken from its
    team and added to no team (None): the breakdown by team counts those quotes under none.
    Rows left with no quote are dropped."""
    if not moved_rows:
        return day_rows
    width = len(DAY_COLUMNS) - 3
    summed: dict[tuple[Any, ...], list[Any]] = {}
    for day, team, channel, *sums in day_rows:  # team 0 in quote_days: no team
        key = (day, team or None, channel)
        into = summed.setdefault(key, [0] * width)
        summed[key] = [a + b for a, b in zip(into, sums, strict=True)]
    for day, team, channel, *sums in moved_rows:
        for key, sign in (((day, team, channel), -1), ((day, None, channel), 1)):
            into = summed.setdefault(key, [0] * width)
            summed[key] = [a + sign * b for a, b in zip(into, sums, strict=True)]
    return [(*key, *sums) for key, sums in summed.items() if sums[0]]


def trend_rollup(engine: Engine, flt: QuoteFilter | None = None) -> TrendRollup:
    """The sums of the quotes matching ``flt`` (default: approved), grouped in the database."""
    flt = flt or QuoteFilter()
    days = day_sums(flt)
    themes = theme_counts(engine, flt, by_day=True)
    # The two scans run side by side on two connections (the drivers release the GIL while
    # the database works): on two cores the rollup takes as long as the longer one.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="theme-rollup") as pool:
        theme_rows = pool.submit(_rows, engine, themes)
        day_rows = _rows(engine, days)
        moved = _no_teams(flt)
        if moved is not None:
            day_rows = moved_to_no_team(day_rows, _rows(engine, moved))
        team_names: dict[int, str] = dict(_rows(engine, select(Team.id, Team.name)))  # 0: none
        return TrendRollup(
            _days_frame([(day, team_names.get(team), *rest) for day, team, *rest in day_rows]),
            _themes_frame(theme_rows.result()),
        )


def _rows(engine: Engine, query: Executable) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(query).all()]


def _days_frame(rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(DAY_COLUMNS))
    frame["day"] = pd.to_datetime(frame["day"])
    for column in INT_COLUMNS:
        frame[column] = frame[column].astype("int64")
    for column in ("compound_sum", "score_sum"):
        frame[column] = frame[column].astype("float64")
    return frame


def _themes_frame(rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(THEME_COLUMNS))
    frame["day"] = pd.to_datetime(frame["day"])
    frame["quotes"] = frame["quotes"].astype("int64")
    return frame


def normalised_rating(frame: pd.DataFrame) -> pd.Series:
    """Each rating on its own rating_from..scale mapped to [0, 1] (NaN where a quote has no
    rating); a frame without ``rating_from`` has its scales from 1."""
    rating = pd.to_numeric(frame["rating"], errors="coerce")
    scale = pd.to_numeric(frame["rating_scale"], errors="coerce")
    low = pd.to_numeric(frame.get("rating_from", 1), errors="coerce")
    low = low.fillna(1) if isinstance(low, pd.Series) else low
    usable = scale.gt(low) & rating.notna()
    return ((rating - low) / (scale - low)).clip(0, 1).where(usable)


_OPTIONAL = (
    "team",
    "channel",
    "sentiment_label",
    "sentiment_compound",
    "rating",
    "rating_scale",
    "themes",
)


def rollup_frame(frame: pd.DataFrame) -> TrendRollup:
    """:func:`trend_rollup` of a quotes frame (columns said_on, team, channel,
    sentiment_label, sentiment_compound, rating, rating_scale, themes), summed in pandas."""
    if frame.empty:
        return TrendRollup(_days_frame([]), _themes_frame([]))
    frame = frame.assign(
        **{name: None for name in _OPTIONAL if name not in frame}  # a frame of a few columns
    )
    score = normalised_rating(frame)
    scored = frame["sentiment_compound"].notna()
    positive = frame["sentiment_label"] == "positive"
    keyed = pd.DataFrame(
        {
            "day": pd.to_datetime(frame["said_on"]).dt.normalize(),
            "team": frame["team"],
            "channel": frame["channel"],
            "quotes": 1,
            "positive": positive.astype("int64"),
            "scored": scored.astype("int64"),
            "compound_sum": pd.to_numeric(frame["sentiment_compound"]).fillna(0.0),
            "scored_positive": (scored & positive).astype("int64"),
            "scored_negative": (scored & (frame["sentiment_label"] == "negative")).astype("int64"),
            "rated": score.notna().astype("int64"),
            "score_sum": score.fillna(0.0),
            "satisfied": (score >= SATISFIED_FROM).astype("int64"),
        }
    )
    days = keyed.groupby(["day", "team", "channel"], dropna=False, sort=False).sum().reset_index()
    mentions = pd.DataFrame({"day": keyed["day"], "theme": frame["themes"]}).explode("theme")
    mentions = mentions.dropna(subset=["theme"])
    themes = mentions.value_counts().rename("quotes").reset_index()
    return TrendRollup(
        _days_frame(list(days.itertuples(index=False, name=None))),
        _themes_frame(list(themes.itertuples(index=False, name=None))),
    )
