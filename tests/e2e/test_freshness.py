"""Several app processes on one store: a quote added from the command line shows on the open
walls of two ``streamlit run`` servers without a reload, on SQLite and on PostgreSQL.

Nobody reloads the pages: each server's open page polls the data versions the database raises
(feedback.ui.resources) and reruns when a scope it shows has changed.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from feedback.config import DATABASE_URL_ENV
from feedback.store.directory import read_directory
from feedback.store.open import open_store
from tests.conftest import NO_POSTGRES, POSTGRES_URL
from tests.e2e.accounts import sign_in_cookie
from tests.e2e.driving import exceptions, open_page, prepare_page
from tests.e2e.pg_store import postgres_store
from tests.e2e.server import ROOT, Server, run_server, seed_store

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# The target of issue 11 is 5 s (a write from any process shows on every open page); that figure
# is measured by bench/freshness.py. This test checks that the pages poll at all: with the
# poll every 2 s it sees the quote in about 3 s, and allows three times the target for a CI
# runner whose cores other test workers fill.
SHOWN_WITHIN_S = 15.0
# Why 60: enough quotes for a real wall; seeding PostgreSQL stays a few seconds.
PG_QUOTES = 60


@contextmanager
def _store(backend: str, folder: Path) -> Iterator[str]:
    """A seeded store both servers and the CLI use: its database URL."""
    if backend == "sqlite":
        path = folder / "store.db"
        seed_store(path, 120, crafted=False)
        yield f"sqlite:///{path}"
        return
    if not POSTGRES_URL:
        pytest.skip(NO_POSTGRES)
    with postgres_store(POSTGRES_URL, PG_QUOTES) as url:
        yield url


def _wall(browser: Browser, server: Server, word: str) -> Page:
    """The wall of ``server``, searched for ``word``, open in a tab of its own."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    sign_in_cookie(context, server)
    tab = context.new_page()
    prepare_page(tab)
    open_page(tab, server.url("wall", "de", q=word))
    return tab


def _add_from_the_cli(database_url: str, quote: str, agent: str) -> None:
    """``python -m feedback add``: another process, with no app cache to clear."""
    command = [
        sys.executable, "-m", "feedback", "--db", database_url, "add", quote,
        "--agent", agent, "--status", "approved", "--by", "cli.test",
        "--date", dt.date.today().isoformat(),  # the servers' pinned day
    ]  # fmt: skip
    env = {**os.environ, DATABASE_URL_ENV: database_url}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_cli_write_shows_on_both_servers_open_walls_without_a_reload(
    browser: Browser, tmp_path: Path, backend: str
) -> None:
    word = f"Frischetest{uuid.uuid4().hex[:6]}"
    quote = f"Vielen Dank, die {word}-Antwort kam blitzschnell und war sehr freundlich!"
    with ExitStack() as stack:
        url = stack.enter_context(_store(backend, tmp_path))
        engine = open_store(url)
        agent = next(a for a in read_directory(engine).agents.values() if a.consent_named)
        engine.dispose()
        first = stack.enter_context(run_server(url, tmp_path / "first.log"))
        second = stack.enter_context(run_server(url, tmp_path / "second.log"))
        tabs = [_wall(browser, first, word), _wall(browser, second, word)]
        for tab in tabs:
            stack.callback(tab.context.close)
            expect(tab.get_by_test_id("stMain").get_by_text(word)).to_have_count(0)

        _add_from_the_cli(url, quote, agent.handle)
        written = time.monotonic()

        for tab in tabs:
            card = tab.get_by_test_id("stMain").get_by_text(word)
            left_ms = (SHOWN_WITHIN_S - (time.monotonic() - written)) * 1000
            expect(card).to_be_visible(timeout=max(left_ms, 1))
        seen_after = time.monotonic() - written
        print(f"seen on both walls {seen_after:.1f} s after the command's exit")
        assert seen_after <= SHOWN_WITHIN_S
        assert [exceptions(tab) for tab in tabs] == [[], []]
