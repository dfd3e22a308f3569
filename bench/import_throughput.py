"""Import throughput: generated helpdesk CSV rows through the command line's import path.

Run: ``python bench/import_throughput.py [--rows 1000000] [--batch-size 500] [--workers N]
[--baseline] [--keep DIR]``.
Writes ``--rows`` rows (tests/collect/bulk_data.py: real sentences from the labelled set, each
made unique) to a CSV in a temporary folder, streamed, and imports it in this process exactly
as ``python -m feedback import`` does (``feedback.cli.import_commands.run_import``: read,
validate, redact, fingerprint, analyse, store with terms and audit rows, in batches) into a
new SQLite store there. Baselines in the same process, over the same file: bare
``csv.reader`` (reading only) and the file reader alone (``open_import``: encoding, format,
drafts; nothing stored). Prints rows/s of each, their ratios and the peak RSS. Targets:
1,000,000 rows in at most 3 minutes (>= 5,556 rows/s) and at most 1 GB peak RSS. With
``--again`` the same file is imported a second time (every row already present).

``--workers`` as the command's option (default: auto). Their CPU time is counted apart (they
are reaped when the import ends, so ``os.times`` has it), and the peak RSS is sampled after
every batch as this process's plus all its children's (``/proc``). ``--baseline`` imports the
same file with ``--workers 0`` into a second new store first and prints the ratio.

Rates are given by wall time and by this process's CPU time (``time.process_time``): on a
shared machine other processes take turns on the cores, and the wall-time figure then
measures them too. The load average before and after is printed for that reason.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feedback.cli.import_commands import run_import, settle_for_import  # noqa: E402
from feedback.collect.bulk import DEFAULT_BATCH_SIZE, ImportProgress, ImportReport  # noqa: E402
from feedback.collect.bulk_workers import auto_workers  # noqa: E402
from feedback.collect.importer import open_import  # noqa: E402
from feedback.store.db import make_engine  # noqa: E402
from feedback.store.migrate import upgrade  # noqa: E402
from tests.collect.bulk_data import add_people, write_csv  # noqa: E402

AGENTS = ("anna.meier", "jonas.becker", "aylin.kaya", "tom.schulz", "sophie.wagner")
TARGET_SECONDS_PER_MILLION = 180
TARGET_RSS_MB = 1024


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb(pid: int | str = "self") -> float:
    """Resident set size now, in MB (0 for a process that has ended)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    line = next((x for x in status.splitlines() if x.startswith("VmRSS:")), "VmRSS: 0 kB")
    return int(line.split()[1]) / 1024


def children_rss_mb() -> float:
    """RSS of this process's children now (the import's workers), summed."""
    pids = [
        pid
        for task in Path("/proc/self/task").iterdir()
        for pid in (task / "children").read_text().split()
    ]
    return sum(rss_mb(pid) for pid in pids)


@dataclass(frozen=True, slots=True)
class Rate:
    rows: int
    wall: float  # seconds
    cpu: float  # seconds of this process
    children: float = 0.0  # seconds of its children (reaped ones)

    def line(self, name: str) -> str:
        text = (
            f"{name:<28}: {self.rows / self.wall:>9,.0f} rows/s wall ({self.wall:,.1f} s),"
            f" {self.rows / self.cpu:>9,.0f} rows/s CPU ({self.cpu:,.1f} s)"
        )
        if self.children:
            total = self.cpu + self.children
            text += (
                f" + workers {self.children:,.1f} s CPU = {self.rows / total:,.0f} rows/s"
                f" of all CPU ({total / self.rows * 1e6:,.0f} µs/row)"
            )
        return text


@contextmanager
def timed(rows: list[int]) -> Iterator[list[Rate]]:
    """Time the block; ``rows[0]``, set inside it, is the number of rows it handled."""
    out: list[Rate] = []
    wall, cpu, before = time.perf_counter(), time.process_time(), os.times()
    yield out
    after = os.times()
    children = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    out.append(Rate(rows[0], time.perf_counter() - wall, time.process_time() - cpu, children))


