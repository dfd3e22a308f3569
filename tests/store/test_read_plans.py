"""On SQLite the read side's sums read the covering index ``ix_quotes_sqlite_reads`` (migration
0007), never the wide quote rows: at a million quotes a lookup per matching quote cost
seconds per sum."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from feedback.insights.wall import EMOTION_WEIGHTS
from feedback.store import presentation_queries, trend_rollup, wall_queries
from feedback.store.db import make_engine
from feedback.store.filters import QuoteFilter
from feedback.store.migrate import upgrade
from tests.store.plans import sqlite_plans

PERIOD = QuoteFilter(start=dt.date(2025, 12, 1), end=dt.date(2026, 11, 30))


@pytest.fixture
def sqlite_store(tmp_path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'plans.db'}")
    upgrade(engine)
    return engine


@pytest.mark.parametrize(
    "read",
    [
        lambda e: trend_rollup.trend_rollup(e, PERIOD),
        lambda e: presentation_queries.period_sums(e, PERIOD, top_themes=3),
        lambda e: presentation_queries.team_choices(e, PERIOD),
        lambda e: wall_queries.warmest_ids(e, PERIOD, EMOTION_WEIGHTS, limit=20),
    ],
    ids=["trends", "title-slide", "spotlight-teams", "warmest"],
)
def test_the_sums_read_the_covering_index(sqlite_store, read):
    plans = sqlite_plans(sqlite_store, lambda: read(sqlite_store), table="quotes")
    assert plans
    for plan in plans:
        assert "COVERING INDEX ix_quotes_sqlite_reads" in plan, plan
