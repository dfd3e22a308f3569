"""The trends and recognition pages' reads: every matching quote in a frame (before) against
sums computed in the database (now).

Run: ``python bench/read_side.py [--quotes 100000] [--store PATH] [--url URL] [--repeat 3]``.
Seeds ``--quotes`` demo quotes into ``--store`` (a SQLite file) or ``--url`` when that store
is empty (``seed_quotes`` over ``iter_demo_quotes``, as ``python -m feedback demo`` does), or
reads the quotes already there. Then times, in the same process and without the app's caches:

* trends: the report of the pages' default filter (the last 12 months, weeks or months as the
  page picks, grouped by channel), and of one team over it;
* recognition: one team's wall (all time), the shout-outs of the last month, and its rankings.

Before = ``quotes_frame`` of every matching quote plus the pandas aggregation of
``feedback/insights/{trends,recognition}.py`` as they were at :data:`BEFORE` (read from git,
so the baseline is the real old code); now = ``feedback/store/trend_rollup.py`` and
``feedback/store/recognition_queries.py`` plus today's view functions. Each is run
``--repeat`` times; the median seconds and the peak of Python allocations during one more run
(under ``tracemalloc``, which numpy and pandas report to) are printed with the ratio before / now,
and each pair is checked to give the same result.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from feedback.demo import iter_demo_quotes  # noqa: E402
from feedback.demo.people import demo_agents, demo_teams  # noqa: E402
from feedback.demo.seed import seed_quotes  # noqa: E402
from feedback.insights import recognition, trends  # noqa: E402
from feedback.insights.query_params import FilterState  # noqa: E402
from feedback.insights.works_council import name_privacy  # noqa: E402
from feedback.store.db import make_engine  # noqa: E402
from feedback.store.directory import read_directory  # noqa: E402
from feedback.store.filters import QuoteFilter  # noqa: E402
from feedback.store.migrate import upgrade  # noqa: E402
from feedback.store.read import count_matching, count_quotes, quotes_frame  # noqa: E402
from feedback.store.recognition_queries import month_rollup, wall_data  # noqa: E402
from feedback.store.trend_rollup import trend_rollup  # noqa: E402

END = dt.date(2026, 11, 23)  # the demo's last day, as bench/demo_seed.py
BEFORE = "7678d85"  # the last commit whose pages aggregated the quotes frame in pandas
LATEST = 8  # quotes on a wall, as pages/recognition.py


def old_module(path: str) -> ModuleType:
    """``path`` of the repository as it was at :data:`BEFORE`, imported under another name."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{BEFORE}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    name = "before_" + Path(path).stem
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    exec(compile(source, path, "exec"), module.__dict__)
    return module