class Steps:
    """Progress callback: CPU µs per row over each tenth of the rows."""

    def __init__(self, total: int) -> None:
        self.every = max(total // 10, 1)
        self.micros: list[float] = []
        self._rows, self._cpu = 0, time.process_time()
        self.peak_total_mb = 0.0  # this process and its workers together
        self.peak_workers_mb = 0.0

    def __call__(self, step: ImportProgress) -> None:
        workers = children_rss_mb()
        self.peak_workers_mb = max(self.peak_workers_mb, workers)
        self.peak_total_mb = max(self.peak_total_mb, rss_mb() + workers)
        if step.rows - self._rows >= self.every:
            cpu = time.process_time()
            self.micros.append((cpu - self._cpu) / (step.rows - self._rows) * 1e6)
            self._rows, self._cpu = step.rows, cpu


def bare_csv_rate(path: Path) -> Rate:
    """``csv.reader`` over the file, doing nothing with the rows."""
    rows = [0]
    with timed(rows) as rate, path.open(encoding="utf-8", newline="") as handle:
        rows[0] = sum(1 for _ in csv.reader(handle, delimiter=";")) - 1
    return rate[0]


def reader_rate(engine: Engine, path: Path, today: dt.date) -> Rate:
    """The import's file reader alone: every row drafted, nothing stored."""
    rows = [0]
    with timed(rows) as rate, path.open("rb") as handle:
        parsed = open_import(engine, handle, name=path.name, system="bench", today=today)
        rows[0] = sum(1 for _ in parsed.entries())
    return rate[0]


def new_store(folder: Path) -> Engine:
    engine = make_engine(f"sqlite:///{folder / 'bench.db'}")
    upgrade(engine)
    add_people(engine, AGENTS, team="Bench", actor="bench")
    return engine


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def import_once(
    engine: Engine, data: Path, rows_: int, args: argparse.Namespace, workers: int
) -> tuple[ImportReport, Rate, Steps]:
    """One import of ``data`` as the command does it; its report, rate and steps."""
    rows = [0]
    steps = Steps(rows_)
    with timed(rows) as rate:
        done = run_import(
            engine,
            data,
            system="bench",
            batch_size=args.batch_size,
            today=dt.date.today(),
            progress=steps,
            workers=workers,
        )
        rows[0] = done.report.rows
    return done.report, rate[0], steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows (default 1000000)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--keep", type=Path, help="write the CSV and the store here; keep them")
    parser.add_argument("--again", action="store_true", help="then import the same file again")
    parser.add_argument("--workers", type=int, default=auto_workers(), help="default: auto")
    parser.add_argument("--baseline", action="store_true", help="first import with --workers 0")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lovewall-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        data = write_csv(folder / "import.csv", args.rows, AGENTS)
        print(
            f"rows: {args.rows:,}   CSV {data.stat().st_size / 1e6:,.0f} MB   load {load()}"
            f"   workers {args.workers}"
        )
        engine = new_store(folder)
        today = dt.date.today()
        # as the command does: its SQLite cache, dictionaries loaded, then gc.freeze
        settle_for_import(engine, args.workers)
        bare = bare_csv_rate(data)
        reader = reader_rate(engine, data, today)
        before = peak_rss_mb()
        base = None
        if args.baseline:
            (folder / "baseline").mkdir(exist_ok=True)
            alone = new_store(folder / "baseline")
            settle_for_import(alone)
            base = import_once(alone, data, args.rows, args, workers=0)[1]
            alone.dispose()
            print(base.line("full import, --workers 0") + f"   load {load()}")
        report, full, steps = import_once(engine, data, args.rows, args, args.workers)
        print(
            f"imported {report.imported:,}, present {report.present:,},"
            f" rejected {report.rejected:,}"
        )
        print(bare.line("csv.reader (bare, baseline)"))
        print(reader.line("file reader (no storing)"))
        print(full.line(f"full import, --workers {args.workers}"))
        if base is not None:
            print(f"ratio workers / none (wall)  : {base.wall / full.wall:>9.3f}")
        print("CPU per row by tenth of the file (does the cost grow with the store?):")
        print("  " + "  ".join(f"{micros:,.0f}" for micros in steps.micros) + " µs")
        print(f"ratio full / bare csv (CPU) : {bare.cpu / full.cpu:>9.3f}")
        print(f"ratio full / reader (CPU)   : {reader.cpu / full.cpu:>9.3f}")
        million = (full.wall / full.rows * 1e6, full.cpu / full.rows * 1e6)
        print(
            f"1,000,000 rows would take   : {million[0]:>9,.0f} s wall, {million[1]:,.0f} s CPU"
            f"   (target <= {TARGET_SECONDS_PER_MILLION} s)"
        )
        if args.again:
            again, rate, _ = import_once(engine, data, args.rows, args, args.workers)
            print(f"again: {again.imported:,} new, {again.present:,} already present")
            print(rate.line("import of the same file"))
        print(
            f"peak RSS                    : {peak_rss_mb():>9,.0f} MB (before the import"
            f" {before:,.0f} MB; target <= {TARGET_RSS_MB} MB)   load {load()}"
        )
        print(
            f"peak RSS with workers       : {steps.peak_total_mb:>9,.0f} MB (sampled after each"
            f" batch; workers alone up to {steps.peak_workers_mb:,.0f} MB)"
        )


if __name__ == "__main__":
    main()
