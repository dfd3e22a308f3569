"""An agent hands in one quote in Chromium: how long the app takes, step by step.

    .venv/bin/python bench/agent_submit.py [--rounds 3] [--quotes 3000]

Issue 13 asks that an agent submits a quote in under 15 s, on a phone too; half of that is the
agent's own typing or pasting, so the app's part (open the form, show the preview, save and
confirm) should stay well under 7.5 s. This was a timed end-to-end test once; on a busy
two-core CI runner it failed at 8.6 s without any change to the app, so the figure is measured
here instead, and the test checks only the flow.

A demo store (``--quotes`` demo quotes and the crafted ones) is served by ``streamlit run``.
The agent signs in (``demo.agent``), opens the submit page, pastes a quote, leaves the box (the
preview), clicks "Save" and waits for the confirmation. Each step is timed until Streamlit's
run has finished and the page has settled. The first round on a new server is reported on its
own (the analyser loads its data then: the first agent of the day); the later rounds are the
median over German and English, phone and desktop.

Baseline, same run: opening an empty Streamlit page (``st.title`` only) on a server of its own;
the ratio says how many empty pages the whole job costs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]  # a script: ``feedback``, the server, the bench

from playwright.sync_api import Browser, expect, sync_playwright  # noqa: E402

from feedback.i18n import t  # noqa: E402
from tests.e2e.accounts import sign_in_cookie  # noqa: E402
from tests.e2e.driving import numbered_message, open_page, prepare_page, rerun  # noqa: E402
from tests.e2e.server import (  # noqa: E402
    Server,
    find_chromium,
    launch_chromium,
    run_server,
    seed_store,
)

VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1440, "height": 900}}
APP_TARGET_S = 7.5  # half of the agent's 15 s; the other half is theirs


def one_submission(browser: Browser, server: Server, lang: str, viewport: str) -> dict[str, float]:
    """Seconds per step of one agent's quote, in a new signed-in tab."""
    context = browser.new_context(viewport=VIEWPORTS[viewport], locale="de-DE")  # type: ignore[arg-type]
    try:
        context.set_default_timeout(60_000)
        sign_in_cookie(context, server, "demo.agent")
        page = context.new_page()
        prepare_page(page)
        opened = open_page(page, server.url("submit", lang))
        main = page.get_by_test_id("stMain")
        box = main.get_by_label(t("submit.text", lang))
        box.fill(f"Danke, Messlob{time.monotonic_ns()}: Sie haben mir so schnell geholfen!")
        started = time.perf_counter()
        rerun(page, lambda: box.press("Tab"))
        expect(main.get_by_text(t("submit.preview", lang))).to_be_visible(timeout=60_000)
        previewed = time.perf_counter()
        rerun(page, main.get_by_role("button", name=t("submit.save", lang)).click)
        saved = numbered_message("submit.saved_pending", lang, "quote_id")
        expect(main.get_by_text(saved)).to_be_visible(timeout=60_000)
        done = time.perf_counter()
        return {
            "open": opened,
            "preview": previewed - started,
            "save": done - previewed,
            "app": opened + done - started,
        }
    finally:
        context.close()


def empty_page_s(browser: Browser, folder: Path, rounds: int) -> float:
    """Median seconds to open an empty Streamlit page in a new tab (after one cold visit)."""
    script = folder / "empty.py"
    script.write_text('import streamlit as st\n\nst.title("Leer")\n')
    with run_server(
        f"sqlite:///{folder / 'empty.db'}", folder / "empty.log", script=script, pinned_clock=False
    ) as srv:
        times = []
        for _ in range(rounds + 1):
            context = browser.new_context()
            page = context.new_page()
            prepare_page(page)
            times.append(open_page(page, srv.base_url))
            context.close()
    return statistics.median(times[1:])


def print_row(name: str, steps: dict[str, float], baseline: float) -> None:
    cells = " | ".join(f"{steps[key]:.2f}" for key in ("open", "preview", "save", "app"))
    verdict = "yes" if steps["app"] <= APP_TARGET_S else "**no**"
    print(f"| {name} | {cells} | {steps['app'] / baseline:.1f} | {verdict} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds of de/en × phone/desktop")
    parser.add_argument("--quotes", type=int, default=3000, help="demo quotes in the store")
    args = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        print("no Chromium: apt-get install -y chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        folder = Path(tmp)
        browser = launch_chromium(playwright, chromium)
        baseline = empty_page_s(browser, folder, args.rounds)
        store = folder / "store.db"
        seeded_s = seed_store(store, args.quotes)
        print(f"store: {args.quotes:,} demo quotes, seeded in {seeded_s:.0f} s")
        with run_server(f"sqlite:///{store}", folder / "server.log", pinned_clock=False) as server:
            first = one_submission(browser, server, "de", "phone")
            later = [
                one_submission(browser, server, lang, viewport)
                for _ in range(args.rounds)
                for lang in ("de", "en")
                for viewport in VIEWPORTS
            ]
        browser.close()
    median = {key: statistics.median(run[key] for run in later) for key in first}
    worst = max(later, key=lambda run: run["app"])
    print(f"empty Streamlit page (baseline): {baseline:.2f} s")
    print(f"\n| run | open s | preview s | save s | app s | × empty page | ≤ {APP_TARGET_S:g} s |")
    print("|---|---:|---:|---:|---:|---:|---|")
    print_row("first agent on a new server", first, baseline)
    print_row(f"later, median of {len(later)}", median, baseline)
    print_row("later, slowest", worst, baseline)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
