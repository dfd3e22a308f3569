"""The trends page's metrics and charts; each chart offers its data as a CSV download.

The charts share one x axis: a label per period in the UI language (see
:func:`feedback.insights.trends.period_labels`), partial periods on a grey band.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from feedback.i18n import format_date, format_number, format_share
from feedback.insights.trends import Freq, GroupBy, Metric, TrendReport, Windows, period_labels
from feedback.render.plain import plotly_text
from feedback.ui.charts import (
    COLOURS,
    ChartSpec,
    category_axis,
    chart_spec,
    percent_ticks,
    styled,
)
from feedback.ui.session import lang, tr

# Why 30 px: a theme row keeps its label legible; the rest is room for ticks and margins.
_HEATMAP_ROW_PX = 30
_HEATMAP_EXTRA_PX = 110


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
        column.metric(
            tr(f"trends.metric_{metric.key}"),
            _value(metric, metric.current),
            _delta(metric),
            border=True,
            help=tr(f"trends.help_{metric.key}")
            + " "
            + tr("trends.previous_value", value=_value(metric, metric.previous)),
        )


@dataclass(frozen=True, slots=True)
class PeriodAxis:
    """The trend charts' shared x axis: period start -> label, and the partial periods.

    ``labels`` are plain text (for captions); a figure gets them as plotly text (:meth:`of`,
    :meth:`apply`).
    """

    labels: dict[pd.Timestamp, str]
    partial: tuple[str, ...]

    def of(self, periods: pd.Series) -> list[str]:
        return [plotly_text(self.labels[pd.Timestamp(p)]) for p in periods]

    def apply(self, fig: go.Figure, *, shade: bool = True) -> go.Figure:
        return category_axis(
            fig,
            [plotly_text(label) for label in self.labels.values()],
            shaded=[plotly_text(label) for label in self.partial] if shade else (),
            tick_text=_ticks,
        )


def _ticks(label: str) -> str:
    """The year on a line of its own ("Sept. 2026" -> "Sept.<br>2026"), so labels stay upright
    (``label`` is plotly text already: the break is the only markup added)."""
    head, _, year = label.rpartition(" ")
    return f"{head}<br>{year}" if head and year.isdigit() and len(year) == 4 else label


def period_axis(report: TrendReport, freq: Freq) -> PeriodAxis:
    labels = dict(zip(report.periods, period_labels(report.periods, freq, lang()), strict=True))
    return PeriodAxis(labels, tuple(labels[part.period] for part in report.partial))


def partial_caption(report: TrendReport, axis: PeriodAxis, freq: Freq) -> None:
    """Say which periods are partial and why their counts are low (nothing when none is)."""
    items = []
    for part in report.partial:
        label, last = axis.labels[part.period], format_date(part.last, lang())
        if part.running:
            items.append(tr(f"trends.partial_running_{freq}", period=label, last=last))
        else:
            first = format_date(part.first, lang())
            items.append(tr("trends.partial_item", period=label, first=first, last=last))
    if items:
        st.caption(tr("trends.partial_caption", periods="; ".join(items)))


def volume_chart(data: pd.DataFrame, axis: PeriodAxis, freq: Freq, by: GroupBy) -> ChartSpec:
    shown = data.assign(
        group=data["group"].map(
            lambda g: tr(f"common.channel_{g}") if by == "channel" and g != "–" else g
        )
    )
    # Graph objects, not plotly express: px.bar took 0.1-0.2 s of every page load.
    fig = go.Figure(
        [
            go.Bar(x=axis.of(part["period"]), y=part["quotes"].tolist(), name=plotly_text(group))
            for group, part in shown.groupby("group", sort=False)
        ]
    )
    fig.update_traces(hovertemplate="%{y:,d}")
    fig.update_layout(barmode="relative", bargap=0.15)
    styled(fig, y_title=tr("trends.quotes"))
    return chart_spec(axis.apply(fig), shown, f"quotes_by_{by}_per_{freq}")


def sentiment_chart(data: pd.DataFrame, axis: PeriodAxis, rolling: int) -> ChartSpec:
    x = axis.of(data["period"])
    fig = go.Figure()
    fig.add_bar(
        x=x,
        y=data["mean"],
        name=plotly_text(tr("trends.sentiment_mean")),
        marker_color="#f3b6c9",
        hovertemplate="%{y:+.2f}",
    )
    fig.add_scatter(
        x=x,
        y=data["rolling"],
        mode="lines",
        name=plotly_text(tr("trends.sentiment_rolling", periods=rolling)),
        line={"color": COLOURS[0], "width": 3},
        hovertemplate="%{y:+.2f}",
    )
    fig.add_hline(y=0, line_color="#999999", line_width=1)
    styled(fig, y_title=tr("trends.sentiment_axis"))
    return chart_spec(axis.apply(fig), data, "sentiment")


def themes_chart(data: pd.DataFrame, axis: PeriodAxis, labels: Mapping[str, str]) -> ChartSpec:
    """Theme by period, coloured by share; one readable row per theme, however many there are.

    ``labels``: theme id -> label in the UI language (a team's own themes included)."""
    shown = data.assign(theme=data["theme"].map(lambda t: labels.get(t, t)))
    grid = shown.pivot_table(index="theme", columns="period", values="share", fill_value=0.0)
    grid = grid.loc[grid.mean(axis=1).sort_values().index]
    x = axis.of(pd.Series(grid.columns))
    shares = [[plotly_text(format_share(v, lang())) for v in row] for row in grid.to_numpy()]
    tickvals, ticktext = percent_ticks(float(grid.to_numpy().max()) if grid.size else 0.0)
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=x,
            y=[plotly_text(theme) for theme in grid.index],
            zmin=0,
            colorscale=[[0, "#ffffff"], [0.5, "#f48fb1"], [1, "#880e4f"]],
            customdata=shares,
            hovertemplate="%{y} · %{x}: %{customdata}<extra></extra>",
            colorbar={"tickvals": tickvals, "ticktext": ticktext, "thickness": 12},
            xgap=1,
            ygap=1,
        )
    )
    styled(fig).update_layout(
        height=_HEATMAP_ROW_PX * len(grid) + _HEATMAP_EXTRA_PX, hovermode="closest"
    )
    # Theme names vary in length (a team adds its own): this axis keeps plotly's automargin.
    fig.update_yaxes(ticksuffix="  ", showgrid=False, automargin=True)
    fig.update_xaxes(showgrid=False)
    # No band here: a share is not lowered by missing days.
    return chart_spec(axis.apply(fig, shade=False), shown, "theme_share")


def ratings_chart(data: pd.DataFrame, axis: PeriodAxis) -> ChartSpec:
    x = axis.of(data["period"])
    fig = go.Figure()
    for column, name, line in (
        ("csat", tr("trends.csat"), {"color": COLOURS[0], "width": 3}),
        ("score", tr("trends.rating_score"), {"color": COLOURS[1], "dash": "dot"}),
    ):
        fig.add_scatter(
            x=x,
            y=data[column],
            mode="lines+markers",
            name=plotly_text(name),
            line=line,
            customdata=[plotly_text(format_share(v, lang())) for v in data[column]],
            hovertemplate="%{customdata}",
        )
    fig.update_yaxes(range=[0, 1.05])
    return chart_spec(axis.apply(styled(fig, percent=True)), data, "ratings")
