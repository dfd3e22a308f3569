"""Bench: word-cloud sums from ``term_days`` (kept by triggers) vs. from every quote's terms.

Read: a SQLite store of N synthetic quotes (a year of days, 6 teams, 8 channels, German and
English, 90 % approved) with ``quote_terms`` drawn from a Zipf vocabulary of 30,000 lemmas
(``bench/wordcloud_counts.py``; the demo's few thousand words would flatter the sums: a copied
demo store repeats the same words every day). The cloud of the last 12 months, one language,
is summed both ways in the same process: the join over the quotes' terms (baseline, the store
at migration 0007) and ``term_days`` (after migration 0008 has filled it, timed too).

Write: the demo quotes seeded through the submission pipeline into a new store with the
triggers and into one without them (baseline), in the same process.

Usage: python bench/term_days.py [--quotes 1000000] [--seed-quotes 3000] [--dir /tmp]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sqlalchemy import Engine, Select, insert, text

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from wordcloud_counts import synthetic_terms  # noqa: E402

from feedback.demo import generate_demo  # noqa: E402
from feedback.demo.seed import seed_demo  # noqa: E402
from feedback.store.db import make_engine  # noqa: E402
from feedback.store.filters import QuoteFilter  # noqa: E402
from feedback.store.migrate import upgrade  # noqa: E402
from feedback.store.models import Quote, Team  # noqa: E402
from feedback.store.read import day_sums, quote_term_sums, term_counts  # noqa: E402

TODAY = dt.date(2026, 12, 4)
CHANNELS = ("email", "chat", "phone", "whatsapp", "sms", "social", "survey", "other")


def _fill(engine: Engine, quotes: int) -> None:
    rng = np.random.default_rng(3)
    days = rng.integers(0, 365, quotes)
    rows = [
        {
            "id": number + 1,
            "text": "synthetic",
            "language": "de" if rng_value < 0.6 else "en",
            "channel": CHANNELS[number % len(CHANNELS)],
            "said_on": TODAY - dt.timedelta(days=int(day)),
            "submitted_by": "bench",
            "team_id": 1 + number % 6,
            "status": "approved" if status < 0.9 else "pending",
            "fingerprint": f"bench-{number}",
        }
        for number, (day, rng_value, status) in enumerate(
            zip(days, rng.random(quotes), rng.random(quotes), strict=True)
        )
    ]
    with engine.begin() as conn:
        conn.execute(insert(Team), [{"id": team, "name": f"Team {team}"} for team in range(1, 7)])
        conn.execute(insert(Quote), rows)
        terms = synthetic_terms(quotes)
        terms["quote_id"] += 1
        conn.exec_driver_sql(
            "INSERT INTO quote_terms (quote_id, term, surface, kind, count) VALUES (?, ?, ?, ?, ?)",
            list(terms[["quote_id", "term", "surface", "kind", "count"]].itertuples(False, None)),
        )
        conn.exec_driver_sql("ANALYZE")


def _query_seconds(engine: Engine, query: Select[str, str, int], runs: int = 3) -> float:
    """Best of ``runs``: the summing query alone (term_counts' pandas part is the same)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        with engine.connect() as conn:
            conn.execute(query).all()
        best = min(best, time.perf_counter() - start)
    return best


def read_side(folder: Path, quotes: int) -> None:
    engine = make_engine(f"sqlite:///{folder / 'term_days_read.db'}")
    upgrade(engine, "0007")
    start = time.perf_counter()
    _fill(engine, quotes)
    print(f"store: {quotes:,} quotes filled in {time.perf_counter() - start:.0f} s")
    with engine.connect() as conn:
        term_rows = conn.execute(text("SELECT count(*) FROM quote_terms")).scalar_one()
    flt = QuoteFilter(start=TODAY - dt.timedelta(days=365), end=TODAY, languages=("de",))
    joined = _query_seconds(engine, quote_term_sums(flt, "word"))  # the baseline
    start = time.perf_counter()
    upgrade(engine)
    filled = time.perf_counter() - start
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        day_rows = conn.execute(text("SELECT count(*) FROM term_days")).scalar_one()
        narrow_rows = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT 1 FROM term_days GROUP BY status, said_on,"
                " language, kind, term, surface)"
            )
        ).scalar_one()
    days = day_sums(flt, "word")
    assert days is not None
    summed = _query_seconds(engine, days)
    cloud = term_counts(engine, flt, kind="word", limit=1_000_000)
    assert set(cloud["term"]) == set(_terms(engine, quote_term_sums(flt, "word")))
    share = day_rows / term_rows
    print(f"term_days rows if keyed by day, status and language only: {narrow_rows:,}")
    print(f"quote_terms rows: {term_rows:,}; term_days rows: {day_rows:,} ({share:.0%})")
    print(f"migration 0008 (fills term_days): {filled:.1f} s")
    print(f"cloud of 12 months, de: quotes' terms {joined:.2f} s, term_days {summed:.2f} s")
    print(f"ratio term_days / quotes' terms: {summed / joined:.3f} ({joined / summed:.1f}x faster)")


def _terms(engine: Engine, query: Select[str, str, int]) -> set[str]:
    with engine.connect() as conn:
        return {term for term, _surface, _count in conn.execute(query).all()}


def write_side(folder: Path, quotes: int, rounds: int = 2) -> None:
    """Best of ``rounds`` per variant, the variants alternating (the first seed of a process
    also fills the analyser's caches)."""
    data = generate_demo(n_quotes=quotes, end=TODAY)
    seconds: dict[str, float] = {}
    for round_ in range(rounds):
        for label, keep in (("without triggers", False), ("with triggers", True)):
            engine = make_engine(f"sqlite:///{folder / f'term_days_write_{keep}_{round_}.db'}")
            upgrade(engine)
            if not keep:
                with engine.begin() as conn:
                    triggers = conn.exec_driver_sql(
                        "SELECT name FROM sqlite_master"
                        " WHERE type = 'trigger' AND name LIKE 'term_days_%'"
                    ).scalars()
                    for name in list(triggers):
                        conn.exec_driver_sql(f"DROP TRIGGER {name}")
            start = time.perf_counter()
            report = seed_demo(engine, data, today=TODAY)
            took = time.perf_counter() - start
            seconds[label] = min(seconds.get(label, took), took)
            print(f"seed {report.stored:,} demo quotes {label}: {took:.1f} s")
    ratio = seconds["with triggers"] / seconds["without triggers"]
    print(f"best: {seconds}; ratio with / without triggers: {ratio:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--seed-quotes", type=int, default=3_000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        write_side(Path(folder), args.seed_quotes)
        read_side(Path(folder), args.quotes)


if __name__ == "__main__":
    main()
