"""Trends for managers: volume, sentiment, themes and ratings over time; this period vs last."""

from __future__ import annotations

import streamlit as st

from feedback.insights import trends
from feedback.ui import resources
from feedback.ui.charts import show_chart
from feedback.ui.empty_state import no_quotes_yet
from feedback.ui.errors import guarded
from feedback.ui.filters import sidebar_filters
from feedback.ui.quote_export import export_section
from feedback.ui.router import ensure_routed
from feedback.ui.session import lang, reader_today, tr
from feedback.ui.trend_charts import partial_caption, period_axis
from feedback.ui.trend_data import VIEWS, trend_chart, trend_report
from feedback.ui.trend_metrics import metrics_row
from feedback.ui.widgets import first_default, labelled, relabelled, translated_tab

ensure_routed()

ROLLING_KEY = "trend_rolling"

flt = sidebar_filters()
st.title(tr("nav.trends"))
today = reader_today()
windows = trends.comparison_windows(flt, today)


@st.fragment
@guarded
def _charts() -> None:
    left, right = st.columns(2, vertical_alignment="bottom")
    freq = left.segmented_control(
        tr("trends.freq"),
        trends.FREQS,
        default=first_default("trend_freq", trends.default_freq(windows)),
        required=True,
        format_func=labelled("trends.freq_", trends.FREQS),
        key=relabelled("trend_freq"),
    )
    by = right.segmented_control(
        tr("trends.by"),
        trends.GROUP_BYS,
        default=first_default("trend_by", "channel"),
        required=True,
        format_func=labelled("trends.by_", trends.GROUP_BYS),
        key=relabelled("trend_by"),
    )
    # The rolling window only shapes the sentiment chart, so its slider sits in that tab; its
    # value is kept while another tab is open.
    rolling = int(st.session_state.get(ROLLING_KEY, trends.DEFAULT_ROLLING))
    report = trend_report(flt, windows, freq, by, rolling, today)

    metrics_row(report.metrics, windows)
    if report.volume.empty:
        if not no_quotes_yet():
            st.info(tr("trends.empty"))
        return
    axis = period_axis(report, freq)
    partial_caption(report, axis, freq)
    # One chart at a time, in tabs that run only when open: each chart costs the browser time
    # to draw, and one per row needs the width for upright, readable labels.
    headings = [f"trends.{view}_heading" for view in VIEWS]
    tabs = st.tabs(
        [tr(heading) for heading in headings],
        key=translated_tab("trend_view", headings),
        on_change="rerun",
        bind="query-params",
    )
    view = next(v for v, tab in zip(VIEWS, tabs, strict=True) if tab.open)
    # The open tab's caption, control and chart go into the same three slots below the tab bar,
    # whichever tab is open: a chart drawn inside its tab sat at a place of its own, and when the
    # freshness poll ran during a tab switch, Streamlit left the old tab's chart on screen
    # (streamlit/streamlit#16708). A slot is always replaced, never left behind.
    caption, control, figure = st.empty(), st.empty(), st.empty()
    if view in ("sentiment", "themes", "ratings"):
        caption.caption(tr(f"trends.{view}_caption", min=trends.MIN_RATINGS))
    elif by == "team" and resources.small_team_names():
        minimum = resources.settings().works_council_min_team
        other = tr("works_council.other_teams")
        caption.caption(tr("works_council.merged", minimum=minimum, other=other))
    if view == "sentiment":
        rolling = control.slider(
            tr("trends.rolling"),
            2,
            12,
            trends.DEFAULT_ROLLING,
            key=ROLLING_KEY,
            persist_state="page",
            width=320,
        )
    chart = trend_chart(view, flt, windows, freq, by, rolling, today, lang())
    if chart is None:
        figure.info(tr("trends.no_ratings"))
    else:
        with figure.container():
            show_chart(chart)


_charts()
export_section(flt)
