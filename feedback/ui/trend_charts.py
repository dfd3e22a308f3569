"""The trends page's metrics and charts; each chart offers its data as a CSV download.

The charts share one x axis: a label per period in the UI language (see
:func:`feedback.insights.trends.period_labels`), partial periods on a grey band.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from feedback.i18n import format_date, format_number, format_share
from feedback.insights.trends import (
    MIN_RATINGS,
    Freq,
    GroupBy,
    TrendReport,
    period_labels,
    small_teams_merged,
)
from feedback.render.plain import plotly_text
from feedback.ui.charts import (
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


def volume_chart(
    data: pd.DataFrame,
    axis: PeriodAxis,
    freq: Freq,
    by: GroupBy,
    small_teams: Collection[str] = frozenset(),
) -> ChartSpec:
    """Quotes per period, stacked by channel or team; ``small_teams`` (names) are one group
    "other teams" (works-council mode)."""
    if by == "team":
        data = small_teams_merged(data, small_teams, tr("works_council.other_teams"))
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
    headers = {
        "period": tr("trends.col_period"),
        "group": tr(f"trends.by_{by}"),
        "quotes": tr("trends.quotes"),
    }
    words = tr("trends.file_volume", by=tr(f"trends.by_{by}"), freq=tr(f"trends.freq_{freq}"))
    return chart_spec(
        axis.apply(fig), shown, f"quotes_by_{by}_per_{freq}", headers, file_words=words
    )


# Positive, neutral, negative: green, grey, vermillion (distinct for colour-blind readers too).
_TONE_COLOURS = {"positive": "#009E73", "neutral": "#BBBBBB", "negative": "#D55E00"}


def sentiment_chart(data: pd.DataFrame, axis: PeriodAxis, rolling: int, freq: Freq) -> ChartSpec:
    """Shares of positive, neutral and negative quotes per period (stacked to 100 %), their
    count on top of each bar, and the rolling share of positive quotes as a line."""
    x = axis.of(data["period"])
    counts = [plotly_text(format_number(int(n), lang(), "#,##0")) for n in data["quotes"]]
    fig = go.Figure()
    for tone in ("positive", "neutral", "negative"):
        shares = data[f"{tone}_share"]
        fig.add_bar(
            x=x,
            y=shares.fillna(0).tolist(),
            name=plotly_text(tr(f"trends.sentiment_{tone}")),
            marker_color=_TONE_COLOURS[tone],
            customdata=[_share(v) for v in shares],
            hovertemplate="%{customdata}",
        )
    fig.add_scatter(
        x=x,
        y=data["rolling_positive_share"].tolist(),
        mode="lines",
        name=plotly_text(tr("trends.sentiment_rolling_positive", periods=rolling)),
        line={"color": "#0072B2", "width": 3},
        customdata=[_share(v) for v in data["rolling_positive_share"]],
        hovertemplate="%{customdata}",
    )
    # The sample size of every bar, on top of it: a bar of 7 quotes says less than one of 70.
    fig.add_scatter(
        x=x,
        y=[1.0] * len(x),
        mode="text",
        text=counts,
        textposition="top center",
        textfont={"size": 11, "color": "#555555"},
        name=plotly_text(tr("trends.quotes_n")),
        showlegend=False,
        hovertemplate="%{text}",
    )
    fig.update_layout(barmode="stack", bargap=0.2, legend={"traceorder": "normal"})
    styled(fig, y_title=tr("trends.sentiment_share_axis"), percent=True)
    fig.update_yaxes(range=[0, 1.1])
    headers = {
        "period": tr("trends.col_period"),
        "quotes": tr("trends.quotes"),
        "positive_share": tr("trends.col_positive"),
        "neutral_share": tr("trends.col_neutral"),
        "negative_share": tr("trends.col_negative"),
        "rolling_positive_share": tr("trends.col_rolling_positive", periods=rolling),
        "mean": tr("trends.col_mean"),
        "rolling": tr("trends.col_rolling", periods=rolling),
    }
    percent = ("positive_share", "neutral_share", "negative_share", "rolling_positive_share")
    words = tr("trends.file_sentiment", freq=tr(f"trends.freq_{freq}"))
    return chart_spec(
        axis.apply(fig), data, "sentiment", headers, file_words=words, percent=percent
    )


def _share(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "–"
    return plotly_text(format_share(value, lang()))


def themes_chart(
    data: pd.DataFrame, axis: PeriodAxis, labels: Mapping[str, str], freq: Freq
) -> ChartSpec:
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
    headers = {
        "period": tr("trends.col_period"),
        "theme": tr("trends.col_theme"),
        "quotes": tr("trends.quotes"),
        "share": tr("trends.col_share"),
    }
    words = tr("trends.file_themes", freq=tr(f"trends.freq_{freq}"))
    # No band here: a share is not lowered by missing days.
    return chart_spec(
        axis.apply(fig, shade=False),
        shown,
        "theme_share",
        headers,
        file_words=words,
        percent=("share",),
    )


def ratings_chart(data: pd.DataFrame, axis: PeriodAxis, freq: Freq) -> ChartSpec:
    """CSAT and the mean rating per period, with the number of ratings of each point.

    A period with fewer than :data:`feedback.insights.trends.MIN_RATINGS` ratings is not drawn
    as part of the line: it shows as a hollow grey point labelled with its count, so seven
    ratings never read as a dip."""
    x = axis.of(data["period"])
    reliable = data["reliable"].astype(bool).tolist()
    counts = [format_number(int(n), lang(), "#,##0") for n in data["rated"]]
    few = [i for i, ok in enumerate(reliable) if not ok]
    fig = go.Figure()
    for column, name, line in (
        ("csat", tr("trends.csat"), {"color": "#0072B2", "width": 3}),
        ("score", tr("trends.rating_score"), {"color": "#E69F00", "dash": "dot"}),
    ):
        hover = [
            plotly_text(tr("trends.value_n", value=format_share(v, lang()), n=n))
            for v, n in zip(data[column], counts, strict=True)
        ]
        # The line joins the periods with enough ratings only.
        fig.add_scatter(
            x=x,
            y=[v if ok else None for v, ok in zip(data[column], reliable, strict=True)],
            mode="lines+markers",
            connectgaps=True,
            name=plotly_text(name),
            legendgroup=column,
            line=line,
            customdata=hover,
            hovertemplate="%{customdata}",
        )
        if few:
            fig.add_scatter(
                x=[x[i] for i in few],
                y=[data[column].iloc[i] for i in few],
                mode="markers+text" if column == "csat" else "markers",
                marker={"symbol": "circle-open", "size": 11, "color": line["color"]},
                text=[plotly_text(tr("trends.n_label", n=counts[i])) for i in few],
                # Away from the mean rating's hollow point, which sits close by: above the
                # CSAT point when it is the higher one (below, the label covered both).
                textposition=[
                    "top center"
                    if data["csat"].iloc[i] >= data["score"].iloc[i]
                    else "bottom center"
                    for i in few
                ],
                cliponaxis=False,  # near 100 % the label stands above the plot area
                textfont={"size": 11, "color": "#666666"},
                name=plotly_text(name),
                legendgroup=column,
                showlegend=False,
                customdata=[hover[i] for i in few],
                hovertemplate="%{customdata}",
            )
    if few:  # a legend entry that says what a hollow point means
        fig.add_scatter(
            x=[x[few[0]]],
            y=[None],
            mode="markers",
            marker={"symbol": "circle-open", "size": 11, "color": "#666666"},
            name=plotly_text(tr("trends.few_ratings", min=MIN_RATINGS)),
            hoverinfo="skip",
        )
    fig.update_yaxes(range=[0, 1.05])
    headers = {
        "period": tr("trends.col_period"),
        "rated": tr("trends.col_rated"),
        "csat": tr("trends.csat"),
        "score": tr("trends.rating_score"),
        "reliable": tr("trends.col_reliable", min=MIN_RATINGS),
    }
    words = tr("trends.file_ratings", freq=tr(f"trends.freq_{freq}"))
    return chart_spec(
        axis.apply(styled(fig, percent=True)),
        data,
        "ratings",
        headers,
        file_words=words,
        percent=("csat", "score"),
    )
