"""The stores a page-load run measures (``bench/page_load.py``): the bench's own seeded SQLite
file, built once and reused, or another store at a URL, seeded when it is empty."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(
    0, str(ROOT)
)  # a script's helper: make ``feedback`` and the shared server importable

from naive_page import count_quotes, seed_url  # noqa: E402

from tests.e2e.server import ARTIFACTS, seed_store  # noqa: E402


def seeded_store(n_quotes: int, reseed: bool) -> Path:
    """``artifacts/bench-<n>.db`` with ``n_quotes`` demo quotes: reused, or (re)built."""
    path = ARTIFACTS / f"bench-{n_quotes}.db"
    if path.exists() and not reseed:
        print(f"store: reusing {path.relative_to(ROOT)} (--reseed to build it again)")
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f"{path.name}*"):
        stale.unlink()
    partial = path.with_suffix(".partial")
    for stale in path.parent.glob(f"{partial.name}*"):
        stale.unlink()
    print(f"store: seeding {n_quotes:,} demo quotes ...", flush=True)
    seconds = seed_store(partial, n_quotes)
    partial.rename(path)
    print(f"store: seeded {n_quotes:,} quotes in {seconds:.1f} s ({n_quotes / seconds:,.0f}/s)")
    return path


def seeded_url(url: str, n_quotes: int) -> None:
    """Seed the store at ``url`` with ``n_quotes`` when it has no quotes yet."""
    present = count_quotes(url)
    if present:
        print(f"store: reusing {present:,} quotes at {url}")
        return
    print(f"store: seeding {n_quotes:,} demo quotes into {url} ...", flush=True)
    seconds = seed_url(url, n_quotes)
    print(f"store: seeded {n_quotes:,} quotes in {seconds:.1f} s ({n_quotes / seconds:,.0f}/s)")
