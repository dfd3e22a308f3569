"""A large store fast: seed demo quotes once, then copy them in SQL (SQLite or PostgreSQL).

Run: ``python bench/copied_store.py PATH [--seed 100000] [--copies 10]``, then e.g.
``python bench/page_load.py --url sqlite:///PATH --quick``; or with a database URL instead of
a path (``postgresql+psycopg://postgres@127.0.0.1:5432/lovewall_1m``), which must hold no quotes.

Seeding 1,000,000 demo quotes through the pipeline takes about 25 minutes on the 2-core machine;
this seeds ``--seed`` quotes and copies them ``--copies - 1`` times with ``INSERT … SELECT``
(new ids, fingerprints and external ids; the same days, teams, texts, analysis and counted
terms), in about four minutes for 1,000,000. The days and the mix are those of the seeded demo,
``--copies`` times as dense, and the audit log keeps the seeded entries only: a store for finding
slow reads, not the bench's own seeded store (docs/benchmarks.md says which runs used which).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sqlalchemy import Connection, create_engine, inspect, text

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from naive_page import count_quotes, seed_url  # noqa: E402


def _copied(column: str, copy: int, last_id: int, last_quote: int) -> str:
    """The SELECT expression of ``column`` in copy number ``copy`` (1, 2, …)."""
    if column == "id":
        return f"id + {copy * last_id}"
    if column == "quote_id":
        return f"quote_id + {copy * last_quote}"
    if column == "fingerprint":
        # 64 characters like a sha256, and never one: "-" is no hex digit
        return f"substr(fingerprint, 1, 59) || '-{copy:04d}'"
    if column == "external_id":
        return f"CASE WHEN external_id IS NULL THEN NULL ELSE external_id || '-{copy}' END"
    return column


def last_id(conn: Connection, table: str) -> int:
    return int(conn.execute(text(f"SELECT max(id) FROM {table}")).scalar_one())


def copy_rows(conn: Connection, table: str, copy: int, last_id: int, last_quote: int) -> None:
    """Copy the seeded rows of ``table`` (ids up to ``last_id``) once more."""
    columns = [str(column["name"]) for column in inspect(conn).get_columns(table)]
    chosen = ", ".join(_copied(c, copy, last_id, last_quote) for c in columns)
    conn.execute(
        text(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"SELECT {chosen} FROM {table} WHERE id <= {last_id}"
        )
    )


def store_url(target: str) -> str:
    """A database URL as given, or the SQLite URL of a file path."""
    return target if "://" in target else f"sqlite:///{target}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", help="a file path (SQLite) or a database URL")
    parser.add_argument("--seed", type=int, default=100_000)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    url = store_url(args.target)
    if ("://" not in args.target and Path(args.target).exists()) or count_quotes(url):
        print(f"{args.target} exists or holds quotes; remove it first", file=sys.stderr)
        return 2
    started = time.perf_counter()
    seconds = seed_url(url, args.seed)
    print(f"seeded {args.seed:,} demo quotes in {seconds:.0f} s", flush=True)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            last_quote, last_term = last_id(conn, "quotes"), last_id(conn, "quote_terms")
        for copy in range(1, args.copies):
            with engine.begin() as conn:  # one transaction a copy
                copy_rows(conn, "quotes", copy, last_quote, last_quote)
                copy_rows(conn, "quote_terms", copy, last_term, last_quote)
            print(f"copy {copy}: {time.perf_counter() - started:.0f} s", flush=True)
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":  # ids were given: move the sequences on
                for table in ("quotes", "quote_terms"):
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT max(id) FROM {table}))"
                        )
                    )
            conn.execute(text("ANALYZE"))
        with engine.connect() as conn:
            quotes = conn.execute(text("SELECT count(*) FROM quotes")).scalar_one()
            terms = conn.execute(text("SELECT count(*) FROM quote_terms")).scalar_one()
    finally:
        engine.dispose()
    took = time.perf_counter() - started
    print(f"{quotes:,} quotes, {terms:,} counted terms in {took:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
