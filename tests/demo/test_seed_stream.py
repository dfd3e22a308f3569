"""`python -m feedback demo --quotes 1000000` must stream: one batch in memory at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import Engine, func, select

from feedback.demo import DemoQuote, generate_demo_quotes, iter_demo_quotes
from feedback.demo.people import demo_agents, demo_teams
from feedback.demo.seed import SeedProgress, seed_quotes
from feedback.store.models import Quote

END = dt.date(2026, 11, 23)


def test_the_stream_is_the_same_data_as_the_tuple() -> None:
    assert tuple(iter_demo_quotes(seed=5, n_quotes=300, end=END)) == generate_demo_quotes(
        seed=5, n_quotes=300, end=END
    )


def test_seeding_pulls_at_most_one_batch_ahead_of_what_is_stored(engine: Engine) -> None:
    pulled = 0

    def counted(quotes: Iterator[DemoQuote]) -> Iterator[DemoQuote]:
        nonlocal pulled
        for quote in quotes:
            pulled += 1
            yield quote

    steps: list[tuple[int, int]] = []

    def progress(step: SeedProgress) -> None:
        steps.append((step.quotes, pulled))

    report = seed_quotes(
        engine,
        demo_teams(),
        demo_agents(),
        counted(iter_demo_quotes(n_quotes=230, end=END)),
        today=END,
        batch_size=50,
        progress=progress,
    )
    assert [done for done, _ in steps] == [50, 100, 150, 200, 230]
    assert all(ahead <= done + 50 for done, ahead in steps)
    with engine.connect() as conn:
        stored = conn.execute(select(func.count(Quote.id))).scalar_one()
    assert stored == report.stored
    assert report.stored + report.rejected == 230
