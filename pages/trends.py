"""Trends for managers: volume, sentiment, themes and ratings over time; this period vs last."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from feedback.insights import trends
from feedback.ui.filters import sidebar_filters
from feedback.ui.router import ensure_routed
from feedback.ui.session import tr
from feedback.ui.trend_charts import (
    metrics_row,
    partial_caption,
    period_axis,
    ratings_chart,
    sentiment_chart,
    themes_chart,
    volume_chart,
)
from feedback.ui.trend_data import trend_report
from feedback.ui.widgets import labelled

ensure_routed()

flt = sidebar_filters()
st.title(tr("nav.trends"))
today = dt.date.today()
windows = trends.comparison_windows(flt, today)


@st.fragment
def _charts() -> None:
    left, middle, right = st.columns(3, vertical_alignment="bottom")
    freq = left.segmented_control(
        tr("trends.freq"),
        trends.FREQS,
        default=trends.default_freq(windows),
        required=True,
        format_func=labelled("trends.freq_", trends.FREQS),
        key="trend_freq",
    )
    by = middle.segmented_control(
        tr("trends.by"),
        trends.GROUP_BYS,
        default="channel",
        required=True,
        format_func=labelled("trends.by_", trends.GROUP_BYS),
        key="trend_by",
    )
    rolling = right.slider(tr("trends.rolling"), 2, 12, 4, key="trend_rolling")
    report = trend_report(flt, windows, freq, by, rolling, today)

    metrics_row(report.metrics, windows)
    if report.volume.empty:
        st.info(tr("trends.empty"))
        return
    axis = period_axis(report, freq)
    partial_caption(report, axis, freq)
    # One chart at a time, in tabs that run only when open: each plotly chart costs the browser
    # a second to draw, and one per row needs the width for upright, readable labels.
    volume, sentiment, themes, ratings = st.tabs(
        [tr(f"trends.{name}_heading") for name in ("volume", "sentiment", "themes", "ratings")],
        key="trend_view",
        on_change="rerun",
        bind="query-params",
    )
    if volume.open:
        with volume:
            volume_chart(report.volume, axis, freq, by)
    if sentiment.open:
        with sentiment:
            sentiment_chart(report.sentiment, axis, rolling)
    if themes.open:
        with themes:
            st.caption(tr("trends.themes_caption"))
            themes_chart(report.themes, axis)
    if ratings.open:
        with ratings:
            st.caption(tr("trends.ratings_caption"))
            if report.ratings.empty:
                st.info(tr("trends.no_ratings"))
            else:
                ratings_chart(report.ratings, axis)


_charts()
