"""``theme_days`` (the quotes' themes counted per day, kept by triggers) always equals the
counts of the quotes' own theme lists, on every backend, after every kind of write; and the
trends' and title slide's theme counts read from it equal those expanded from the quotes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from typing import Any

from sqlalchemy import Engine, func, select

from feedback.collect import edit
from feedback.domain import Status
from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote, ThemeDay
from feedback.store.presentation_queries import period_sums
from feedback.store.read import kept_by_day_sums
from feedback.store.trend_rollup import trend_rollup
from tests.conftest import TODAY
from tests.store.test_term_days import _seed, every_kind_of_write

KEY = ("status", "said_on", "language", "team_id", "channel", "theme")


def _kept(engine: Engine) -> dict[tuple[Any, ...], int]:
    columns = [ThemeDay.__table__.c[name] for name in (*KEY, "count")]
    with engine.connect() as conn:
        rows = conn.execute(select(*columns)).all()
    assert all(row[-1] > 0 for row in rows), "a sum at 0 is deleted"
    return {tuple(row[:-1]): int(row[-1]) for row in rows}


def _counted(engine: Engine) -> dict[tuple[Any, ...], int]:
    """The same counts from every quote's own theme list, in Python."""
    team = func.coalesce(Quote.team_id, 0)
    keys = (Quote.status, Quote.said_on, Quote.language, team, Quote.channel)
    counts: Counter[tuple[Any, ...]] = Counter()
    with engine.connect() as conn:
        for *key, themes in conn.execute(select(*keys, Quote.themes)).all():
            for theme in themes or []:
                counts[(*key, theme)] += 1
    return dict(counts)


def _assert_in_step(engine: Engine, step: str) -> None:
    kept = _kept(engine)
    assert kept == _counted(engine), step
    assert kept or step == "all deleted", step


def test_every_write_keeps_the_theme_counts_equal_to_the_quotes_themes(engine, people):
    ids = _seed(engine, people)
    assert _counted(engine), "the seeded quotes have themes"
    every_kind_of_write(engine, ids, lambda step: _assert_in_step(engine, step))
    assert _kept(engine) == {}


def test_theme_counts_from_the_day_sums_equal_those_from_the_quotes(engine, people):
    ids = _seed(engine, people)
    edit.set_status(engine, ids[:3], Status.APPROVED, actor="test")
    for flt in (
        QuoteFilter(),
        QuoteFilter(statuses=()),
        QuoteFilter(start=TODAY - dt.timedelta(days=1), end=TODAY, languages=("de",)),
        QuoteFilter(team_ids=(people["team_north"],), channels=("chat", "email")),
    ):
        assert kept_by_day_sums(flt), flt
        # The same filter with an agent asks the quotes themselves: the answers agree.
        agents = tuple(people[name] for name in ("aylin", "anna", "jonas"))
        slow = replace(flt, agent_ids=agents)
        assert not kept_by_day_sums(slow)
        fast_trend, slow_trend = trend_rollup(engine, flt), trend_rollup(engine, slow)
        key = ["day", "theme"]
        assert (
            fast_trend.themes.sort_values(key)
            .reset_index(drop=True)
            .equals(slow_trend.themes.sort_values(key).reset_index(drop=True))
        ), flt
        assert period_sums(engine, flt, top_themes=10).top_themes == (
            period_sums(engine, slow, top_themes=10).top_themes
        ), flt
