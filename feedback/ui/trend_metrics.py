"""The trends page's metric row: this period against the previous one, in the UI language."""

from __future__ import annotations

import streamlit as st

from feedback.i18n import format_date, format_number, format_share, t
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


# Decimals each metric's change is shown with; a change that rounds to zero is no change.
_DELTA_DECIMALS = {"quotes": 0, "sentiment": 2}
NO_CHANGE = "±"


def delta_text(metric: Metric, language: str) -> str | None:
    """The change against the previous period as shown; "±0" when it rounds to zero."""
    delta = metric.delta
    if delta is None:
        return None
    if metric.key == "quotes":
        pattern = "+#,##0;-#,##0"
    elif metric.key == "sentiment":
        pattern = "+0.00;-0.00"
    else:  # shares in points, one decimal: a change of 0.3 points would otherwise read "-0"
        delta *= 100
        pattern = "+#,##0.#;-#,##0.#"
    if round(delta, _DELTA_DECIMALS.get(metric.key, 1)) == 0:
        # "-0,00" with a red arrow down read as a decline in a meeting
        zero = "0.00" if metric.key == "sentiment" else "0"
        text = NO_CHANGE + format_number(0, language, zero)
    else:
        text = format_number(delta, language, pattern)
    return text if metric.key in _DELTA_DECIMALS else t("trends.points", language, value=text)


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
        delta = delta_text(metric, lang())
        unchanged = bool(delta) and str(delta).startswith(NO_CHANGE)
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
