"""Trends: volume, sentiment with rolling mean, theme shares, ratings and period deltas."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from feedback.insights import trends
from feedback.store.filters import QuoteFilter


def _frame() -> pd.DataFrame:
    """Five quotes over three ISO weeks (2026-01-05 is a Monday) and two months."""
    return pd.DataFrame(
        {
            "id": [1, 2, 3, 4, 5],
            "said_on": pd.to_datetime(
                ["2026-01-05", "2026-01-07", "2026-01-20", "2026-02-02", "2026-02-03"]
            ),
            "channel": ["email", "chat", "email", "email", "phone"],
            "team": ["Nord", None, "Nord", "Technik", "Technik"],
            "sentiment_compound": [0.8, -0.4, 0.6, 0.2, None],
            "sentiment_label": ["positive", "negative", "positive", "positive", None],
            "themes": [["speed", "friendliness"], [], ["speed"], ["patience"], ["speed"]],
            "rating": [5.0, None, 3.0, 9.0, 2.0],
            "rating_scale": [5, None, 5, 10, 5],
        }
    )


def test_volume_per_week_by_channel_fills_empty_weeks_with_zero():
    out = trends.volume(_frame(), "week", "channel")
    pivot = out.pivot_table(index="period", columns="group", values="quotes")
    assert [p.strftime("%Y-%m-%d") for p in pivot.index] == [
        "2026-01-05",
        "2026-01-12",
        "2026-01-19",
        "2026-01-26",
        "2026-02-02",
    ]
    assert pivot["email"].tolist() == [1, 0, 1, 0, 1]
    assert pivot["chat"].tolist() == [1, 0, 0, 0, 0]
    assert out["quotes"].sum() == 5


def test_volume_per_month_by_team_labels_missing_team():
    out = trends.volume(_frame(), "month", "team", none_label="ohne Team")
    counts = {(p.month, g): q for p, g, q in out.itertuples(index=False)}
    assert counts[(1, "Nord")] == 2
    assert counts[(1, "ohne Team")] == 1
    assert counts[(2, "Technik")] == 2
    assert counts[(2, "Nord")] == 0


def test_sentiment_mean_and_quote_weighted_rolling_mean():
    out = trends.sentiment(_frame(), "week", window=3).set_index("period")
    week1, week3, week5 = (pd.Timestamp(d) for d in ("2026-01-05", "2026-01-19", "2026-02-02"))
    assert out.loc[week1, "quotes"] == 2
    assert out.loc[week1, "mean"] == pytest.approx(0.2)  # (0.8 - 0.4) / 2
    assert out["mean"].isna().tolist() == [False, True, False, True, False]
    # weeks 1..3 hold three scored quotes: (0.8 - 0.4 + 0.6) / 3
    assert out.loc[week3, "rolling"] == pytest.approx(1.0 / 3)
    # weeks 3..5: 0.6 and 0.2 (the unscored quote is left out)
    assert out.loc[week5, "rolling"] == pytest.approx(0.4)
    assert out.loc[week1, "positive_share"] == pytest.approx(0.5)


def test_sentiment_shares_add_up_and_roll_by_quotes():
    out = trends.sentiment(_frame(), "week", window=3).set_index("period")
    week1, week3 = pd.Timestamp("2026-01-05"), pd.Timestamp("2026-01-19")
    assert out.loc[week1, "negative_share"] == pytest.approx(0.5)
    assert out.loc[week1, "neutral_share"] == pytest.approx(0.0)
    shares = out[["positive_share", "neutral_share", "negative_share"]].dropna()
    assert shares.sum(axis=1).tolist() == pytest.approx([1.0] * len(shares))
    # weeks 1..3: two positive of three scored quotes
    assert out.loc[week3, "rolling_positive_share"] == pytest.approx(2 / 3)


def test_a_period_with_few_ratings_is_not_reliable():
    many = pd.DataFrame(
        {
            "said_on": pd.to_datetime(["2026-01-10"] * trends.MIN_RATINGS + ["2026-02-10"] * 7),
            "rating": [5.0] * (trends.MIN_RATINGS + 7),
            "rating_scale": [5] * (trends.MIN_RATINGS + 7),
        }
    )
    out = trends.ratings(many, "month").set_index("period")
    assert out["rated"].tolist() == [trends.MIN_RATINGS, 7]
    assert out["reliable"].tolist() == [True, False]


def test_theme_share_counts_quotes_per_period():
    out = trends.theme_share(_frame(), "month").set_index(["period", "theme"])
    january, february = pd.Timestamp("2026-01-01"), pd.Timestamp("2026-02-01")
    assert out.loc[(january, "speed"), "share"] == pytest.approx(2 / 3)
    assert out.loc[(january, "friendliness"), "share"] == pytest.approx(1 / 3)
    assert out.loc[(february, "patience"), "quotes"] == 1
    assert out.loc[(february, "speed"), "share"] == pytest.approx(0.5)


def test_normalised_rating_uses_each_quotes_scale():
    score = trends.normalised_rating(_frame())
    assert score.tolist()[:1] == [1.0]
    assert pd.isna(score.iloc[1])
    assert score.iloc[2] == pytest.approx(0.5)  # 3 of 1..5
    assert score.iloc[3] == pytest.approx(8 / 9)  # 9 of 1..10
    assert score.iloc[4] == pytest.approx(0.25)


def test_ratings_per_month_give_score_and_csat():
    out = trends.ratings(_frame(), "month").set_index("period")
    january = out.loc[pd.Timestamp("2026-01-01")]
    assert january["rated"] == 2
    assert january["score"] == pytest.approx(0.75)  # (1.0 + 0.5) / 2
    assert january["csat"] == pytest.approx(0.5)  # 5 of 5 is satisfied, 3 of 5 is not
    february = out.loc[pd.Timestamp("2026-02-01")]
    assert february["csat"] == pytest.approx(0.5)  # 9 of 10 yes, 2 of 5 no


def test_ratings_are_empty_without_any_rating():
    frame = _frame().assign(rating=None, rating_scale=None)
    assert trends.ratings(frame, "week").empty


def test_comparison_windows_have_equal_length():
    flt = QuoteFilter(start=dt.date(2026, 2, 1), end=dt.date(2026, 2, 28))
    windows = trends.comparison_windows(flt, today=dt.date(2026, 3, 10))
    assert windows.current == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert windows.previous == (dt.date(2026, 1, 4), dt.date(2026, 1, 31))
    assert trends.widened(flt, windows).start == dt.date(2026, 1, 4)


def test_comparison_windows_without_start_compare_the_last_30_days():
    windows = trends.comparison_windows(QuoteFilter(), today=dt.date(2026, 3, 30))
    assert windows.current == (dt.date(2026, 3, 1), dt.date(2026, 3, 30))
    assert windows.previous == (dt.date(2026, 1, 30), dt.date(2026, 2, 28))
    assert windows.chart_start is None
    assert trends.widened(QuoteFilter(), windows).start is None


def test_compare_this_period_with_the_previous_one():
    flt = QuoteFilter(start=dt.date(2026, 1, 19), end=dt.date(2026, 2, 5))  # 18 days
    windows = trends.comparison_windows(flt, today=dt.date(2026, 2, 5))
    metrics = {m.key: m for m in trends.compare(_frame(), windows)}
    assert metrics["quotes"].current == 3
    assert metrics["quotes"].previous == 2
    assert metrics["quotes"].delta == 1
    assert metrics["sentiment"].current == pytest.approx(0.4)
    assert metrics["sentiment"].delta == pytest.approx(0.2)
    assert metrics["positive_share"].current == pytest.approx(2 / 3)
    assert metrics["csat"].current == pytest.approx(1 / 3)
    assert metrics["csat"].previous == pytest.approx(1.0)
    # The sample behind each figure: 3 quotes, 3 ratings (1 of them satisfied).
    assert (metrics["quotes"].n, metrics["positive_share"].n, metrics["csat"].n) == (3, 3, 3)


def test_compare_last_30_days_and_no_delta_without_data():
    windows = trends.comparison_windows(QuoteFilter(), today=dt.date(2026, 2, 5))
    metrics = {m.key: m for m in trends.compare(_frame(), windows)}
    # this period: 7 January to 5 February; the previous: 8 December to 6 January
    assert (metrics["quotes"].current, metrics["quotes"].previous) == (4, 1)
    assert metrics["csat"].delta == pytest.approx(1 / 3 - 1.0)
    empty = trends.compare(_frame().iloc[0:0], windows)
    assert all(m.delta is None for m in empty if m.key != "quotes")


def test_trend_report_charts_only_the_filtered_range():
    flt = QuoteFilter(start=dt.date(2026, 2, 1), end=dt.date(2026, 2, 28))
    windows = trends.comparison_windows(flt, today=dt.date(2026, 3, 1))
    report = trends.trend_report(_frame(), windows, "month", "channel")
    assert report.volume["period"].unique().tolist() == [pd.Timestamp("2026-02-01")]
    assert report.volume["quotes"].sum() == 2
    assert {m.key: m.previous for m in report.metrics}["quotes"] == 3


def test_period_labels_follow_the_language():
    months = [pd.Timestamp("2026-03-01"), pd.Timestamp("2026-10-01")]
    assert trends.period_labels(months, "month", "de") == ["März 2026", "Okt. 2026"]
    assert trends.period_labels(months, "month", "en") == ["Mar 2026", "Oct 2026"]
    weeks = [pd.Timestamp("2026-03-02"), pd.Timestamp("2026-03-09")]
    assert trends.period_labels(weeks, "week", "de") == ["2. März", "9. März"]
    assert trends.period_labels(weeks, "week", "en") == ["2 Mar", "9 Mar"]


def test_week_labels_carry_the_year_when_the_weeks_reach_into_a_second_one():
    weeks = [pd.Timestamp("2025-12-29"), pd.Timestamp("2026-01-05")]
    assert trends.period_labels(weeks, "week", "de") == ["29. Dez. 2025", "5. Jan. 2026"]
    # Two years of weeks: every label is different, so a chart can use them as categories.
    many = list(pd.date_range("2025-01-06", "2026-12-28", freq="W-MON"))
    assert len(set(trends.period_labels(many, "week", "en"))) == len(many)


def test_partial_periods_are_the_first_and_last_cut_by_the_range():
    months = [pd.Timestamp(f"2026-0{m}-01") for m in (1, 2, 3)]
    span = (dt.date(2026, 1, 15), dt.date(2026, 3, 10))
    partial = trends.partial_periods(months, "month", span, today=dt.date(2026, 3, 10))
    assert partial == (
        trends.PartialPeriod(months[0], dt.date(2026, 1, 15), dt.date(2026, 1, 31), False),
        trends.PartialPeriod(months[2], dt.date(2026, 3, 1), dt.date(2026, 3, 10), True),
    )
    # A range that ends before today cuts the last month off, but it is not running.
    earlier = trends.partial_periods(months, "month", span, today=dt.date(2026, 4, 2))
    assert [p.running for p in earlier] == [False, False]
    whole = trends.partial_periods(
        months, "month", (dt.date(2026, 1, 1), dt.date(2026, 3, 31)), today=dt.date(2026, 5, 1)
    )
    assert whole == ()


def test_partial_weeks_run_monday_to_sunday():
    weeks = [pd.Timestamp("2026-01-05"), pd.Timestamp("2026-01-12")]
    span = (dt.date(2026, 1, 5), dt.date(2026, 1, 14))  # a Monday to a Wednesday
    partial = trends.partial_periods(weeks, "week", span, today=dt.date(2026, 1, 14))
    assert partial == (
        trends.PartialPeriod(weeks[1], dt.date(2026, 1, 12), dt.date(2026, 1, 14), True),
    )


def test_trend_report_lists_every_charted_period_and_the_partial_ones():
    flt = QuoteFilter(start=dt.date(2026, 1, 6), end=dt.date(2026, 2, 3))
    windows = trends.comparison_windows(flt, today=dt.date(2026, 2, 3))
    report = trends.trend_report(_frame(), windows, "week", "channel", today=dt.date(2026, 2, 3))
    assert report.periods == tuple(
        pd.Timestamp(d)
        for d in ("2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02")
    )
    assert [(p.period, p.first, p.last, p.running) for p in report.partial] == [
        (pd.Timestamp("2026-01-05"), dt.date(2026, 1, 6), dt.date(2026, 1, 11), False),
        (pd.Timestamp("2026-02-02"), dt.date(2026, 2, 2), dt.date(2026, 2, 3), True),
    ]
    # Every chart's periods are among them (the page labels them once for all charts).
    for part in (report.volume, report.sentiment, report.themes, report.ratings):
        assert set(part["period"]) <= set(report.periods)


def test_trend_report_of_all_time_starts_at_the_first_quote():
    windows = trends.comparison_windows(QuoteFilter(), today=dt.date(2026, 2, 28))
    report = trends.trend_report(_frame(), windows, "month", "team")
    assert report.periods == (pd.Timestamp("2026-01-01"), pd.Timestamp("2026-02-01"))
    # January from the first quote (the 5th); February up to the chart's end, the 28th: whole.
    assert [(p.period, p.first) for p in report.partial] == [
        (pd.Timestamp("2026-01-01"), dt.date(2026, 1, 5))
    ]
    assert trends.trend_report(_frame().iloc[0:0], windows, "month", "team").periods == ()
