"""Demo seeding at scale: ``python -m feedback demo --quotes N`` must stream (issue 11).

Run: ``python bench/demo_seed.py [--quotes 1000000] [--url URL]``.
Seeds ``--quotes`` demo quotes into a new SQLite file in a temporary folder (or into ``--url``,
which must be an empty, migrated store) exactly as the command does (``seed_quotes`` over
``iter_demo_quotes``: batches of 500 through the one submission pipeline), and prints
quotes/s, the peak RSS and the RSS after each tenth. Baseline in the same process: generating
the same number of quotes alone (nothing stored), and the ratio seeding / generation.
Target: at most 1 GB peak RSS at 1,000,000 quotes, with the RSS flat after the first tenth.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feedback.demo import iter_demo_quotes  # noqa: E402
from feedback.demo.people import demo_agents, demo_teams  # noqa: E402
from feedback.demo.seed import SeedProgress, seed_quotes  # noqa: E402
from feedback.store.db import make_engine  # noqa: E402
from feedback.store.migrate import upgrade  # noqa: E402

TARGET_RSS_MB = 1024
END = dt.date(2026, 11, 23)


def rss_mb() -> float:
    """Current resident set size, in MB (from /proc, Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=20_000)
    parser.add_argument("--url", default=None)
    args = parser.parse_args()

    started = time.perf_counter()
    generated = sum(1 for _ in iter_demo_quotes(n_quotes=args.quotes, end=END))
    generation = time.perf_counter() - started
    print(f"generation alone: {generated:,} quotes, {generated / generation:,.0f} quotes/s")

    with tempfile.TemporaryDirectory() as folder:
        url = args.url or f"sqlite:///{Path(folder) / 'feedback.db'}"
        engine = make_engine(url)
        upgrade(engine)
        tenth = max(args.quotes // 10, 1)
        marks: list[tuple[int, float]] = []

        def progress(step: SeedProgress) -> None:
            if step.quotes // tenth > len(marks) - 1 or step.quotes == args.quotes:
                marks.append((step.quotes, rss_mb()))

        started = time.perf_counter()
        cpu = time.process_time()
        report = seed_quotes(
            engine,
            demo_teams(),
            demo_agents(),
            iter_demo_quotes(n_quotes=args.quotes, end=END),
            today=END,
            progress=progress,
        )
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        engine.dispose()
    done = report.stored + report.rejected
    print(
        f"seeding: {done:,} quotes ({report.stored:,} stored, {report.rejected:,} rejected) "
        f"in {seconds:,.0f} s: {done / seconds:,.0f} quotes/s wall, {done / cpu:,.0f} quotes/s CPU"
    )
    print("RSS by progress: " + ", ".join(f"{n:,}: {mb:,.0f} MB" for n, mb in marks))
    ratio = (done / seconds) / (generated / generation)
    print(f"ratio seeding / generation (quotes/s): {ratio:.3f}")
    peak = peak_rss_mb()
    verdict = "met" if peak <= TARGET_RSS_MB else "MISSED"
    print(f"peak RSS {peak:,.0f} MB (target <= {TARGET_RSS_MB:,} MB: {verdict})")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
