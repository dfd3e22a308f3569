"""The read side's lists: every matching quote in a frame (before) against SQL pages (now).

Run: ``python bench/read_lists.py [--quotes 100000] [--store PATH] [--url URL] [--repeat 3]``.
Seeds ``--quotes`` demo quotes into a new SQLite file (``seed_quotes`` over
``iter_demo_quotes``, as ``python -m feedback demo`` does; about 7 minutes for 100,000 on the
shared 2-core machine), or reads an already seeded ``--store`` file or ``--url``. Then, with
the pages' default filter (the last 12 months, approved), times in the same process:

* the wall's first page (newest first, 24 notes with the quote of the week), and warmest
  first (every quote is ranked: now from four narrow columns, then 23 texts);
* a later page: the tenth "show more" (notes 217-240); before, the wall built its first 240
  from the frame again; now one keyset page after the last shown note is read (the pages
  before it are cached);
* the presentation's spotlight teams, and its deck (20 slides, warmest first: every quote
  is ranked; now from seven narrow columns, with texts read for the chosen quotes only);
* the moderation queue's first page (the "approved" view: the longest queue).

Before = ``quotes_frame`` of every matching quote (500 for the queue, which was LIMITed
already) plus the old pandas pick; now = the typed SQL reads of ``feedback/store/*_queries``
plus the same view functions. Each is run ``--repeat`` times; the median seconds and the peak
of Python allocations during one run (``tracemalloc``: numpy and pandas report theirs) are
printed with the ratio before / now. Each pair is checked to give the same result.
The peak is measured in one more run under ``tracemalloc`` (which slows allocations down),
so the seconds are without it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine  # noqa: E402

from feedback.demo import iter_demo_quotes  # noqa: E402
from feedback.demo.people import demo_agents, demo_teams  # noqa: E402
from feedback.demo.seed import seed_quotes  # noqa: E402
from feedback.insights import moderation, wall_pages  # noqa: E402
from feedback.insights.deck_pages import database_deck  # noqa: E402
from feedback.insights.presentation import DEFAULT_SLIDES, build_deck  # noqa: E402
from feedback.insights.presentation import team_choices as frame_team_choices  # noqa: E402
from feedback.insights.query_params import FilterState  # noqa: E402
from feedback.insights.wall import EMOTION_WEIGHTS, PAGE_SIZE, build_wall  # noqa: E402
from feedback.insights.works_council import name_privacy  # noqa: E402
from feedback.store import wall_queries  # noqa: E402
from feedback.store.db import make_engine  # noqa: E402
from feedback.store.directory import read_directory  # noqa: E402
from feedback.store.filters import QuoteFilter  # noqa: E402
from feedback.store.migrate import upgrade  # noqa: E402
from feedback.store.moderation_queries import queue_page  # noqa: E402
from feedback.store.presentation_queries import team_choices  # noqa: E402
from feedback.store.read import count_matching, quotes_frame  # noqa: E402

END = dt.date(2026, 11, 23)  # the demo's last day, as bench/demo_seed.py
LATER_PAGE = 10  # the tenth "show more": notes 217-240
QUEUE_ROWS = 500  # as pages/moderation.py


def measure(run: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """(median seconds of ``repeat`` runs, peak MB of Python allocations, result).

    The peak comes from one more run under ``tracemalloc``, which slows allocations down:
    the timed runs go without it."""
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - started)
    tracemalloc.start()
    result = run()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return statistics.median(seconds), peak, result


def sql_wall(engine: Engine, flt: QuoteFilter, names: Any, order: str) -> Any:
    """The wall's first page as feedback/ui/wall.py reads it, without its caches: newest first
    one LIMITed page; warmest first the ids ordered by the database with LIMIT, then 23 texts."""
    highlight = wall_pages.pick_of_the_week(
        wall_queries.week_candidates(engine, flt, END, "de", wall_pages.WEEK_DAYS)
    )
    exclude = highlight.id if highlight is not None else None
    want, _first = wall_pages.page_sizes(PAGE_SIZE, highlight is not None)
    if order == "newest":
        quotes = wall_queries.newest_page(engine, flt, limit=want, exclude_id=exclude)
    else:
        ids = wall_queries.warmest_ids(engine, flt, EMOTION_WEIGHTS, limit=want, exclude_id=exclude)
        quotes = wall_queries.quotes_by_id(engine, ids)
    return wall_pages.wall_view(
        quotes,
        total=count_matching(engine, flt) - (highlight is not None),
        highlight=highlight,
        names=names,
        works_council_mode=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--store", type=Path, default=None, help="a seeded SQLite file")
    parser.add_argument("--url", default=None, help="a seeded store's SQLAlchemy URL")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.url:
            url = args.url
        elif args.store and args.store.exists():
            url = f"sqlite:///{args.store}"
        else:
            path = args.store or Path(folder) / "feedback.db"
            url = f"sqlite:///{path}"
            engine = make_engine(url)
            upgrade(engine)
            started = time.perf_counter()
            quotes = iter_demo_quotes(n_quotes=args.quotes, end=END)
            report = seed_quotes(engine, demo_teams(), demo_agents(), quotes, today=END)
            print(f"seeded {report.stored:,} quotes in {time.perf_counter() - started:,.0f} s")
            engine.dispose()
        run_cases(make_engine(url), args.repeat)


def run_cases(engine: Engine, repeat: int) -> None:
    flt = FilterState().to_filter(END)
    queue_flt = FilterState().to_filter(END, statuses=("approved",))
    names = name_privacy(read_directory(engine), False)
    print(f"{engine.url.get_backend_name()}: {count_matching(engine, flt):,} quotes match")

    def old_wall(limit: int) -> Any:
        return build_wall(quotes_frame(engine, flt), limit=limit, today=END, names=names, lang="de")

    shown = PAGE_SIZE * LATER_PAGE
    before_later = old_wall(shown).cards
    previous = before_later[shown - PAGE_SIZE - 2]  # the last note of the ninth page
    after = wall_queries.PageKey(previous.said_on, previous.quote_id)
    highlight = old_wall(PAGE_SIZE).highlight

    cases: list[tuple[str, Callable[[], Any], Callable[[], Any], Callable[[Any], Any]]] = [
        (
            "wall, first page",
            lambda: old_wall(PAGE_SIZE),
            lambda: sql_wall(engine, flt, names, "newest"),
            lambda view: view,
        ),
        (
            "wall, warmest first",
            lambda: build_wall(
                quotes_frame(engine, flt),
                order="loved",
                today=END,
                names=names,
                lang="de",
            ),
            lambda: sql_wall(engine, flt, names, "loved"),
            lambda view: view,
        ),
        (
            f"wall, page {LATER_PAGE}",
            lambda: old_wall(shown).cards[-PAGE_SIZE:],
            lambda: (
                wall_pages.wall_view(
                    wall_queries.newest_page(
                        engine, flt, limit=PAGE_SIZE, after=after, exclude_id=highlight.quote_id
                    ),
                    total=0,
                    highlight=None,
                    names=names,
                    works_council_mode=False,
                ).cards
            ),
            lambda cards: [card.quote_id for card in cards],
        ),
        (
            "presentation, teams",
            lambda: frame_team_choices(quotes_frame(engine, flt)),
            lambda: team_choices(engine, flt),
            lambda teams: teams,
        ),
        (
            "presentation, deck",
            lambda: build_deck(quotes_frame(engine, flt), today=END, names=names),
            lambda: database_deck(
                engine,
                flt,
                teams=team_choices(engine, flt),
                slides=DEFAULT_SLIDES,
                order="loved",
                seed=0,
                spotlight_team=None,
                today=END,
                names=names,
                works_council_mode=False,
            ),
            lambda deck: deck,
        ),
        (
            "moderation, first page",
            lambda: moderation.queue_table(
                quotes_frame(engine, queue_flt, limit=QUEUE_ROWS), "de", today=END
            ),
            lambda: moderation.queue_table(
                queue_page(engine, queue_flt, limit=QUEUE_ROWS), "de", today=END
            ),
            lambda table: table.to_dict("records"),
        ),
    ]
    print(
        f"{'list':<24} {'before s':>9} {'now s':>8} {'ratio':>7} "
        f"{'before MB':>10} {'now MB':>8} {'ratio':>7}"
    )
    print(f"load average before: {os.getloadavg()[0]:.1f} (2 cores)")
    for name, before, now, key in cases:
        old_s, old_mb, old_result = measure(before, repeat)
        new_s, new_mb, new_result = measure(now, repeat)
        same = key(old_result) == key(new_result)
        print(
            f"{name:<24} {old_s:>9.3f} {new_s:>8.4f} {old_s / new_s:>6.0f}× "
            f"{old_mb:>10.1f} {new_mb:>8.2f} {old_mb / max(new_mb, 0.01):>6.0f}×"
            + ("" if same else "  RESULTS DIFFER")
        )
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
