"""The trends page's numbers, cached at the UI edge: small aggregated frames, not quotes.

A warm rerun (another session, a widget that changes nothing here) neither unpickles the
quotes frame nor aggregates it again; :func:`feedback.ui.resources.after_write` clears this
cache with the others.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from feedback.insights import trends
from feedback.store.filters import QuoteFilter
from feedback.ui import resources

# Why 10 minutes: the same as the quotes it is made of (feedback.ui.resources).
_TTL_SECONDS = 600


@st.cache_data(ttl=_TTL_SECONDS, show_spinner=False)
def trend_report(
    flt: QuoteFilter,
    windows: trends.Windows,
    freq: trends.Freq,
    by: trends.GroupBy,
    rolling: int,
    today: dt.date,
) -> trends.TrendReport:
    """The trends of ``flt`` (charts over ``windows``' range, metrics over both periods)."""
    frame = resources.quotes(trends.widened(flt, windows))
    return trends.trend_report(frame, windows, freq, by, rolling, today=today)
