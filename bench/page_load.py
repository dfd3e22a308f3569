"""Page load times in Chromium with 100,000 quotes in the store.

    .venv/bin/python bench/page_load.py [--quotes 100000] [--reseed] [--lang de]
        [--url postgresql+psycopg://postgres@127.0.0.1:5432/lovewall_bench] [--quick]

For every page of ``feedback.ui.registry.PAGES``:

* cold: a fresh server and an empty browser cache, first visit: from the start of navigation
  until the page is drawn (main content visible, no loading skeleton, charts and images drawn)
  and the script has stopped running, as the page itself measures it (performance.now()).
  Imports, analyser, queries and caches all start empty;
* warm: later visits in new tabs (new Streamlit sessions) on the same server and browser, a few
  seconds after the cold one; the server's caches and the browser's HTTP cache are warm. The
  median of five is reported;
  measured twice: in a regular browser profile (a person's browser: it keeps V8's code cache,
  so Streamlit's and plotly's JavaScript is not compiled again in every tab) and in a private
  (incognito) profile, which has an HTTP cache but no code cache, so every tab compiles the
  JavaScript again. Playwright's ``browser.new_context()`` is such a private profile;
* switch: in a tab that is already open, a click on the page's link in the sidebar until the
  page is drawn (the same session, as someone moving between pages). The median of five.

Baselines from the same run: the health endpoint, an empty Streamlit page (``st.title``
only) and the naive page (``pd.read_sql`` of every quote and one plotly chart per month, see
``bench/naive_page.py``), each on a server of its own, loaded the same way.

Memory: the server's resident memory (with its children) after each page's visits; and, on one
more server after the timed visits, after visiting every page with each of the filter
settings ``period=30d``, ``90d`` and ``all`` (now and the peak). The store is seeded once into
``artifacts/bench-<n>.db`` and reused when present (``--reseed`` builds it again); the seeding
time is printed. ``--url`` measures another store instead (PostgreSQL): it is seeded with
``--quotes`` when it has no quotes. ``--quick`` skips the private profile and the switches.
Target: every page loads in at most 2 s warm.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # a script: make ``feedback`` and the shared server importable

from naive_page import count_quotes, naive_script, session_memory  # noqa: E402
from playwright.sync_api import (  # noqa: E402
    Browser,
    BrowserContext,
    Playwright,
    ViewportSize,
    sync_playwright,
)
from stores import seeded_store, seeded_url  # noqa: E402

from feedback.i18n import t  # noqa: E402
from feedback.ui.registry import PAGES  # noqa: E402
from tests.e2e.accounts import sign_in_cookie  # noqa: E402
from tests.e2e.driving import (  # noqa: E402
    exceptions,
    go_to,
    open_page,
    prepare_page,
    runs_done,
    wait_ready,
)
from tests.e2e.server import (  # noqa: E402
    CHROMIUM_ARGS,
    Server,
    find_chromium,
    launch_chromium,
    run_server,
)

WARM_TARGET_S = 2.0
# Why 5 warm visits: on two cores one visit's time swings by up to 0.5 s with what else runs
# (the browser writing its caches, the last server shutting down); report the median.
WARM_VISITS = 5
# Why 3 s: a cold visit leaves the browser and the server busy for a moment (compiling,
# writing caches); warm visits measure the page, not that aftermath.
SETTLE_AFTER_COLD_S = 3.0
# The filter settings of the memory visit (mirrored in the URL, feedback/insights/query_params).
MEMORY_PERIODS = ("30d", "90d", "all")


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    cold_s: float
    warm_s: float
    note: str = ""
    switch_s: float | None = None
    private_s: float | None = None  # warm, new tab, private profile (no code cache)
    rss_mb: float | None = None  # the server's resident memory after this row's visits


def visit(context: BrowserContext, url: str) -> tuple[float, str]:
    """Seconds from navigation until the page is drawn and the script idle; and a note.

    Every visit is a new tab, so a new Streamlit session; tabs of one context share the
    browser's HTTP cache, as a person's second visit would.
    """
    page = context.new_page()
    try:
        prepare_page(page)
        elapsed = open_page(page, url, timeout_ms=300_000)
        shown = exceptions(page)
        return elapsed, (f"EXCEPTION: {shown[0][:60]}" if shown else "")
    finally:
        page.close()


VIEWPORT: ViewportSize = {"width": 1280, "height": 900}


@dataclass(frozen=True, slots=True)
class Browsers:
    """How the bench opens browser profiles: Debian's Chromium, driven by Playwright."""

    playwright: Playwright
    executable: str
    private: Browser  # for private (incognito) contexts

    def regular(self, folder: Path) -> BrowserContext:
        """A regular profile in ``folder``, as a person's browser: disk and code caches."""
        return self.playwright.chromium.launch_persistent_context(
            folder, executable_path=self.executable, args=list(CHROMIUM_ARGS), viewport=VIEWPORT
        )


