"""The trends page's metric row: this period against the previous one, in the UI language."""

from __future__ import annotations

import streamlit as st

from feedback.i18n import format_days, format_number, format_share, t
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


# How each metric's change is written: pattern, decimals, and the pattern of no change.
_DELTA_FORMATS = {
    "quotes": ("+#,##0;-#,##0", 0, "0"),
    "sentiment": ("+0.00;-0.00", 2, "0.00"),
}
# Shares, in points with one decimal: a change of 0.3 points would otherwise read "-0".
_POINTS_FORMAT = ("+#,##0.#;-#,##0.#", 1, "0")
NO_CHANGE = "±"
# Card widths, relative: the quotes card has no sample beside its change and gives room to
# the others; the CSAT card's "↑ +0,8 Pp. 711 Bewertungen" was cut off at 1366 px.
_WIDTHS = {"quotes": 0.7, "csat": 1.1}


def delta_text(metric: Metric, language: str) -> str | None:
    """The change against the previous period as shown; "±0" when it rounds to zero (a red
    "-0,00" read as a decline in a meeting)."""
    delta = metric.delta
    if delta is None:
        return None
    points = metric.key not in _DELTA_FORMATS
    pattern, decimals, zero = _POINTS_FORMAT if points else _DELTA_FORMATS[metric.key]
    shown = delta * 100 if points else delta
    if round(shown, decimals) == 0:
        text = NO_CHANGE + format_number(0, language, zero)
    else:
        text = format_number(shown, language, pattern)
    return t("trends.points", language, value=text) if points else text


def metrics_row(metrics: list[Metric], windows: Windows) -> None:
    """This period against the previous one, one metric per column."""
    current = format_days(*windows.current, lang())
    previous = format_days(*windows.previous, lang())
    st.caption(tr("trends.compare_caption", current=current, previous=previous))
    widths = [_WIDTHS.get(metric.key, 1.0) for metric in metrics]
    for column, metric in zip(st.columns(widths), metrics, strict=True):
        # The sample each figure stands on (95 % of 7 is no trend), beside the change: in the
        # label, it was cut off in four columns on a laptop.
        sample = None
        if metric.key != "quotes":
            sample = tr(f"trends.sample_{metric.key}", n=format_number(metric.n, lang()))
        delta = delta_text(metric, lang())
        unchanged = delta is not None and delta.startswith(NO_CHANGE)
        column.metric(
            tr(f"trends.metric_{metric.key}"),
            _value(metric, metric.current),
            delta,
            # no change: grey and without an arrow ("↑ ±0,00" read as a rise)
            delta_color="off" if unchanged else "normal",
            delta_arrow="off" if unchanged else "auto",
            delta_description=sample,
            border=True,
            help=tr(f"trends.help_{metric.key}")
            + " "
            + tr("trends.previous_value", value=_value(metric, metric.previous)),
        )
