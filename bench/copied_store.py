"""A large SQLite store fast: seed demo quotes once, then copy them in SQL.

Run: ``python bench/copied_store.py PATH [--seed 100000] [--copies 10]``, then e.g.
``python bench/page_load.py --url sqlite:///PATH --quick``.

Seeding 1,000,000 demo quotes through the pipeline takes about 25 minutes on the 2-core machine;
this seeds ``--seed`` quotes and copies them ``--copies - 1`` times with ``INSERT … SELECT``
(new ids, fingerprints and external ids; the same days, teams, texts, analysis and counted
terms), in about four minutes for 1,000,000. The days and the mix are those of the seeded demo,
``--copies`` times as dense, and the audit log keeps the seeded entries only: a store for finding
slow reads, not the bench's own seeded store (docs/benchmarks.md says which runs used which).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from naive_page import seed_url  # noqa: E402


def _copied(column: str, copy: int, last_id: int, last_quote: int) -> str:
    """The SELECT expression of ``column`` in copy number ``copy`` (1, 2, …)."""
    if column == "id":
        return f"id + {copy * last_id}"
    if column == "quote_id":
        return f"quote_id + {copy * last_quote}"
    if column == "fingerprint":
        return f"fingerprint || '-{copy}'"
    if column == "external_id":
        return f"CASE WHEN external_id IS NULL THEN NULL ELSE external_id || '-{copy}' END"
    return column


def last_id(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0])


def copy_rows(
    conn: sqlite3.Connection, table: str, copy: int, last_id: int, last_quote: int
) -> None:
    """Copy the seeded rows of ``table`` (ids up to ``last_id``) once more."""
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    chosen = ", ".join(_copied(c, copy, last_id, last_quote) for c in columns)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"SELECT {chosen} FROM {table} WHERE id <= {last_id}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=100_000)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    if args.path.exists():
        print(f"{args.path} exists; remove it first", file=sys.stderr)
        return 2
    started = time.perf_counter()
    seconds = seed_url(f"sqlite:///{args.path}", args.seed)
    print(f"seeded {args.seed:,} demo quotes in {seconds:.0f} s", flush=True)
    conn = sqlite3.connect(args.path)
    try:
        last_quote, last_term = last_id(conn, "quotes"), last_id(conn, "quote_terms")
        for copy in range(1, args.copies):
            with conn:  # one transaction a copy
                copy_rows(conn, "quotes", copy, last_quote, last_quote)
                copy_rows(conn, "quote_terms", copy, last_term, last_quote)
            print(f"copy {copy}: {time.perf_counter() - started:.0f} s", flush=True)
        conn.execute("ANALYZE")
        quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        terms = conn.execute("SELECT count(*) FROM quote_terms").fetchone()[0]
    finally:
        conn.close()
    took = time.perf_counter() - started
    print(f"{quotes:,} quotes, {terms:,} counted terms in {took:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
