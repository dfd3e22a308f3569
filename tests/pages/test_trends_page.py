"""Trends page: period metrics match the store; every chart comes with a CSV download."""

from __future__ import annotations

import datetime as dt

from feedback.i18n import t
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from tests.pages.conftest import open_page


def test_metrics_compare_this_period_with_the_previous_one(store):
    today = dt.date.today()
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


def test_each_chart_has_a_csv_download(store):
    at = open_page("pages/trends.py")
    assert not at.exception, [e.value for e in at.exception]
    downloads = at.get("download_button")
    assert len(downloads) == 4  # volume, sentiment, themes, ratings
    assert {d.proto.label for d in downloads} == {t("trends.download_csv", "de")}
    assert len(at.get("plotly_chart")) == 4


def test_switching_to_months_and_teams(store):
    at = open_page("pages/trends.py")
    at.button_group(key="trend_freq").set_value("month").run()
    at.button_group(key="trend_by").set_value("team").run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("plotly_chart")) == 4
