"""Warm new-tab load times of several checkouts of the app, interleaved in one run.

    .venv/bin/python bench/page_load_compare.py --tree before=/tmp/wt-a --tree after=. \\
        [--page wall --page settings] [--quotes 3000] [--rounds 9] [--port 8740]

On a shared machine a page's time swings with what else runs, so two separate runs of
``bench/page_load.py`` cannot tell a change of 0.1 s. Here every checkout (``--tree``) runs on
a server of its own (its own copy of the store, started from its own folder) beside the empty
page of ``bench/page_load.py``; each has its own regular browser profile (disk and code cache,
as a person's browser), visited once cold. Then, round by round, each page of each server is
opened in a new tab, in a new random order each round: all variants see the same load, and
none always follows the same tab. Reported per page
and checkout: the median seconds from navigation until ready (as ``bench/page_load.py``), its
ratio to the empty page's median, and the browser's main-thread task time of the tab until
ready (Chrome's ``TaskDuration``) and the CPU time of that thread (``ThreadTime``: less swayed
by other processes than the wall-clock times), with the load average at the start and the end.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # a script: make ``feedback`` and the shared server importable

from page_load import SETTLE_AFTER_COLD_S, Browsers, signed_in  # noqa: E402
from playwright.sync_api import BrowserContext, sync_playwright  # noqa: E402
from stores import seeded_store  # noqa: E402

from tests.e2e.driving import open_page, prepare_page  # noqa: E402
from tests.e2e.server import find_chromium, launch_chromium, run_server  # noqa: E402

EMPTY = "(empty page)"


# What the sidebar holds, by element kind: shows that each server runs its own checkout.
_SIDEBAR_KINDS = """() => {
  const kinds = {};
  const sidebar = document.querySelector('[data-testid="stSidebar"]');
  for (const el of sidebar ? sidebar.querySelectorAll("[data-testid^=st], iframe") : []) {
    const kind = el.tagName === "IFRAME" ? "iframe" : el.dataset.testid;
    kinds[kind] = (kinds[kind] || 0) + 1;
  }
  return kinds;
}"""


Visit = tuple[float, float, float]  # seconds until ready, main-thread task s, its CPU s


def tab(context: BrowserContext, url: str, describe: bool = False) -> Visit:
    """A new tab of ``url``: seconds until ready, main-thread task seconds and the main
    thread's CPU seconds until then; with ``describe``, print what its sidebar holds."""
    page = context.new_page()
    try:
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")

        def tasks() -> tuple[float, float]:
            metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
            return float(metrics["TaskDuration"]), float(metrics["ThreadTime"])

        before = tasks()  # a renderer shared with an earlier tab has counted its tasks
        prepare_page(page)
        elapsed = open_page(page, url, timeout_ms=300_000)
        after = tasks()
        if describe:
            print(f"{url}: sidebar {page.evaluate(_SIDEBAR_KINDS)}", flush=True)
        return elapsed, after[0] - before[0], after[1] - before[1]
    finally:
        page.close()


def main() -> int:
    parser = argparse.ArgumentParser(description="Interleaved warm new-tab loads of checkouts.")
    parser.add_argument("--tree", action="append", required=True, help="NAME=PATH (repeatable)")
    parser.add_argument("--page", action="append", help="page key (repeatable; default wall)")
    parser.add_argument("--quotes", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--lang", default="de")
    parser.add_argument("--port", type=int, default=8740, help="the first of the ports used")
    parser.add_argument("--seed", type=int, default=1, help="of the visiting order")
    args = parser.parse_args()
    trees = {name: Path(path).resolve() for name, path in (t.split("=", 1) for t in args.tree)}
    pages = args.page or ["wall"]
    chromium = find_chromium()
    if chromium is None:
        print("no Chromium found")
        return 1
    store = seeded_store(args.quotes, False)
    load_start = os.getloadavg()[0]
    times: dict[tuple[str, str], list[Visit]] = {}
    with (
        tempfile.TemporaryDirectory() as tmp,
        sync_playwright() as playwright,
        ExitStack() as stack,
    ):
        folder = Path(tmp)
        empty = folder / "empty.py"
        empty.write_text('import streamlit as st\n\nst.title("Love Wall")\n')
        browser = launch_chromium(playwright, chromium)
        stack.callback(browser.close)
        browsers = Browsers(playwright, chromium, browser)
        targets: list[tuple[str, str, BrowserContext]] = []  # (variant, url, profile)
        for number, name in enumerate([EMPTY, *trees]):
            copy = folder / f"store-{number}.db"
            shutil.copyfile(store, copy)
            url = f"sqlite:///{copy}"
            tree = ROOT if name == EMPTY else trees[name]
            script = empty if name == EMPTY else tree / "dashboard.py"
            log = folder / f"server-{number}.log"
            server = stack.enter_context(
                run_server(
                    url,
                    log,
                    script=script,
                    pinned_clock=False,
                    port=args.port + number,
                    checkout=tree,
                )
            )
            context = browsers.regular(folder / f"profile-{number}")
            stack.callback(context.close)
            if name != EMPTY:
                signed_in(context, server)
            for key in [""] if name == EMPTY else pages:
                targets.append(
                    (name, server.url(key, None if name == EMPTY else args.lang), context)
                )
        for _, url, context in targets:  # cold visits: fill each profile's caches
            tab(context, url, describe=True)
        time.sleep(SETTLE_AFTER_COLD_S)
        order = random.Random(args.seed)
        for round_number in range(args.rounds):
            # A new order each round: no tab always follows the same one (a tab's aftermath,
            # the browser writing its caches, slows the next).
            shuffled = order.sample(targets, len(targets))
            for name, url, context in shuffled:
                times.setdefault((name, url), []).append(tab(context, url))
            print(f"round {round_number + 1}/{args.rounds} done", flush=True)
    load_end = os.getloadavg()[0]
    report(
        {(name, url): times[(name, url)] for name, url, _ in targets},
        args.rounds,
        (load_start, load_end),
    )
    return 0


def report(
    times: dict[tuple[str, str], list[Visit]],
    rounds: int,
    load: tuple[float, float],
) -> None:
    medians = {
        target: tuple(statistics.median(v[i] for v in got) for i in range(3))
        for target, got in times.items()
    }
    empty = next(v for (name, _), v in medians.items() if name == EMPTY)[0]
    start, end = load
    print(f"\n{rounds} rounds; load average (1 min) {start:.1f} at the start, {end:.1f} at the end")
    print(
        "\n| variant | address | warm s (median) | / empty page | main thread s |"
        " main thread CPU s | all s |"
    )
    print("|---|---|---:|---:|---:|---:|---|")
    for (name, url), (seconds, main_thread, cpu) in medians.items():
        address = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else url
        every = " ".join(f"{v[0]:.2f}" for v in times[(name, url)])
        print(
            f"| {name} | {address} | {seconds:.2f} | {seconds / empty:.2f}× |"
            f" {main_thread:.2f} | {cpu:.2f} | {every} |"
        )


if __name__ == "__main__":
    sys.exit(main())
