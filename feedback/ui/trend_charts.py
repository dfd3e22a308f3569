"""The trends page's metrics and charts; each chart offers its data as a CSV download."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from feedback.i18n import format_date, format_number, format_share
from feedback.insights.trends import Freq, GroupBy, Metric, Windows
from feedback.ui.charts import COLOURS, show_chart, styled
from feedback.ui.labels import theme_labels
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
    return tr("trends.points", value=format_number(delta * 100, lang(), "+0;-0"))


def metrics_row(metrics: list[Metric], windows: Windows) -> None:
    """This period against the previous one, one metric per column."""
    current = " – ".join(format_date(d, lang()) for d in windows.current)
    previous = " – ".join(format_date(d, lang()) for d in windows.previous)
    st.caption(tr("trends.compare_caption", current=current, previous=previous))
    for column, metric in zip(st.columns(len(metrics)), metrics, strict=True):
        column.metric(
            tr(f"trends.metric_{metric.key}"),
            _value(metric, metric.current),
            _delta(metric),
            border=True,
            help=tr(f"trends.help_{metric.key}")
            + " "
            + tr("trends.previous_value", value=_value(metric, metric.previous)),
        )


def volume_chart(data: pd.DataFrame, freq: Freq, by: GroupBy) -> None:
    shown = data.assign(
        group=data["group"].map(
            lambda g: tr(f"common.channel_{g}") if by == "channel" and g != "–" else g
        )
    )
    fig = px.bar(
        shown,
        x="period",
        y="quotes",
        color="group",
        labels={
            "quotes": tr("trends.quotes"),
            "group": tr(f"trends.by_{by}"),
            "period": tr(f"trends.freq_{freq}"),
        },
    )
    fig.update_layout(bargap=0.15)
    show_chart(styled(fig, y_title=tr("trends.quotes")), shown, f"quotes_by_{by}_per_{freq}")


def sentiment_chart(data: pd.DataFrame, rolling: int) -> None:
    fig = go.Figure()
    fig.add_bar(
        x=data["period"], y=data["mean"], name=tr("trends.sentiment_mean"), marker_color="#f3b6c9"
    )
    fig.add_scatter(
        x=data["period"],
        y=data["rolling"],
        mode="lines",
        name=tr("trends.sentiment_rolling", periods=rolling),
        line={"color": COLOURS[0], "width": 3},
    )
    fig.add_hline(y=0, line_color="#999999", line_width=1)
    show_chart(styled(fig, y_title=tr("trends.sentiment_axis")), data, "sentiment")


def themes_chart(data: pd.DataFrame) -> None:
    labels = theme_labels()
    shown = data.assign(theme=data["theme"].map(lambda t: labels.get(t, t)))
    grid = shown.pivot_table(index="theme", columns="period", values="share", fill_value=0.0)
    grid = grid.loc[grid.mean(axis=1).sort_values().index]
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=list(grid.columns),
            y=list(grid.index),
            zmin=0,
            colorscale=[[0, "#ffffff"], [0.5, "#f48fb1"], [1, "#880e4f"]],
            hovertemplate="%{y} · %{x|%d.%m.%Y}: %{z:.0%}<extra></extra>",
            colorbar={"tickformat": ".0%", "thickness": 12},
        )
    )
    styled(fig).update_layout(height=max(300, 34 * len(grid) + 80), hovermode="closest")
    show_chart(fig, shown, "theme_share")


def ratings_chart(data: pd.DataFrame) -> None:
    fig = go.Figure()
    fig.add_scatter(
        x=data["period"],
        y=data["csat"],
        mode="lines+markers",
        name=tr("trends.csat"),
        line={"color": COLOURS[0], "width": 3},
    )
    fig.add_scatter(
        x=data["period"],
        y=data["score"],
        mode="lines+markers",
        name=tr("trends.rating_score"),
        line={"color": COLOURS[1], "dash": "dot"},
    )
    fig.update_yaxes(range=[0, 1.05])
    show_chart(styled(fig, percent=True), data, "ratings")
