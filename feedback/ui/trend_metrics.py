"""The trends page's metric row: this period against the previous one, in the UI language."""

from __future__ import annotations

import streamlit as st

from feedback.i18n import format_date, format_number, format_share
from feedback.insights.trends import Metric, Windows
from feedback.ui.session import lang, tr


def _value(metric: Metric, value: float | None) -> str:
    if value is None:
        return "–"
    if metric.key == "quotes":
        return format_number(value, lang(), "#,##0")
    if metric.key == "sentiment":
        return format_number(value, lang(), "+0.00;-0.00")
    return format_share(value, lang())


def _delta(metric: Metric) -> str | None:
    delta = metric.delta
    if delta is None:
        return None
    if metric.key == "quotes":
        return format_number(delta, lang(), "+#,##0;-#,##0")
    if metric.key == "sentiment":
        return format_number(delta, lang(), "+0.00;-0.00")
    # One decimal: a change of 0.3 points would otherwise read "-0".
    return tr("trends.points", value=format_number(delta * 100, lang(), "+#,##0.#;-#,##0.#"))


def metrics_row(metrics: list[Metric], windows: Windows) -> None:
    """This period against the previous one, one metric per column."""
    current = " – ".join(format_date(d, lang()) for d in windows.current)
    previous = " – ".join(format_date(d, lang()) for d in windows.previous)
    st.caption(tr("trends.compare_caption", current=current, previous=previous))
    for column, metric in zip(st.columns(len(metrics)), metrics, strict=True):
        # The sample each figure stands on (95 % of 7 is no trend), beside the change: in the
        # label, it was cut off in four columns on a laptop.
        sample = None
        if metric.key != "quotes":
            sample = tr(f"trends.sample_{metric.key}", n=format_number(metric.n, lang()))
        column.metric(
            tr(f"trends.metric_{metric.key}"),
            _value(metric, metric.current),
            _delta(metric),
            delta_description=sample,
            border=True,
            help=tr(f"trends.help_{metric.key}")
            + " "
            + tr("trends.previous_value", value=_value(metric, metric.previous)),
        )
