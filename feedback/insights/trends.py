"""Trends for managers: volume, sentiment, themes and ratings over time, and period deltas.

Every function takes the sums of :func:`feedback.store.trend_rollup.trend_rollup` (computed in
the database; a quotes frame of ``feedback.store.read.quotes_frame`` is summed the same way
first) and returns a tidy DataFrame that a chart and its CSV download show as is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Literal

import pandas as pd

from feedback.i18n import format_date, t
from feedback.insights import works_council
from feedback.store.filters import QuoteFilter
from feedback.store.trend_rollup import SATISFIED_FROM as SATISFIED_FROM
from feedback.store.trend_rollup import TrendRollup, rollup_frame
from feedback.store.trend_rollup import normalised_rating as normalised_rating

Freq = Literal["week", "month"]
GroupBy = Literal["channel", "team"]
FREQS: tuple[Freq, ...] = ("week", "month")
GROUP_BYS: tuple[GroupBy, ...] = ("channel", "team")
_PERIOD_CODE = {"week": "W", "month": "M"}  # weeks start on Monday (ISO)

# Why 30 days: with "all time" selected there is no period to compare, so compare the last month.
DEFAULT_COMPARE_DAYS = 30
# Why 120 days: up to 17 weekly bars stay readable on a laptop; a year of weeks does not.
WEEKLY_UP_TO_DAYS = 120


# Why 4: a month of weeks, or a third of a year of months, smooths without hiding a turn.
DEFAULT_ROLLING = 4
# Why 20: below 20 ratings one unhappy customer moves CSAT by more than 5 points, so a period
# with fewer is shown as uncertain, not as a dip or a peak.
MIN_RATINGS = 20


def _periods(said_on: pd.Series, freq: Freq) -> pd.Series:
    starts: pd.Series = said_on.dt.to_period(_PERIOD_CODE[freq]).dt.start_time
    return starts


def _all_periods(days: pd.Series, freq: Freq) -> pd.DatetimeIndex:
    """Every period between the first and last day, so empty weeks show as 0, not a gap."""
    span = pd.period_range(days.min(), days.max(), freq=_PERIOD_CODE[freq])
    return pd.DatetimeIndex(span.start_time, name="period")


def _rolled(data: TrendRollup | pd.DataFrame) -> TrendRollup:
    """The rollup to work from: as given, or summed from a quotes frame."""
    return data if isinstance(data, TrendRollup) else rollup_frame(data)


def period_labels(periods: Sequence[pd.Timestamp], freq: Freq, lang: str) -> list[str]:
    """Axis labels of period starts in ``lang``: 'März 2026' / 'Mar 2026', weeks by their Monday
    ('2. März' / '2 Mar'), with the year when the weeks reach into a second year.

    Labels are unique for distinct periods, so a chart can use them as categories.
    """
    key = "trends.month_pattern"
    if freq == "week":
        key = (
            "trends.week_pattern_year"
            if len({p.year for p in periods}) > 1
            else "trends.week_pattern"
        )
    pattern = t(key, lang)
    return [format_date(p.date(), lang, pattern) for p in periods]


@dataclass(frozen=True, slots=True)
class PartialPeriod:
    """A charted period that the range covers only from ``first`` to ``last``.

    ``running`` marks the period still going on (it is cut off at today): the current week or
    month so far.
    """

    period: pd.Timestamp
    first: dt.date
    last: dt.date
    running: bool


def partial_periods(
    periods: Sequence[pd.Timestamp], freq: Freq, span: tuple[dt.date, dt.date], today: dt.date
) -> tuple[PartialPeriod, ...]:
    """The periods of ``periods`` that reach outside ``span`` (at most the first and the last).

    They hold fewer days, so fewer quotes: a half month would look like a drop in volume.
    Means and shares count each quote once and are not biased by the missing days.
    """
    out: list[PartialPeriod] = []
    for start in periods:
        period = pd.Period(start, _PERIOD_CODE[freq])
        begins, ends = period.start_time.date(), period.end_time.date()
        first, last = max(begins, span[0]), min(ends, span[1])
        if (first, last) != (begins, ends):
            running = last == today < ends
            out.append(PartialPeriod(pd.Timestamp(begins), first, last, running))
    return tuple(out)


def volume(
    data: TrendRollup | pd.DataFrame, freq: Freq, by: GroupBy, none_label: str = "–"
) -> pd.DataFrame:
    """Quotes per period and channel or team: columns period, group, quotes (0-filled)."""
    days = _rolled(data).days
    if days.empty:
        return pd.DataFrame(columns=["period", "group", "quotes"])
    counts = (
        pd.DataFrame(
            {
                "period": _periods(days["day"], freq),
                "group": days[by].fillna(none_label).astype(str),
                "quotes": days["quotes"],
            }
        )
        .groupby(["period", "group"])["quotes"]
        .sum()
        .unstack("group", fill_value=0)
        .reindex(_all_periods(days["day"], freq), fill_value=0)
    )
    tidy = counts.reset_index().melt(id_vars="period", var_name="group", value_name="quotes")
    return tidy.sort_values(["period", "group"]).reset_index(drop=True)


def small_teams_merged(
    volume_frame: pd.DataFrame, small_names: Collection[str], other: str, none_label: str = "–"
) -> pd.DataFrame:
    """:func:`volume` by team with the ``small_names`` teams, and then the quotes of no team
    (``none_label``), summed into one group ``other`` (works-council mode:
    :func:`feedback.insights.works_council.small_teams`, which counts the agents without a
    team in with the small teams)."""
    if not small_names or volume_frame.empty:
        return volume_frame
    merged = {*small_names, none_label}
    groups = works_council.merged_teams(volume_frame["group"], merged, other)
    summed = volume_frame.assign(group=groups).groupby(["period", "group"])["quotes"].sum()
    return summed.reset_index().sort_values(["period", "group"]).reset_index(drop=True)


def sentiment(data: TrendRollup | pd.DataFrame, freq: Freq, window: int = 4) -> pd.DataFrame:
    """Sentiment per period: the mean compound score (in [-1, 1]) and its rolling mean over
    ``window`` periods, and the shares of positive, neutral and negative quotes (in [0, 1],
    adding up to 1) with the rolling share of positive ones, all over scored quotes.

    Rolling values weigh each quote once (a busy week counts more than a quiet one).
    Columns: period, quotes, mean, rolling, positive_share, neutral_share, negative_share,
    rolling_positive_share.
    """
    days = _rolled(data).days
    scored = days[days["scored"] > 0]
    if scored.empty:
        return pd.DataFrame(columns=["period", "quotes", "mean", "rolling", *_SHARE_COLUMNS])
    keyed = pd.DataFrame(
        {
            "period": _periods(scored["day"], freq),
            "quotes": scored["scored"],
            "total": scored["compound_sum"],
            "positive": scored["scored_positive"],
            "negative": scored["scored_negative"],
        }
    )
    per = keyed.groupby("period").sum()
    per = per.reindex(_all_periods(scored["day"], freq), fill_value=0)
    rolled = per[["total", "quotes", "positive"]].rolling(window, min_periods=1).sum()
    some = per["quotes"] > 0
    out = pd.DataFrame(
        {
            "quotes": per["quotes"].astype(int),
            "mean": (per["total"] / per["quotes"]).where(some),
            "rolling": (rolled["total"] / rolled["quotes"]).where(rolled["quotes"] > 0),
            "positive_share": (per["positive"] / per["quotes"]).where(some),
            "neutral_share": (
                (per["quotes"] - per["positive"] - per["negative"]) / per["quotes"]
            ).where(some),
            "negative_share": (per["negative"] / per["quotes"]).where(some),
            "rolling_positive_share": (rolled["positive"] / rolled["quotes"]).where(
                rolled["quotes"] > 0
            ),
        }
    )
    return out.reset_index()


_SHARE_COLUMNS = ("positive_share", "neutral_share", "negative_share", "rolling_positive_share")


def theme_share(data: TrendRollup | pd.DataFrame, freq: Freq) -> pd.DataFrame:
    """Share of a period's quotes that mention each theme, in [0, 1].

    A quote can carry several themes, so the shares of one period may add up to more than 1.
    Columns: period, theme, quotes (mentioning it), share.
    """
    rollup = _rolled(data)
    if rollup.days.empty or rollup.themes.empty:
        return pd.DataFrame(columns=["period", "theme", "quotes", "share"])
    days = rollup.days
    totals = days.groupby(_periods(days["day"], freq))["quotes"].sum()
    mentions = pd.DataFrame(
        {
            "period": _periods(rollup.themes["day"], freq),
            "theme": rollup.themes["theme"],
            "quotes": rollup.themes["quotes"],
        }
    )
    counts = mentions.groupby(["period", "theme"])["quotes"].sum().reset_index()
    counts["share"] = counts["quotes"] / counts["period"].map(totals)
    return counts.sort_values(["period", "theme"]).reset_index(drop=True)


def ratings(data: TrendRollup | pd.DataFrame, freq: Freq) -> pd.DataFrame:
    """Rated quotes per period: columns period, rated, score (mean in [0, 1]), csat (share
    satisfied in [0, 1]), reliable (at least :data:`MIN_RATINGS` ratings). Empty when no quote
    carries a rating."""
    days = _rolled(data).days
    rated = days[days["rated"] > 0]
    if rated.empty:
        return pd.DataFrame(columns=["period", "rated", "score", "csat", "reliable"])
    per = (
        rated[["rated", "score_sum", "satisfied"]]
        .groupby(_periods(rated["day"], freq).rename("period"))
        .sum()
    )
    out = pd.DataFrame(
        {
            "rated": per["rated"].astype(int),
            "score": per["score_sum"] / per["rated"],
            "csat": per["satisfied"] / per["rated"],
        }
    )
    return out.assign(reliable=out["rated"] >= MIN_RATINGS).reset_index()


@dataclass(frozen=True, slots=True)
class Windows:
    """The charted range (``chart_start`` None = everything) and the two compared periods."""

    chart_start: dt.date | None
    chart_end: dt.date
    current: tuple[dt.date, dt.date]
    previous: tuple[dt.date, dt.date]


def comparison_windows(flt: QuoteFilter, today: dt.date) -> Windows:
    """This period is the filter's range; the previous one has the same length right before it."""
    end = flt.end or today
    start = flt.start or end - dt.timedelta(days=DEFAULT_COMPARE_DAYS - 1)
    length = end - start + dt.timedelta(days=1)
    previous = (start - length, start - dt.timedelta(days=1))
    return Windows(flt.start, end, (start, end), previous)