def visits(context: BrowserContext, url: str) -> tuple[float, float, str]:
    """Cold (the profile's first visit) and median warm seconds for ``url``, and notes."""
    cold, note = visit(context, url)
    time.sleep(SETTLE_AFTER_COLD_S)
    warm = [visit(context, url) for _ in range(WARM_VISITS)]
    notes = {note, *(n for _, n in warm)} - {""}
    return cold, statistics.median(t for t, _ in warm), "; ".join(sorted(notes))


def signed_in(context: BrowserContext, server: Server | None) -> BrowserContext:
    """Sign ``context`` in as the demo admin (every page), unless there is no app ``server``."""
    if server is not None:
        sign_in_cookie(context, server, "demo.admin")
    return context


def regular_visits(
    browsers: Browsers, url: str, folder: Path, server: Server | None = None
) -> tuple[float, float, str]:
    """:func:`visits` in a new regular profile (empty caches at first)."""
    profile = folder / "profile"
    shutil.rmtree(profile, ignore_errors=True)
    context = signed_in(browsers.regular(profile), server)
    try:
        return visits(context, url)
    finally:
        context.close()
        shutil.rmtree(profile, ignore_errors=True)


def private_visits(browser: Browser, url: str, server: Server | None = None) -> tuple[float, str]:
    """Median warm seconds for ``url`` in a private profile, after one visit to fill its
    HTTP cache; and notes."""
    context = signed_in(browser.new_context(viewport=VIEWPORT), server)
    try:
        _, note = visit(context, url)
        warm = [visit(context, url) for _ in range(WARM_VISITS)]
    finally:
        context.close()
    notes = {note, *(n for _, n in warm)} - {""}
    return statistics.median(t for t, _ in warm), "; ".join(sorted(notes))


def switches(browser: Browser, server: Server, key: str, lang: str) -> float:
    """Median seconds from a click on ``key``'s sidebar link (from another page, same tab)
    until it is drawn; the server's caches are warm by then."""
    other = next(spec.key for spec in PAGES if spec.key != key)
    titles = {spec.key: t(f"nav.{spec.key}", lang) for spec in PAGES}
    context = signed_in(browser.new_context(viewport=VIEWPORT), server)
    try:
        page = context.new_page()
        prepare_page(page)
        open_page(page, server.url(other, lang), timeout_ms=300_000)
        nav = page.get_by_test_id("stSidebarNav")
        times = []
        for _ in range(WARM_VISITS):
            before = runs_done(page)
            clicked = float(page.evaluate("() => performance.now()")) / 1000
            nav.get_by_role("link", name=titles[key]).click()
            times.append(wait_ready(page, before, 300_000) - clicked)
            go_to(page, titles[other])
    finally:
        context.close()
    return statistics.median(times)


def failure(error: Exception) -> str:
    """A note for a visit that failed (a timeout, a server that did not start)."""
    first = (str(error).strip().splitlines() or [""])[0]
    return f"FAILED: {type(error).__name__}: {first[:100]}"