def timed(run: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """(median seconds of ``repeat`` runs, peak MB of Python allocations, result).

    ``tracemalloc`` slows allocations down, more so for the path that allocates more, so the
    timed runs go without it and the peak comes from one more run under it."""
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


def _report_key(report: Any) -> Any:
    frames = [getattr(report, part) for part in ("volume", "sentiment", "themes", "ratings")]
    metrics = [(m.key, round(m.current or 0, 9), round(m.previous or 0, 9)) for m in report.metrics]
    rounded = [frame.round(dict.fromkeys(frame.select_dtypes("number"), 9)) for frame in frames]
    return [frame.to_dict("list") for frame in rounded], metrics, report.periods


def _frame_key(frame: pd.DataFrame) -> Any:
    return frame.astype(str).to_dict("list")


def _wall_key(wall: Any) -> Any:
    stones = [(m.number, m.reached_on, m.quote_id) for m in wall.milestones]
    counts = (wall.total, wall.this_month, wall.positive_share, wall.to_next)
    return counts, stones, [n for _theme, n in wall.top_themes], _frame_key(wall.latest)


def cases(engine: Engine) -> list[tuple[str, Callable[[], Any], Callable[[], Any], Any]]:
    """(name, before, now, key to compare their results) for every read measured."""
    old_trends = old_module("feedback/insights/trends.py")
    old_recognition = old_module("feedback/insights/recognition.py")
    flt = FilterState().to_filter(END)
    directory = read_directory(engine)
    team = min(directory.teams)
    names = name_privacy(directory, False)
    month = recognition.month_bounds(END.replace(day=1) - dt.timedelta(days=1))
    month_flt = QuoteFilter(start=month[0], end=month[1])
    team_flt = QuoteFilter(team_ids=(team,))

    def trend_case(name: str, chosen: QuoteFilter) -> Any:
        windows = trends.comparison_windows(chosen, END)
        wide, freq = trends.widened(chosen, windows), trends.default_freq(windows)
        return (
            name,
            lambda: old_trends.trend_report(quotes_frame(engine, wide), windows, freq, "channel"),
            lambda: trends.trend_report(trend_rollup(engine, wide), windows, freq, "channel"),
            _report_key,
        )

    def rankings(module: ModuleType, data: Any) -> Any:
        return module.agent_ranking(data, "de"), module.team_ranking(data)

    return [
        trend_case("trends, 12 months", flt),
        trend_case("trends, one team", replace(flt, team_ids=(team,))),
        (
            "recognition, team wall",
            lambda: old_recognition.wall(quotes_frame(engine, team_flt), END, LATEST, names),
            lambda: recognition.wall(
                wall_data(engine, team_flt, END.replace(day=1), LATEST, recognition.MILESTONES[-1]),
                END,
                LATEST,
                names,
            ),
            _wall_key,
        ),
        (
            "recognition, shout-outs",
            lambda: old_recognition.month_shout_outs(
                quotes_frame(engine, month_flt), "de", names, works_council_mode=False
            ),
            lambda: recognition.month_shout_outs(
                month_rollup(engine, month_flt), "de", names, works_council_mode=False
            ),
            _frame_key,
        ),
        (
            "recognition, rankings",
            lambda: rankings(old_recognition, quotes_frame(engine, month_flt)),
            lambda: rankings(recognition, month_rollup(engine, month_flt)),
            lambda pair: [_frame_key(frame) for frame in pair],
        ),
    ]


def run_cases(engine: Engine, repeat: int) -> None:
    flt = FilterState().to_filter(END)
    print(f"{engine.url.get_backend_name()}: {count_matching(engine, flt):,} quotes match")
    print(
        f"{'read':<26} {'before s':>9} {'now s':>8} {'ratio':>7} "
        f"{'before MB':>10} {'now MB':>8} {'ratio':>7}"
    )
    for name, before, now, key in cases(engine):
        old_s, old_mb, old_result = timed(before, repeat)
        new_s, new_mb, new_result = timed(now, repeat)
        same = key(old_result) == key(new_result)
        print(
            f"{name:<26} {old_s:>9.3f} {new_s:>8.4f} {old_s / new_s:>6.0f}× "
            f"{old_mb:>10.1f} {new_mb:>8.2f} {old_mb / max(new_mb, 0.01):>6.0f}×"
            + ("" if same else "  RESULTS DIFFER")
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--store", type=Path, default=None, help="a seeded SQLite file")
    parser.add_argument("--url", default=None, help="a seeded store's SQLAlchemy URL")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.url or f"sqlite:///{args.store or Path(folder) / 'feedback.db'}"
        engine = make_engine(url)
        upgrade(engine)
        if count_quotes(engine) == 0:
            started = time.perf_counter()
            quotes = iter_demo_quotes(n_quotes=args.quotes, end=END)
            report = seed_quotes(engine, demo_teams(), demo_agents(), quotes, today=END)
            print(f"seeded {report.stored:,} quotes in {time.perf_counter() - started:,.0f} s")
        run_cases(engine, args.repeat)


if __name__ == "__main__":
    main()
