"""Plotly charts in the Love Wall look, each with a download of exactly the data it shows.

A chart is built once into a :class:`ChartSpec` (JSON and CSV, cached by the trends page) and
drawn by plotly.js in a frame of its own (see ``feedback.render.chart_frame``), or by
``st.plotly_chart`` where static serving is off.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import streamlit as st

from feedback.export.chart_csv import chart_csv, file_name
from feedback.i18n import format_number, format_share
from feedback.render.chart_frame import chart_document
from feedback.render.plain import plotly_text
from feedback.ui.assets import app_fonts, plotly_script_url
from feedback.ui.session import lang, tr

# Colour-blind-safe and distinct: Okabe & Ito's qualitative palette (Color Universal Design),
# yellow last (weak on white), then two of Paul Tol's muted colours and grey for teams 9 and 10.
COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#882255",
    "#F0E442",
    "#332288",
    "#888888",
)


# Responsive: a chart frame follows the width of the page. No mode bar: its tooltips are
# English on German pages, it covered the legend on phones, and its "Share chart" button
# would send the chart to Plotly's cloud; the data is a download under each chart.
_CONFIG = {"displaylogo": False, "displayModeBar": False, "responsive": True}
# Plotly's own default height, for a figure that sets none.
_DEFAULT_HEIGHT = 450
# Why 16: a full-width chart fits 16 two-line period labels side by side on a laptop.
MAX_CATEGORY_TICKS = 16
# Why these steps: at most six percent ticks, on values a reader can take in at a glance.
_PERCENT_STEPS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5)


def separators() -> str:
    """Plotly's decimal and thousands characters in the UI language (",." in German)."""
    sample = format_number(1000.5, lang(), "#,##0.0")  # "1.000,5" / "1,000.5"
    return sample[-2] + sample[1]


def percent_ticks(top: float) -> tuple[list[float], list[str]]:
    """Tick values from 0 to ``top`` (a share in [0, 1]) and their labels in the UI language
    (as plotly text).

    Plotly's own percent format knows no locale ("45%" where German writes "45 %").
    """
    top = max(top, 0.01)
    step = next((s for s in _PERCENT_STEPS if top / s <= 5), 1.0)
    values = [round(i * step, 4) for i in range(int(top / step + 1e-9) + 1)]
    return values, [plotly_text(format_share(v, lang())) for v in values]


def styled(fig: go.Figure, *, y_title: str = "", percent: bool = False) -> go.Figure:
    """Shared layout: white, compact, legend on top, numbers in the UI language's format.

    Fixed margins (room for numbers, a two-line period label and the axis title) instead of
    plotly's automargin, which draws a chart twice: 0.15 s of each trends visit."""
    fig.update_layout(
        template="plotly_white",
        colorway=list(COLOURS),
        # Why r=40: the last period's label is centred on its category and needs half a label
        # of room to the right, or it is clipped.
        margin={"l": 70, "r": 40, "t": 30, "b": 50},
        height=360,
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "title": None},
        hovermode="x unified",
        font={"family": "Source Sans Pro, sans-serif"},
        separators=separators(),
    )
    fig.update_xaxes(title=None, automargin=False)
    fig.update_yaxes(
        title=plotly_text(y_title) if y_title else None, gridcolor="#eeeeee", automargin=False
    )
    if percent:
        values, labels = percent_ticks(1.0)
        fig.update_yaxes(tickmode="array", tickvals=values, ticktext=labels)
    return fig


def category_axis(
    fig: go.Figure,
    order: Sequence[str],
    *,
    shaded: Sequence[str] = (),
    tick_text: Callable[[str], str] = str,
    max_ticks: int = MAX_CATEGORY_TICKS,
) -> go.Figure:
    """An x axis of the categories ``order``, in that order; ``shaded`` ones on a grey band.

    Categories are plotly text already (see :func:`feedback.render.plain.plotly_text`), as in
    the traces' x values. At most ``max_ticks`` labelled ticks (every n-th category);
    ``tick_text`` may shorten or break a label (the hover still shows the category itself).
    """
    step = max(1, math.ceil(len(order) / max_ticks))
    ticks = list(order)[::step]
    fig.update_xaxes(
        type="category",
        categoryorder="array",
        categoryarray=list(order),
        tickmode="array",
        tickvals=ticks,
        ticktext=[tick_text(label) for label in ticks],
        tickangle=0,
    )
    index = {label: i for i, label in enumerate(order)}
    for label in shaded:
        fig.add_vrect(
            x0=index[label] - 0.5,
            x1=index[label] + 0.5,
            fillcolor="#9e9e9e",
            opacity=0.2,
            line_width=0,
            layer="below",
        )
    return fig


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """A chart ready to show: plotly's JSON (data, layout, config), its height in pixels, and
    exactly the data it shows as CSV (for German Excel in German) with its file name. Plain
    strings and bytes, cheap to keep in a cache."""

    name: str
    figure_json: str
    height: int
    csv: bytes
    file_name: str


def chart_spec(
    fig: go.Figure,
    data: pd.DataFrame,
    name: str,
    headers: Mapping[str, str],
    *,
    file_words: str,
    percent: Sequence[str] = (),
) -> ChartSpec:
    """Serialise ``fig`` once, with ``data``'s columns in ``headers`` (column -> heading in the
    UI language) as the CSV of the UI language (:func:`feedback.export.chart_csv.chart_csv`),
    named after ``file_words``; ``percent`` columns are shares written as percent."""
    figure_json = pio.to_json(
        {"data": fig.data, "layout": fig.layout, "config": _CONFIG}, validate=False
    )
    height = int(fig.layout.height or _DEFAULT_HEIGHT)
    csv = chart_csv(data, lang(), headers, percent=percent)
    return ChartSpec(name, figure_json, height, csv, file_name(file_words))


def show_chart(spec: ChartSpec) -> None:
    """The chart, then a download of its data."""
    script_url = plotly_script_url()
    if script_url is None:
        figure = json.loads(spec.figure_json)
        config = figure.pop("config")
        st.plotly_chart(figure, key=f"chart_{spec.name}", config=config, alt=tr("trends.chart_alt"))
    else:
        document = chart_document(
            spec.figure_json,
            script_url=script_url,
            height=spec.height,
            lang=lang(),
            unavailable=tr("trends.chart_unavailable"),
            fonts=app_fonts(),
        )
        st.iframe(document, height=spec.height, alt=tr("trends.chart_alt"))
    st.download_button(
        tr("trends.download_csv"),
        data=spec.csv,
        file_name=spec.file_name,
        mime="text/csv",
        key=f"download_{spec.name}",
        icon=":material/download:",
        type="tertiary",
    )
