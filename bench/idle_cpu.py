"""Server CPU while tabs stay open and nobody touches them.

    .venv/bin/python bench/idle_cpu.py [--url sqlite:///data/lovewall.db] [--seconds 30]
        [--page wall --page trends ...]

Every open tab of a signed-in page polls for writes of other processes every 2 s (a Streamlit
fragment, ``feedback/ui/resources.py``), so a screen on the office wall and a few managers'
tabs cost the server CPU all day. Opens one tab per page (signed in as the demo admin), waits
until each is drawn, then reads the server's CPU time (user + system, from ``/proc``, the
server and its children) over ``--seconds``. Baseline, same run: as many tabs of an empty
Streamlit page (``st.title`` only, no polling) on a server of its own. Prints CPU seconds per
minute and per tab, and the ratio against the baseline.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]  # a script: ``feedback``, the server, the bench

from naive_page import session_processes  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from feedback.config import database_url  # noqa: E402
from tests.e2e.accounts import sign_in_cookie  # noqa: E402
from tests.e2e.driving import open_page, prepare_page  # noqa: E402
from tests.e2e.server import Server, find_chromium, launch_chromium, run_server  # noqa: E402

DEFAULT_PAGES = ("wall", "trends", "wordclouds", "presentation", "moderation")


def session_cpu_s(pid: int) -> float:
    """CPU seconds (user + system) of every process in the session led by ``pid``."""
    ticks = sum(int(fields[11]) + int(fields[12]) for _, fields in session_processes(pid))
    return ticks / os.sysconf("SC_CLK_TCK")


def idle_cpu(server: Server, urls: list[str], seconds: float, signed_in: bool) -> float:
    """Server CPU seconds per minute while one tab per URL stays open."""
    with sync_playwright() as playwright:
        chromium = find_chromium()
        assert chromium is not None, "apt-get install -y chromium"
        browser = launch_chromium(playwright, chromium)
        context = browser.new_context()
        if signed_in:
            sign_in_cookie(context, server, "demo.admin")
        tabs = []
        for url in urls:
            tab = context.new_page()
            prepare_page(tab)
            open_page(tab, url)
            tabs.append(tab)
        time.sleep(3)  # let the last page's run and its clean-up end
        before, started = session_cpu_s(server.process.pid), time.monotonic()
        time.sleep(seconds)
        used = session_cpu_s(server.process.pid) - before
        elapsed = time.monotonic() - started
        browser.close()
    return used / elapsed * 60


def main() -> int:
    parser = argparse.ArgumentParser(description="Server CPU with idle open tabs.")
    parser.add_argument("--url", default=None, help="the store (default: the app's own)")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--page", action="append", help="a page key (repeatable)")
    args = parser.parse_args()
    store = args.url or database_url()
    pages = args.page or list(DEFAULT_PAGES)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        empty = folder / "empty.py"
        empty.write_text('import streamlit as st\n\nst.title("Love Wall")\n')
        with run_server(store, folder / "empty.log", script=empty, pinned_clock=False) as server:
            base = idle_cpu(server, [server.url("", None)] * len(pages), args.seconds, False)
        with run_server(store, folder / "app.log", pinned_clock=False) as server:
            urls = [server.url(key, "de") for key in pages]
            app = idle_cpu(server, urls, args.seconds, True)
    print(f"{len(pages)} idle tabs ({', '.join(pages)}), {args.seconds:g} s each, load "
          f"average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"  empty Streamlit page: {base:.2f} CPU s per minute")
    print(f"  Love Wall pages:      {app:.2f} CPU s per minute ({app / len(pages):.2f} per tab)")
    print(f"  ratio: {app / base:.1f}× the empty page" if base else "  ratio: (baseline used none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
