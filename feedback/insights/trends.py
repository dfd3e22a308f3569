"""Trends for managers: volume, sentiment, themes and ratings over time, and period deltas.

Every function takes the quotes frame of ``feedback.store.read.quotes_frame`` (``said_on`` as
datetime64) and returns a tidy DataFrame that a chart and its CSV download show as is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

import pandas as pd

from feedback.i18n import format_date, t
from feedback.store.filters import QuoteFilter

Freq = Literal["week", "month"]
GroupBy = Literal["channel", "team"]
FREQS: tuple[Freq, ...] = ("week", "month")
GROUP_BYS: tuple[GroupBy, ...] = ("channel", "team")
_PERIOD_CODE = {"week": "W", "month": "M"}  # weeks start on Monday (ISO)

# Why 0.75: on 1..5 that is 4 and 5 stars, on 1..10 it is 8 to 10, the usual "satisfied" (top-2
# box) of a CSAT survey, whatever scale a system used.
SATISFIED_FROM = 0.75
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


def _all_periods(frame: pd.DataFrame, freq: Freq) -> pd.DatetimeIndex:
    """Every period between the first and last quote, so empty weeks show as 0, not a gap."""
    span = pd.period_range(frame["said_on"].min(), frame["said_on"].max(), freq=_PERIOD_CODE[freq])
    return pd.DatetimeIndex(span.start_time, name="period")


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


def volume(frame: pd.DataFrame, freq: Freq, by: GroupBy, none_label: str = "–") -> pd.DataFrame:
    """Quotes per period and channel or team: columns period, group, quotes (0-filled)."""
    if frame.empty:
        return pd.DataFrame(columns=["period", "group", "quotes"])
    groups = frame[by].fillna(none_label).astype(str)
    counts = (
        pd.DataFrame({"period": _periods(frame["said_on"], freq), "group": groups})
        .value_counts()
        .unstack("group", fill_value=0)
        .reindex(_all_periods(frame, freq), fill_value=0)
    )
    tidy = counts.reset_index().melt(id_vars="period", var_name="group", value_name="quotes")
    return tidy.sort_values(["period", "group"]).reset_index(drop=True)


def sentiment(frame: pd.DataFrame, freq: Freq, window: int = 4) -> pd.DataFrame:
    """Sentiment per period: the mean compound score (in [-1, 1]) and its rolling mean over
    ``window`` periods, and the shares of positive, neutral and negative quotes (in [0, 1],
    adding up to 1) with the rolling share of positive ones.

    Rolling values weigh each quote once (a busy week counts more than a quiet one).
    Columns: period, quotes, mean, rolling, positive_share, neutral_share, negative_share,
    rolling_positive_share.
    """
    scored = frame.dropna(subset=["sentiment_compound"])
    if scored.empty:
        return pd.DataFrame(columns=["period", "quotes", "mean", "rolling", *_SHARE_COLUMNS])
    labels = scored["sentiment_label"]
    keyed = pd.DataFrame(
        {
            "period": _periods(scored["said_on"], freq),
            "compound": scored["sentiment_compound"].astype(float),
            "positive": (labels == "positive").astype(int),
            "negative": (labels == "negative").astype(int),
        }
    )
    per = keyed.groupby("period").agg(
        quotes=("compound", "size"),
        total=("compound", "sum"),
        positive=("positive", "sum"),
        negative=("negative", "sum"),
    )
    per = per.reindex(_all_periods(scored, freq), fill_value=0)
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


def theme_share(frame: pd.DataFrame, freq: Freq) -> pd.DataFrame:
    """Share of a period's quotes that mention each theme, in [0, 1].

    A quote can carry several themes, so the shares of one period may add up to more than 1.
    Columns: period, theme, quotes (mentioning it), share.
    """
    if frame.empty:
        return pd.DataFrame(columns=["period", "theme", "quotes", "share"])
    periods = _periods(frame["said_on"], freq)
    totals = periods.value_counts()
    mentions = pd.DataFrame({"period": periods, "theme": frame["themes"]}).explode("theme")
    mentions = mentions.dropna(subset=["theme"])
    if mentions.empty:
        return pd.DataFrame(columns=["period", "theme", "quotes", "share"])
    counts = mentions.value_counts().rename("quotes").reset_index()
    counts["share"] = counts["quotes"] / counts["period"].map(totals)
    return counts.sort_values(["period", "theme"]).reset_index(drop=True)


def normalised_rating(frame: pd.DataFrame) -> pd.Series:
    """Each rating on its own 1..scale mapped to [0, 1] (NaN where a quote has no rating)."""
    rating = pd.to_numeric(frame["rating"], errors="coerce")
    scale = pd.to_numeric(frame["rating_scale"], errors="coerce")
    usable = scale.gt(1) & rating.notna()
    return ((rating - 1) / (scale - 1)).clip(0, 1).where(usable)


def ratings(frame: pd.DataFrame, freq: Freq) -> pd.DataFrame:
    """Rated quotes per period: columns period, rated, score (mean in [0, 1]), csat (share
    satisfied in [0, 1]), reliable (at least :data:`MIN_RATINGS` ratings). Empty when no quote
    carries a rating."""
    score = normalised_rating(frame) if not frame.empty else pd.Series(dtype=float)
    rated = frame.assign(score=score).dropna(subset=["score"]) if not frame.empty else frame
    if rated.empty:
        return pd.DataFrame(columns=["period", "rated", "score", "csat", "reliable"])
    keyed = pd.DataFrame(
        {
            "period": _periods(rated["said_on"], freq),
            "score": rated["score"],
            "satisfied": (rated["score"] >= SATISFIED_FROM).astype(float),
        }
    )
    out = keyed.groupby("period").agg(
        rated=("score", "size"), score=("score", "mean"), csat=("satisfied", "mean")
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


def _between(frame: pd.DataFrame, window: tuple[dt.date, dt.date]) -> pd.DataFrame:
    start, end = pd.Timestamp(window[0]), pd.Timestamp(window[1])
    return frame[(frame["said_on"] >= start) & (frame["said_on"] <= end)]


@dataclass(frozen=True, slots=True)
class Metric:
    """One number of this period and the previous one (None where there is no data)."""

    key: str
    current: float | None
    previous: float | None

    @property
    def delta(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


def _metrics_of(part: pd.DataFrame) -> dict[str, float | None]:
    scored = part["sentiment_compound"].dropna()
    score = normalised_rating(part).dropna() if not part.empty else pd.Series(dtype=float)
    return {
        "quotes": float(len(part)),
        "sentiment": float(scored.mean()) if len(scored) else None,
        "positive_share": float((part["sentiment_label"] == "positive").mean())
        if len(part)
        else None,
        "csat": float((score >= SATISFIED_FROM).mean()) if len(score) else None,
    }


def compare(frame: pd.DataFrame, windows: Windows) -> list[Metric]:
    """Quotes, mean sentiment, positive share and CSAT of this period against the previous."""
    now = _metrics_of(_between(frame, windows.current))
    before = _metrics_of(_between(frame, windows.previous))
    return [Metric(key, now[key], before[key]) for key in now]


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
    frame: pd.DataFrame,
    windows: Windows,
    freq: Freq,
    by: GroupBy,
    rolling: int = DEFAULT_ROLLING,
    none_label: str = "–",
    today: dt.date | None = None,
) -> TrendReport:
    """Everything the trends page shows; charts cover the chart range, metrics both periods.

    ``today`` (default: the chart's end) tells a running period from one the range cuts off.
    """
    charted = frame
    if windows.chart_start is not None:
        charted = _between(frame, (windows.chart_start, windows.chart_end))
    periods: tuple[pd.Timestamp, ...] = ()
    partial: tuple[PartialPeriod, ...] = ()
    if not charted.empty:
        periods = tuple(_all_periods(charted, freq))
        first_day = windows.chart_start or charted["said_on"].min().date()
        span = (first_day, windows.chart_end)
        partial = partial_periods(periods, freq, span, today or windows.chart_end)
    return TrendReport(
        volume=volume(charted, freq, by, none_label),
        sentiment=sentiment(charted, freq, rolling),
        themes=theme_share(charted, freq),
        ratings=ratings(charted, freq),
        metrics=compare(frame, windows),
        periods=periods,
        partial=partial,
    )
