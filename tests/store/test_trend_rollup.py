"""The trends rollup summed by the database equals a plain Python sum over the same quotes, on
every backend, and the trend views built from it equal those built from the quotes frame."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from typing import Any

import pandas as pd
import pytest

from feedback.insights import trends
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from feedback.store.trend_rollup import DAY_COLUMNS, rollup_frame, trend_rollup
from tests.clock import pinned_today
from tests.store.rollup_data import Row, Seeded, seed

FIRST = dt.date(2025, 12, 29)  # a Monday, in the last ISO week of 2025
DAYS = 70  # to 2026-03-08, a Sunday: weeks, months and a year change inside


def _expected_days(rows: list[Row]) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """quotes, positive, scored, compound sum, scored positive, scored negative, rated, score
    sum, satisfied per day, team and channel."""
    sums: dict[tuple[Any, ...], list[float]] = defaultdict(lambda: [0, 0, 0, 0.0, 0, 0, 0, 0.0, 0])
    for row in rows:
        total = sums[(row.said_on, row.team, row.channel)]
        total[0] += 1
        total[1] += row.label == "positive"
        if row.compound is not None:
            total[2] += 1
            total[3] += row.compound
            total[4] += row.label == "positive"
            total[5] += row.label == "negative"
        if row.rating is not None and row.scale is not None and row.scale > 1:
            score = min(1.0, max(0.0, (row.rating - 1) / (row.scale - 1)))
            total[6] += 1
            total[7] += score
            total[8] += score >= 0.75
    return {key: _rounded(values) for key, values in sums.items()}


def _rounded(values: list[Any]) -> tuple[Any, ...]:
    return tuple(round(value, 9) if isinstance(value, float) else int(value) for value in values)


def _actual_days(frame: pd.DataFrame) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    assert list(frame.columns) == list(DAY_COLUMNS)
    out = {}
    for day, team, channel, *sums in frame.itertuples(index=False, name=None):
        key = (day.date(), None if pd.isna(team) else team, channel)
        assert key not in out, f"{key} twice"
        out[key] = _rounded(sums)
    return out


def _expected_themes(rows: list[Row]) -> Counter[tuple[dt.date, str]]:
    return Counter((row.said_on, theme) for row in rows for theme in row.themes)


def _actual_themes(frame: pd.DataFrame) -> Counter[tuple[dt.date, str]]:
    return Counter({(d.date(), th): int(n) for d, th, n in frame.itertuples(index=False)})


@pytest.fixture
def seeded(engine) -> Seeded:
    return seed(engine, 240, FIRST, DAYS)


def _filters(seeded: Seeded) -> list[QuoteFilter]:
    return [
        QuoteFilter(),
        QuoteFilter(statuses=()),
        QuoteFilter(team_ids=(seeded.teams["Nord"],)),
        QuoteFilter(channels=("chat", "phone")),
        QuoteFilter(themes=("speed",)),
        QuoteFilter(languages=("en",)),
        QuoteFilter(agent_ids=(seeded.agents["cem"],)),
        # Period edges: both days are inside; the first and the last seeded day are hit.
        QuoteFilter(start=FIRST, end=FIRST),
        QuoteFilter(start=dt.date(2026, 1, 31), end=dt.date(2026, 2, 1)),
        QuoteFilter(start=FIRST + dt.timedelta(days=DAYS - 1)),
        QuoteFilter(end=dt.date(2025, 12, 31)),
    ]


def test_the_database_sums_what_python_sums(engine, seeded):
    for flt in _filters(seeded):
        rows = [row for row in seeded.rows if row.matches(flt)]
        rollup = trend_rollup(engine, flt)
        assert _actual_days(rollup.days) == _expected_days(rows), flt
        assert _actual_themes(rollup.themes) == _expected_themes(rows), flt
        assert int(rollup.days["quotes"].sum()) == len(rows), flt
    edges = trend_rollup(engine, QuoteFilter(start=FIRST, end=FIRST, statuses=()))
    assert int(edges.days["quotes"].sum()) >= 1, "the first day holds a quote"


def test_the_pandas_sums_equal_the_database_sums(engine, seeded):
    for flt in _filters(seeded)[:6]:
        from_sql = trend_rollup(engine, flt)
        from_frame = rollup_frame(quotes_frame(engine, flt))
        assert _actual_days(from_frame.days) == _actual_days(from_sql.days), flt
        assert _actual_themes(from_frame.themes) == _actual_themes(from_sql.themes), flt


def test_an_empty_store_sums_to_nothing(engine):
    rollup = trend_rollup(engine, QuoteFilter())
    assert rollup.empty
    assert rollup.themes.empty
    assert list(rollup.days.columns) == list(DAY_COLUMNS)
    windows = trends.comparison_windows(QuoteFilter(), pinned_today())
    report = trends.trend_report(rollup, windows, "month", "channel")
    assert report.volume.empty
    assert report.ratings.empty
    assert report.periods == ()
    assert [m.current for m in report.metrics] == [0.0, None, None, None]


@pytest.mark.parametrize(
    ("start", "end", "freq", "by"),
    [
        (None, dt.date(2026, 3, 8), "month", "channel"),
        (dt.date(2026, 1, 7), dt.date(2026, 2, 20), "week", "team"),
        (dt.date(2026, 2, 1), dt.date(2026, 2, 28), "week", "channel"),
    ],
)
def test_the_report_from_the_database_equals_the_report_from_the_quotes_frame(
    engine, seeded, start, end, freq, by
):
    flt = QuoteFilter(start=start, end=end, statuses=())
    windows = trends.comparison_windows(flt, dt.date(2026, 3, 8))
    wide = trends.widened(flt, windows)
    new = trends.trend_report(trend_rollup(engine, wide), windows, freq, by, 3)
    old = trends.trend_report(quotes_frame(engine, wide), windows, freq, by, 3)
    for part in ("volume", "sentiment", "themes", "ratings"):
        pd.testing.assert_frame_equal(getattr(new, part), getattr(old, part), check_dtype=False)
    for got, want in zip(new.metrics, old.metrics, strict=True):
        assert got.key == want.key
        assert got.current == pytest.approx(want.current)
        assert got.previous == pytest.approx(want.previous)
    assert new.periods == old.periods
    assert new.partial == old.partial
    assert new.volume["quotes"].sum() > 0
