"""The trends page's numbers and charts, cached at the UI edge: small aggregated frames and
finished chart specs (JSON and CSV), not quotes.

The sums come from the database (:func:`feedback.store.trend_rollup.trend_rollup`: one row per
day, team, channel and sentiment label), never from a frame of every quote. A warm rerun
(another session, a widget that changes nothing here) neither queries, nor aggregates, nor
builds a figure again (building one took 0.25 s); they are cached by
:func:`feedback.ui.resources.cached`, keyed by the data versions.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from feedback.insights import trends
from feedback.store.filters import QuoteFilter
from feedback.store.trend_rollup import TrendRollup
from feedback.store.trend_rollup import trend_rollup as read_rollup
from feedback.ui import resources
from feedback.ui.charts import ChartSpec
from feedback.ui.labels import theme_labels
from feedback.ui.trend_charts import (
    period_axis,
    ratings_chart,
    sentiment_chart,
    themes_chart,
    volume_chart,
)

View = Literal["volume", "sentiment", "themes", "ratings"]
VIEWS: tuple[View, ...] = ("volume", "sentiment", "themes", "ratings")


# Why 16: a few filters per page; one rollup of a year is a few thousand rows, not quotes.
@resources.cached("quotes", "people", max_entries=16)
def trend_rollup(flt: QuoteFilter) -> TrendRollup:
    """The day sums of the quotes matching ``flt``, grouped in the database."""
    return read_rollup(resources.engine(), flt)


@resources.cached("quotes", "people", "settings", max_entries=32)
def trend_report(
    flt: QuoteFilter,
    windows: trends.Windows,
    freq: trends.Freq,
    by: trends.GroupBy,
    rolling: int,
    today: dt.date,
) -> trends.TrendReport:
    """The trends of ``flt`` (charts over ``windows``' range, metrics over both periods)."""
    rollup = trend_rollup(trends.widened(flt, windows))
    return trends.trend_report(rollup, windows, freq, by, rolling, today=today)


@resources.cached("quotes", "people", "settings", max_entries=64)
def trend_chart(
    view: View,
    flt: QuoteFilter,
    windows: trends.Windows,
    freq: trends.Freq,
    by: trends.GroupBy,
    rolling: int,
    today: dt.date,
    lang: str,
) -> ChartSpec | None:
    """The chart of ``view`` for :func:`trend_report`'s arguments, in the UI language ``lang``
    (part of the cache key: labels and number formats follow it). None when there is nothing
    to draw (no periods; no ratings for the ratings chart)."""
    report = trend_report(flt, windows, freq, by, rolling, today)
    if report.volume.empty or (view == "ratings" and report.ratings.empty):
        return None
    axis = period_axis(report, freq)
    if view == "volume":
        return volume_chart(report.volume, axis, freq, by, resources.small_team_names())
    if view == "sentiment":
        return sentiment_chart(report.sentiment, axis, rolling, freq)
    if view == "themes":
        return themes_chart(report.themes, axis, theme_labels(), freq)
    return ratings_chart(report.ratings, axis, freq)
