"""Trends for managers: volume, sentiment, themes and ratings over time; this period vs last."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from feedback.insights import trends
from feedback.ui import resources
from feedback.ui.filters import sidebar_filters
from feedback.ui.router import ensure_routed
from feedback.ui.session import tr
from feedback.ui.trend_charts import (
    metrics_row,
    ratings_chart,
    sentiment_chart,
    themes_chart,
    volume_chart,
)
from feedback.ui.widgets import labelled

ensure_routed()

flt = sidebar_filters()
st.title(tr("nav.trends"))
windows = trends.comparison_windows(flt, dt.date.today())
frame = resources.quotes(trends.widened(flt, windows))


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
    report = trends.trend_report(frame, windows, freq, by, rolling)

    metrics_row(report.metrics, windows)
    if report.volume.empty:
        st.info(tr("trends.empty"))
        return
    top_left, top_right = st.columns(2, gap="large")
    with top_left:
        st.subheader(tr("trends.volume_heading"))
        volume_chart(report.volume, freq, by)
    with top_right:
        st.subheader(tr("trends.sentiment_heading"))
        sentiment_chart(report.sentiment, rolling)
    bottom_left, bottom_right = st.columns(2, gap="large")
    with bottom_left:
        st.subheader(tr("trends.themes_heading"))
        st.caption(tr("trends.themes_caption"))
        themes_chart(report.themes)
    with bottom_right:
        st.subheader(tr("trends.ratings_heading"))
        st.caption(tr("trends.ratings_caption"))
        if report.ratings.empty:
            st.info(tr("trends.no_ratings"))
        else:
            ratings_chart(report.ratings)


_charts()
