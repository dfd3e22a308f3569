"""Bulk writes leave the planner statistics fresh (issue 11: a word-cloud query ran for more
than ten minutes on PostgreSQL after seeding, because nothing had run ANALYZE and the planner
still believed the tables were empty)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, func, select, text

from feedback.demo import iter_demo_quotes
from feedback.demo.people import demo_agents, demo_teams
from feedback.demo.seed import seed_quotes
from feedback.store.models import Quote, QuoteTerm
from feedback.store.statistics import refresh_statistics

TODAY = dt.date(2026, 11, 23)


def _planner_rows(engine: Engine, table: str) -> float:
    """How many rows the planner believes ``table`` holds (0 when it has no statistics)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            return float(
                conn.execute(
                    text("SELECT reltuples FROM pg_class WHERE oid = CAST(:t AS regclass)"),
                    {"t": table},
                ).scalar_one()
            )
        stat = conn.execute(
            text("SELECT stat FROM sqlite_stat1 WHERE tbl = :t AND idx IS NULL"), {"t": table}
        ).scalar()
        if stat is None:  # sqlite_stat1 keeps the row count in the first field of each index
            stat = conn.execute(
                text("SELECT stat FROM sqlite_stat1 WHERE tbl = :t LIMIT 1"), {"t": table}
            ).scalar()
        return float(str(stat).split()[0]) if stat is not None else 0.0


def _has_stat_table(engine: Engine) -> bool:
    if engine.dialect.name != "sqlite":
        return True
    with engine.connect() as conn:
        return bool(
            conn.execute(
                text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            ).scalar_one()
        )


def test_seeding_leaves_statistics_that_know_the_table_sizes(engine: Engine) -> None:
    report = seed_quotes(
        engine, demo_teams(), demo_agents(), iter_demo_quotes(n_quotes=300, end=TODAY), today=TODAY
    )
    assert report.stored > 250
    with engine.connect() as conn:
        quotes = conn.execute(select(func.count(Quote.id))).scalar_one()
        terms = conn.execute(select(func.count(QuoteTerm.id))).scalar_one()
    assert _has_stat_table(engine)
    # ANALYZE samples, so the planner's figure is close, not exact; 0 would mean "never ran".
    assert _planner_rows(engine, "quotes") >= 0.5 * quotes
    assert _planner_rows(engine, "quote_terms") >= 0.5 * terms


def test_refresh_after_more_rows_follows_the_growth(engine: Engine) -> None:
    seed_quotes(
        engine, demo_teams(), demo_agents(), iter_demo_quotes(n_quotes=50, end=TODAY), today=TODAY
    )
    before = _planner_rows(engine, "quotes")
    seed_quotes(
        engine,
        demo_teams(),
        demo_agents(),
        iter_demo_quotes(seed=7, n_quotes=400, end=TODAY),
        today=TODAY,
    )
    assert refresh_statistics(engine) is True
    assert _planner_rows(engine, "quotes") > before