def measure(
    browsers: Browsers, database_url: str, key: str, lang: str, folder: Path, quick: bool
) -> Row:
    """One page on a server of its own, so its first visit pays every cold cost."""
    nan = float("nan")
    try:
        with run_server(database_url, folder / "server.log", pinned_clock=False) as server:
            url = server.url(key, lang)
            cold, warm, note = regular_visits(browsers, url, folder, server)
            if quick:
                rss = session_memory(server.process.pid).rss_mb
                return Row(key, cold, warm, note, rss_mb=rss)
            private, private_note = private_visits(browsers.private, url, server)
            note = "; ".join(sorted({note, private_note} - {""}))
            switch = switches(browsers.private, server, key, lang)
            rss = session_memory(server.process.pid).rss_mb
            return Row(key, cold, warm, note, switch, private, rss)
    except Exception as error:  # record what failed and go on with the next page
        return Row(key, nan, nan, failure(error))


def memory_after_filters(
    browser: Browser, database_url: str, lang: str, folder: Path
) -> tuple[float, float, list[str]]:
    """On one more server: visit every page with every :data:`MEMORY_PERIODS` filter (a new
    tab each); then the server's resident MB now and at its peak, and notes of failures."""
    notes = []
    with run_server(database_url, folder / "memory.log", pinned_clock=False) as server:
        context = signed_in(browser.new_context(viewport=VIEWPORT), server)
        try:
            for spec in PAGES:
                for period in MEMORY_PERIODS:
                    try:
                        _, note = visit(context, server.url(spec.key, lang, period=period))
                    except Exception as error:
                        note = failure(error)
                    if note:
                        notes.append(f"{spec.key} period={period}: {note}")
        finally:
            context.close()
        memory = session_memory(server.process.pid)
    return memory.rss_mb, memory.peak_mb, notes


def health_row(browser: Browser, database_url: str, log: Path) -> Row:
    with run_server(database_url, log, pinned_clock=False) as server:
        times = []
        context = browser.new_context()
        for _ in range(WARM_VISITS + 1):
            page = context.new_page()
            page.goto(f"{server.base_url}/_stcore/health", wait_until="load")
            end = page.evaluate("() => performance.getEntriesByType('navigation')[0].loadEventEnd")
            times.append(float(end) / 1000)
            page.close()
        context.close()
    return Row("(health endpoint)", times[0], statistics.median(times[1:]))


def script_row(
    browsers: Browsers, database_url: str, folder: Path, name: str, script: Path, quick: bool
) -> Row:
    """A baseline page: ``script`` on a server of its own, loaded as the pages are."""
    with run_server(
        database_url, folder / f"{script.stem}.log", script=script, pinned_clock=False
    ) as server:
        url = server.url("", None)
        cold, warm, note = regular_visits(browsers, url, folder)
        private = None if quick else private_visits(browsers.private, url)[0]
        rss = session_memory(server.process.pid).rss_mb
        return Row(name, cold, warm, note, private_s=private, rss_mb=rss)


def empty_page_row(browsers: Browsers, database_url: str, folder: Path, quick: bool) -> Row:
    script = folder / "empty.py"
    script.write_text('import streamlit as st\n\nst.title("Love Wall")\n')
    return script_row(browsers, database_url, folder, "(empty Streamlit page)", script, quick)


def naive_page_row(browsers: Browsers, database_url: str, folder: Path, quick: bool) -> Row:
    script = naive_script(folder)
    return script_row(browsers, database_url, folder, "(naive page)", script, quick)


def progress(row: Row) -> None:
    """One row as soon as it is measured (a run stopped early keeps what it had)."""
    rss = "" if row.rss_mb is None else f", server {row.rss_mb:.0f} MB"
    times = f"cold {row.cold_s:.2f} s, warm {row.warm_s:.2f} s"
    print(f"  {row.name}: {times}{rss} {row.note}", flush=True)