def default_freq(windows: Windows) -> Freq:
    """Weeks for a range up to about four months, months beyond or for "all time"."""
    if windows.chart_start is None:
        return "month"
    return (
        "week" if (windows.chart_end - windows.chart_start).days <= WEEKLY_UP_TO_DAYS else "month"
    )


def widened(flt: QuoteFilter, windows: Windows) -> QuoteFilter:
    """``flt`` reaching back far enough to hold the previous period as well."""
    if flt.start is None:
        return replace(flt, end=windows.chart_end)
    return replace(flt, start=windows.previous[0], end=windows.chart_end)


def _between(days: pd.DataFrame, window: tuple[dt.date, dt.date]) -> pd.DataFrame:
    start, end = pd.Timestamp(window[0]), pd.Timestamp(window[1])
    return days[(days["day"] >= start) & (days["day"] <= end)]


@dataclass(frozen=True, slots=True)
class Metric:
    """One number of this period and the previous one (None where there is no data)."""

    key: str
    current: float | None
    previous: float | None
    n: int = 0  # how many quotes (or ratings, for CSAT) the current value stands on

    @property
    def delta(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


def _metrics_of(part: pd.DataFrame) -> dict[str, tuple[float | None, int]]:
    """Each metric's value and the number of quotes (ratings for CSAT) behind it."""
    quotes, scored, rated = (int(part[c].sum()) for c in ("quotes", "scored", "rated"))
    positive = int(part["positive"].sum())
    return {
        "quotes": (float(quotes), quotes),
        "sentiment": (float(part["compound_sum"].sum()) / scored if scored else None, scored),
        "positive_share": (positive / quotes if quotes else None, quotes),
        "csat": (float(part["satisfied"].sum()) / rated if rated else None, rated),
    }


def compare(data: TrendRollup | pd.DataFrame, windows: Windows) -> list[Metric]:
    """Quotes, mean sentiment, positive share and CSAT of this period against the previous."""
    days = _rolled(data).days
    now = _metrics_of(_between(days, windows.current))
    before = _metrics_of(_between(days, windows.previous))
    return [Metric(key, now[key][0], before[key][0], now[key][1]) for key in now]


@dataclass(frozen=True, slots=True)
class TrendReport:
    """Small aggregated frames (one row per period and group), nothing per quote."""

    volume: pd.DataFrame
    sentiment: pd.DataFrame
    themes: pd.DataFrame
    ratings: pd.DataFrame
    metrics: list[Metric]
    periods: tuple[pd.Timestamp, ...]  # every charted period, in order
    partial: tuple[PartialPeriod, ...]  # those only partly inside the charted range


def trend_report(
    data: TrendRollup | pd.DataFrame,
    windows: Windows,
    freq: Freq,
    by: GroupBy,
    rolling: int = DEFAULT_ROLLING,
    none_label: str = "–",
    today: dt.date | None = None,
) -> TrendReport:
    """Everything the trends page shows; charts cover the chart range, metrics both periods.

    ``data`` is the rollup of the widened filter (:func:`widened`), or a quotes frame.
    ``today`` (default: the chart's end) tells a running period from one the range cuts off.
    """
    rollup = _rolled(data)
    charted = rollup
    if windows.chart_start is not None:
        span_of_chart = (windows.chart_start, windows.chart_end)
        charted = TrendRollup(
            _between(rollup.days, span_of_chart), _between(rollup.themes, span_of_chart)
        )
    periods: tuple[pd.Timestamp, ...] = ()
    partial: tuple[PartialPeriod, ...] = ()
    if not charted.days.empty:
        periods = tuple(_all_periods(charted.days["day"], freq))
        first_day = windows.chart_start or charted.days["day"].min().date()
        span = (first_day, windows.chart_end)
        partial = partial_periods(periods, freq, span, today or windows.chart_end)
    return TrendReport(
        volume=volume(charted, freq, by, none_label),
        sentiment=sentiment(charted, freq, rolling),
        themes=theme_share(charted, freq),
        ratings=ratings(charted, freq),
        metrics=compare(rollup, windows),
        periods=periods,
        partial=partial,
    )
