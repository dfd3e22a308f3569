"""Trends page: period metrics match the store; every chart comes with a CSV download."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from feedback.i18n import format_date, format_share, t
from feedback.insights import trends
from feedback.insights.trends import MIN_RATINGS
from feedback.render.chart_frame import FIGURE_ID
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from feedback.ui.session import _LANG_KEY as LANG_KEY
from tests.conftest import TODAY
from tests.pages.conftest import open_page, signed_in_app


def test_metrics_compare_this_period_with_the_previous_one(store):
    today = TODAY
    current = quotes_frame(store, QuoteFilter(start=today - dt.timedelta(days=365), end=today))
    previous = quotes_frame(
        store, QuoteFilter(start=today - dt.timedelta(days=731), end=today - dt.timedelta(days=366))
    )
    at = open_page("pages/trends.py")
    assert not at.exception, [e.value for e in at.exception]

    metrics = {m.label: m for m in at.metric}
    quotes = metrics[t("trends.metric_quotes", "de")]
    assert quotes.value == f"{len(current):,}".replace(",", ".")
    delta = len(current) - len(previous)
    assert quotes.delta == (f"+{delta}" if delta > 0 else str(delta))
    assert set(metrics) == {
        t(f"trends.metric_{k}", "de") for k in ("quotes", "sentiment", "positive_share", "csat")
    }
    # Every share and mean names the sample it stands on; CSAT counts ratings, not quotes.
    samples = {label: m.proto.delta_description for label, m in metrics.items()}
    rated = int(current["rating"].notna().sum())
    csat = samples[t("trends.metric_csat", "de")]
    assert csat == t("trends.sample_csat", "de", n=f"{rated:,}".replace(",", "."))
    share = samples[t("trends.metric_positive_share", "de")]
    assert share == t("trends.sample_positive_share", "de", n=quotes.value)


TABS = ("volume", "sentiment", "themes", "ratings")
_FIGURE_RE = re.compile(
    rf'<script type="application/json" id="{FIGURE_ID}">(.*?)</script>', re.DOTALL
)


def charts(at: AppTest) -> list[dict[str, Any]]:
    """The figures the page draws: chart frames (plotly.js from the static folder) or, where
    static serving is off, st.plotly_chart elements."""
    figures = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    for frame in at.get("iframe"):
        found = _FIGURE_RE.search(frame.proto.srcdoc)
        assert found, "every frame on the trends page is a chart"
        figures.append(json.loads(found.group(1)))
    return figures


def show_tab(at: AppTest, name: str, lang: str = "de") -> AppTest:
    """Open one chart tab (the tabs run only when open) and rerun."""
    at.session_state["trend_view"] = t(f"trends.{name}_heading", lang)
    return at.run()


def test_each_chart_has_its_own_tab_with_a_csv_download(store):
    at = open_page("pages/trends.py")
    assert not at.exception, [e.value for e in at.exception]
    assert [tab.label for tab in at.tabs] == [t(f"trends.{n}_heading", "de") for n in TABS]
    specs = set()
    for name in TABS:
        show_tab(at, name)
        assert not at.exception, [e.value for e in at.exception]
        downloads = at.get("download_button")
        assert [d.proto.label for d in downloads] == [t("trends.download_csv", "de")]
        shown = charts(at)
        assert len(shown) == 1, f"only the open tab draws its chart ({name})"
        specs.add(json.dumps(shown[0], sort_keys=True))
    assert len(specs) == 4


def test_the_rolling_window_sits_with_the_sentiment_chart_and_is_kept(store):
    at = open_page("pages/trends.py")
    assert not at.slider, "the volume tab has no rolling window"
    show_tab(at, "sentiment")
    at.slider(key="trend_rolling").set_value(8).run()
    legend = [trace.get("name") for trace in charts(at)[0]["data"]]
    assert t("trends.sentiment_rolling_positive", "de", periods=8) in legend
    show_tab(at, "volume")
    assert not at.slider
    show_tab(at, "sentiment")
    assert at.slider(key="trend_rolling").value == 8


@pytest.mark.parametrize("written_in", ["en", "de"])  # "de": shared by a German reader
def test_a_link_opens_the_chart_tab_it_names(store_url, written_in):
    at = signed_in_app()
    at.query_params.update(lang="en", trend_view=t("trends.ratings_heading", written_in))
    at.run()
    at.switch_page("pages/trends.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    caption = t("trends.ratings_caption", "en", min=MIN_RATINGS)
    assert caption in [c.value for c in at.caption]


def test_switching_to_months_and_teams(store):
    at = open_page("pages/trends.py")
    at.button_group(key="trend_freq").set_value("month").run()
    at.button_group(key="trend_by").set_value("team").run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(charts(at)) == 1


def _open_range(start: dt.date, end: dt.date, lang: str) -> AppTest:
    """The trends page for the custom range ``start``..``end`` (set through the URL)."""
    at = signed_in_app()
    at.query_params.update(lang=lang, period="custom", **{"from": start.isoformat()})
    at.query_params["to"] = end.isoformat()
    at.run()
    at.switch_page("pages/trends.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _figures(at: AppTest, lang: str = "de") -> list[dict[str, Any]]:
    """The four figures, one tab at a time: volume, sentiment, themes, ratings."""
    figures: list[dict[str, Any]] = []
    for name in TABS:
        show_tab(at, name, lang)
        assert not at.exception, [e.value for e in at.exception]
        figures.extend(charts(at))
    return figures


def _mid_month_range() -> tuple[dt.date, dt.date]:
    """From the 10th four months ago to the 20th of last month: both ends cut a month."""
    this_month = TODAY.replace(day=1)
    last_month = (this_month - dt.timedelta(days=1)).replace(day=1)
    start = (last_month - dt.timedelta(days=80)).replace(day=10)
    return start, last_month.replace(day=20)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_period_labels_and_partial_months_in_the_ui_language(store, lang):
    start, end = _mid_month_range()
    at = _open_range(start, end, lang)
    at.button_group(key="trend_freq").set_value("month").run()
    assert not at.exception, [e.value for e in at.exception]

    months = list(pd.period_range(start, end, freq="M").start_time)
    expected = [format_date(m.date(), lang, "MMM y") for m in months]
    figures = _figures(at, lang)
    assert len(figures) == 4
    for figure in figures:
        assert figure["layout"]["xaxis"]["categoryarray"] == expected
    volume = figures[0]
    assert sorted({x for trace in volume["data"] for x in trace["x"]}) == sorted(expected)
    # Ticks show the year on a second line; the grey bands lie on the first and last month.
    assert volume["layout"]["xaxis"]["ticktext"][0] == expected[0].replace(" ", "<br>")
    bands = [(s["x0"], s["x1"]) for s in volume["layout"]["shapes"] if s["type"] == "rect"]
    assert bands == [(-0.5, 0.5), (len(months) - 1.5, len(months) - 0.5)]

    first = t(
        "trends.partial_item",
        lang,
        period=expected[0],
        first=format_date(start, lang),
        last=format_date(months[1].date() - dt.timedelta(days=1), lang),
    )
    last = t(
        "trends.partial_item",
        lang,
        period=expected[-1],
        first=format_date(months[-1].date(), lang),
        last=format_date(end, lang),
    )
    captions = [c.value for c in at.caption]
    assert t("trends.partial_caption", lang, periods=f"{first}; {last}") in captions


def test_numbers_on_the_charts_use_the_locale(store):
    at = open_page("pages/trends.py")
    volume, _sentiment, themes, ratings = _figures(at)
    assert volume["layout"]["separators"] == ",."
    assert ratings["layout"]["yaxis"]["ticktext"][-1] == format_share(1.0, "de")  # "100 %"
    assert all(text.endswith("\xa0%") for text in themes["data"][0]["colorbar"]["ticktext"])
    # The theme heatmap grows with the number of themes: one 30 px row each.
    rows = len(themes["data"][0]["y"])
    assert themes["layout"]["height"] == 30 * rows + 110


def test_a_rerun_reuses_the_cached_report(store, monkeypatch):
    calls: list[str] = []
    real = trends.trend_report

    def counting(*args: Any, **kwargs: Any) -> trends.TrendReport:
        calls.append(args[2])  # freq
        return real(*args, **kwargs)

    monkeypatch.setattr(trends, "trend_report", counting)
    at = open_page("pages/trends.py")
    assert len(calls) == 1
    at.run()
    assert len(calls) == 1
    at.button_group(key="trend_freq").set_value("week").run()
    at.button_group(key="trend_freq").set_value("month").run()
    assert calls == ["month", "week"]
    assert not at.exception, [e.value for e in at.exception]


def test_the_csat_card_has_room_for_its_sample(store):
    at = open_page("pages/trends.py")
    cards = {c.metric[0].label: c.proto.weight for c in at.columns if len(c.metric) == 1}
    quotes, csat = t("trends.metric_quotes", "de"), t("trends.metric_csat", "de")
    # "↑ +0,8 Pp. 711 Bewertungen" was cut off: the quotes card (no sample) gives it room.
    assert cards[csat] > cards[t("trends.metric_sentiment", "de")] > cards[quotes]


def test_the_open_chart_tab_stays_open_when_the_language_changes(store):
    at = show_tab(open_page("pages/trends.py"), "ratings")
    at.session_state[LANG_KEY] = "en"  # what the sidebar's language switch sets
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    # Not back on the first tab: the tab bar remembered the German label, which the English
    # tabs do not have.
    assert t("trends.ratings_caption", "en", min=MIN_RATINGS) in [c.value for c in at.caption]