def print_table(rows: list[Row], baseline: Row, naive: Row, load: tuple[float, float]) -> None:
    print()
    cpus = os.cpu_count() or 0
    print(f"{cpus} CPUs; load average (1 min) {load[0]:.1f} at the start, {load[1]:.1f} at the end")
    print()
    print(
        f"| page | cold s | warm s (new tab) | warm / empty page | ≤ {WARM_TARGET_S:g} s warm"
        " | naive / page | warm s (new private tab) | switch s (same tab) | server RSS MB | note |"
    )
    print("|---|---:|---:|---:|:-:|---:|---:|---:|---:|---|")
    for row in rows:
        ratio = row.warm_s / baseline.warm_s if baseline.warm_s else float("nan")
        faster = naive.warm_s / row.warm_s if row.warm_s else float("nan")
        ok = "yes" if row.warm_s <= WARM_TARGET_S else "**no**"
        naive_ratio = f"{faster:.1f}×"
        if row.name.startswith("("):
            ok = naive_ratio = ""
        switch = "" if row.switch_s is None else f"{row.switch_s:.2f}"
        private = "" if row.private_s is None else f"{row.private_s:.2f}"
        rss = "" if row.rss_mb is None else f"{row.rss_mb:.0f}"
        print(
            f"| {row.name} | {row.cold_s:.2f} | {row.warm_s:.2f} | {ratio:.1f}× | {ok} |"
            f" {naive_ratio} | {private} | {switch} | {rss} | {row.note} |"
        )


def print_memory(rss: float, peak: float, notes: list[str]) -> None:
    periods = ", ".join(MEMORY_PERIODS)
    print(f"\nserver RSS after every page with period {periods}: {rss:.0f} MB (peak {peak:.0f} MB)")
    for note in notes:
        print(f"  {note}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Page load times in Chromium.")
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--reseed", action="store_true")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--page", action="append", help="only this page key (repeatable)")
    parser.add_argument("--url", help="measure this store (e.g. PostgreSQL), not a SQLite file")
    parser.add_argument("--quick", action="store_true", help="no private profile, no switches")
    parser.add_argument(
        "--memory-only", action="store_true", help="only the memory visit (every page, 3 filters)"
    )
    args = parser.parse_args()

    chromium = find_chromium()
    if chromium is None:
        print("no Chromium found: apt-get install -y chromium fonts-noto-color-emoji")
        return 1
    if args.url:
        database_url = args.url
        seeded_url(database_url, args.quotes)
    else:
        database_url = f"sqlite:///{seeded_store(args.quotes, args.reseed)}"
    print(f"store: {count_quotes(database_url):,} quotes", flush=True)
    pages = [spec for spec in PAGES if not args.page or spec.key in args.page]
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        folder = Path(tmp)
        browser = launch_chromium(playwright, chromium)
        browsers = Browsers(playwright, chromium, browser)
        try:
            if args.memory_only:
                rss, peak, notes = memory_after_filters(browser, database_url, args.lang, folder)
                print_memory(rss, peak, notes)
                return 1 if notes else 0
            baseline = empty_page_row(browsers, database_url, folder, args.quick)
            print("measuring the naive page ...", flush=True)
            naive = naive_page_row(browsers, database_url, folder, args.quick)
            progress(baseline)
            progress(naive)
            rows = [health_row(browser, database_url, folder / "health.log"), baseline, naive]
            for spec in pages:
                print(f"measuring {spec.key} ...", flush=True)
                row = measure(browsers, database_url, spec.key, args.lang, folder, args.quick)
                progress(row)
                rows.append(row)
            periods = ", ".join(MEMORY_PERIODS)
            print(f"visiting every page with period {periods} ...", flush=True)
            rss, peak, memory_notes = memory_after_filters(browser, database_url, args.lang, folder)
        finally:
            browser.close()
    print_table(rows, baseline, naive, (load_before, os.getloadavg()[0]))
    print_memory(rss, peak, memory_notes)
    slow = [row.name for row in rows[3:] if row.warm_s > WARM_TARGET_S]
    if slow:
        print(f"\nslower than {WARM_TARGET_S:g} s warm: {', '.join(slow)}")
    failing = [row.name for row in rows if row.note]
    if failing:
        print(f"\nshowing an exception: {', '.join(failing)}")
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
