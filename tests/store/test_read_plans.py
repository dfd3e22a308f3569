"""On SQLite the read side's sums read the covering index ``ix_quotes_sqlite_reads`` (migration
0007), never the wide quote rows: at a million quotes a lookup per matching quote cost
seconds per sum. Reads in date order that stop early use the date index."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import Engine

from feedback.insights.wall import EMOTION_WEIGHTS
from feedback.store import presentation_queries, trend_rollup, wall_queries
from feedback.store.db import make_engine
from feedback.store.filters import QuoteFilter
from feedback.store.migrate import upgrade
from tests.store.plans import sqlite_plans

PERIOD = QuoteFilter(start=dt.date(2025, 12, 1), end=dt.date(2026, 11, 30))
# An agent is not kept in the day sums (quote_days, theme_days): the quotes are summed.
BY_AGENT = replace(PERIOD, agent_ids=(1, 2))


@pytest.fixture
def sqlite_store(tmp_path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'plans.db'}")
    upgrade(engine)
    return engine


@pytest.mark.parametrize(
    "read",
    [
        lambda e: trend_rollup.trend_rollup(e, BY_AGENT),
        lambda e: presentation_queries.period_sums(e, BY_AGENT, top_themes=3),
        lambda e: presentation_queries.team_choices(e, PERIOD),
    ],
    ids=["trends", "title-slide", "spotlight-teams"],
)
def test_the_sums_read_the_covering_index(sqlite_store, read):
    plans = sqlite_plans(sqlite_store, lambda: read(sqlite_store), table="quotes")
    assert plans
    for plan in plans:
        assert "COVERING INDEX ix_quotes_sqlite_reads" in plan, plan


@pytest.mark.parametrize(
    "read",
    [
        lambda e: trend_rollup.trend_rollup(e, PERIOD),
        lambda e: presentation_queries.period_sums(e, PERIOD, top_themes=3),
    ],
    ids=["trends", "title-slide"],
)
def test_sums_the_day_sums_can_answer_read_no_quote(sqlite_store, read):
    assert sqlite_plans(sqlite_store, lambda: read(sqlite_store), table="quotes") == []
    day_plans = sqlite_plans(sqlite_store, lambda: read(sqlite_store), table="quote_days")
    assert day_plans
    assert all("quote_days" in plan for plan in day_plans), day_plans


def test_the_loved_order_reads_the_newest_by_date_then_the_covering_index(sqlite_store):
    """First the newest quotes in the date index's order (a bounded read: the query's LIMIT),
    and only when too few of them are of the top warmth, every match by the covering index."""
    plans = sqlite_plans(
        sqlite_store,
        lambda: wall_queries.warmest_ids(sqlite_store, PERIOD, EMOTION_WEIGHTS, limit=20),
        table="quotes",
    )
    assert len(plans) == 2, plans  # the store is empty: the first read finds too few
    assert "SEARCH quotes USING INDEX ix_quotes_status_said_on" in plans[0], plans[0]
    assert "COVERING INDEX ix_quotes_sqlite_reads" in plans[1], plans[1]
