"""Bulk writes leave the planner statistics fresh (issue 11: a word-cloud query ran for more
than ten minutes on PostgreSQL after seeding, because nothing had run ANALYZE and the planner
still believed the tables were empty)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, func, select, text

from feedback.collect.pipeline import analyzer_for, submit_many
from feedback.demo import iter_demo_quotes
from feedback.demo.people import demo_agents, demo_teams
from feedback.demo.seed import _draft, seed_quotes
from feedback.store.db import transaction
from feedback.store.directory import Directory, load_directory
from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote, QuoteTerm
from feedback.store.statistics import refresh_statistics

TODAY = dt.date(2026, 11, 23)


def load_directory_of(engine: Engine) -> Directory:
    with transaction(engine) as session:
        return load_directory(session)


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


@pytest.mark.postgres
def test_term_query_with_stale_statistics_looks_up_each_quotes_terms_in_one_range(
    engine: Engine,
) -> None:
    """The planner was told about 5 quotes, then 600 more arrived without ANALYZE: the word
    query must still find a quote's terms of one kind through one index range, never by
    ANDing a bitmap of every term of that kind (the ten-minute plan at 300,000 quotes)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("planner statistics of PostgreSQL; SQLite plans without them")
    quotes = list(iter_demo_quotes(n_quotes=605, end=TODAY))
    seed_quotes(engine, demo_teams(), demo_agents(), quotes[:5], today=TODAY)
    directory = load_directory_of(engine)
    analyzer = analyzer_for(engine)
    for start in range(5, len(quotes), 200):
        drafts = [_draft(q, directory) for q in quotes[start : start + 200]]
        submit_many(engine, drafts, analyzer, today=TODAY)  # no ANALYZE: statistics stay stale
    flt = QuoteFilter(start=dt.date(2026, 1, 1), end=TODAY)
    matching = flt.apply(select(Quote.id)).subquery()
    query = (
        select(QuoteTerm.term, QuoteTerm.surface, func.sum(QuoteTerm.count))
        .join(matching, matching.c.id == QuoteTerm.quote_id)
        .where(QuoteTerm.kind == "word")
        .group_by(QuoteTerm.term, QuoteTerm.surface)
    )
    sql = str(query.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        plan = "\n".join(row[0] for row in conn.execute(text("EXPLAIN " + sql)))
    assert "BitmapAnd" not in plan, plan
    if "Nested Loop" in plan:
        assert "ix_quote_terms_quote_kind" in plan, plan
