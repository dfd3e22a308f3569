"""What the trend charts show: sample sizes, uncertain CSAT points, sentiment shares, colours."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest
import streamlit as st

from feedback.i18n import t
from feedback.insights.trends import MIN_RATINGS
from feedback.ui.charts import COLOURS, ChartSpec
from feedback.ui.trend_charts import PeriodAxis, ratings_chart, sentiment_chart

PERIODS = [pd.Timestamp("2026-09-01"), pd.Timestamp("2026-10-01"), pd.Timestamp("2026-11-01")]


@pytest.fixture(params=["de", "en"])
def ui_lang(request: pytest.FixtureRequest) -> Iterator[str]:
    """The chart builders read the UI language from the session (here without a script run)."""
    st.session_state.clear()
    st.session_state["ui_lang"] = request.param
    yield str(request.param)
    st.session_state.clear()


def _axis() -> PeriodAxis:
    return PeriodAxis(dict(zip(PERIODS, ["Sep 2026", "Oct 2026", "Nov 2026"], strict=True)), ())


def _figure(spec: ChartSpec) -> dict[str, Any]:
    figure: dict[str, Any] = json.loads(spec.figure_json)
    return figure


def test_a_month_with_few_ratings_is_a_hollow_point_with_its_count_not_a_dip(ui_lang: str):
    data = pd.DataFrame(
        {
            "period": PERIODS,
            "rated": [40, 7, 30],
            "score": [0.9, 0.4, 0.88],
            "csat": [0.95, 0.43, 0.93],
            "reliable": [True, False, True],
        }
    )
    spec = ratings_chart(data, _axis(), "month")
    traces = _figure(spec)["data"]
    csat_line = traces[0]
    assert csat_line["y"] == [0.95, None, 0.93], "the 7 ratings are not on the line"
    assert csat_line["connectgaps"] is True
    hollow = traces[1]
    assert hollow["marker"]["symbol"] == "circle-open"
    assert hollow["y"] == [0.43]
    assert hollow["text"] == [t("trends.n_label", ui_lang, n="7")]
    # CSAT (0.43) above the mean rating (0.40): its count stands above it, not on the other.
    assert hollow["textposition"] == ["top center"]
    # Every point says how many ratings it stands on.
    assert "n = 40" in csat_line["customdata"][0]
    legend = [trace.get("name") for trace in traces if trace.get("showlegend", True)]
    assert t("trends.few_ratings", ui_lang, min=MIN_RATINGS) in legend


def test_sentiment_is_stacked_shares_with_the_count_of_every_bar(ui_lang: str):
    data = pd.DataFrame(
        {
            "period": PERIODS,
            "quotes": [12, 0, 1234],
            "mean": [0.8, None, 0.7],
            "rolling": [0.8, 0.8, 0.7],
            "positive_share": [0.75, None, 0.5],
            "neutral_share": [0.25, None, 0.25],
            "negative_share": [0.0, None, 0.25],
            "rolling_positive_share": [0.75, 0.75, 0.5],
        }
    )
    spec = sentiment_chart(data, _axis(), 4, "month")
    figure = _figure(spec)
    bars = [trace for trace in figure["data"] if trace["type"] == "bar"]
    assert [bar["name"] for bar in bars] == [
        t(f"trends.sentiment_{tone}", ui_lang) for tone in ("positive", "neutral", "negative")
    ]
    assert figure["layout"]["barmode"] == "stack"
    counts = next(trace for trace in figure["data"] if trace.get("mode") == "text")
    assert counts["text"] == (["12", "0", "1.234"] if ui_lang == "de" else ["12", "0", "1,234"])
    sep = ";" if ui_lang == "de" else ","
    table = pd.read_csv(
        io.BytesIO(spec.csv), sep=sep, decimal="," if ui_lang == "de" else ".", encoding="utf-8-sig"
    )
    assert table[t("trends.col_positive", ui_lang)].tolist()[0] == 75.0


def test_the_palette_has_distinct_colours():
    assert len(set(COLOURS)) == len(COLOURS) == 10
    assert "#c2185b" not in COLOURS
