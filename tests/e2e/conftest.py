"""Browser tests: one seeded ``streamlit run`` and one Chromium for the whole session.

Every test here is marked ``browser`` and put in the xdist group "browser", so under
``pytest -n 2 --dist loadgroup`` they all run on one worker and share the server.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.e2e.accounts import sign_in_cookie
from tests.e2e.driving import (
    full_page_screenshot,
    open_page,
    prepare_page,
)
from tests.e2e.server import (
    ARTIFACTS,
    Server,
    find_chromium,
    launch_chromium,
    run_server,
    seed_store,
)

# Why 600: enough for every chart, cloud and ranking to have data, and seeded in seconds.
E2E_QUOTES = 600
REQUIRE_BROWSER_ENV = "FEEDBACK_REQUIRE_BROWSER"
SCREENSHOTS = ARTIFACTS / "screenshots"
FAILURES = ARTIFACTS / "failures"
_FAILED = pytest.StashKey[bool]()
# Why 20 s: charts and images render after the script run ends, from lazily loaded frontend
# bundles (plotly is megabytes); on a busy two-core CI runner that can take several seconds.
expect.set_options(timeout=20_000)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        reason = (
            "no Chromium found on PATH (apt-get install -y chromium fonts-noto-color-emoji), "
            "so the browser tests cannot run"
        )
        if os.environ.get(REQUIRE_BROWSER_ENV) == "1":
            pytest.fail(f"{REQUIRE_BROWSER_ENV}=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo store with the crafted quotes, built once per session (about 8 s)."""
    store = tmp_path_factory.mktemp("e2e") / "store.db"
    seed_store(store, E2E_QUOTES)
    return store


@pytest.fixture(scope="session")
def server(browser: Browser, seeded_store: Path) -> Iterator[Server]:
    """The dashboard on a free port, on a copy of the seeded store, opened once at "/".

    Opening "/" first makes the router run before any deep link (see test_routing.py, which
    checks a deep link on a server of its own); it also pays the heavy imports up front.
    """
    shutil.rmtree(FAILURES, ignore_errors=True)  # only this run's failures
    folder = seeded_store.parent
    store = folder / "shared.db"
    shutil.copyfile(seeded_store, store)
    with run_server(f"sqlite:///{store}", folder / "streamlit.log") as running:
        context = browser.new_context()
        sign_in_cookie(context, running)
        warm = context.new_page()
        prepare_page(warm)
        open_page(warm, running.url(""))
        context.close()
        yield running
        # The log ends up next to the screenshots, for a look after a failure in CI.
        log = running.log_tail(200_000)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "e2e-streamlit.log").write_text(log)


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = launch_chromium(playwright, chromium_path)
        try:
            yield launched
        finally:
            launched.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item,
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Remember whether the test itself failed, for the ``page`` fixture's teardown."""
    report = yield
    if report.when == "call":
        item.stash[_FAILED] = report.failed
    return report


@pytest.fixture
def page(browser: Browser, server: Server, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh browser context (so a fresh Streamlit session) per test.

    After a failure, the page as it was is saved to ``artifacts/failures/<test>.png``.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    context.set_default_timeout(30_000)
    sign_in_cookie(context, server)
    tab = context.new_page()
    prepare_page(tab)
    try:
        yield tab
        if request.node.stash.get(_FAILED, False):
            name = re.sub(r"[^\w.-]+", "_", request.node.name)
            full_page_screenshot(tab, FAILURES / f"{name}.png")
    finally:
        context.close()


@pytest.fixture
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


# A server nobody has visited yet (its first request is the one under test), and a new browser
# context for that first visit.
@pytest.fixture
def fresh_server(seeded_store: Path, tmp_path: Path) -> Iterator[Server]:
    store = tmp_path / "store.db"
    shutil.copyfile(seeded_store, store)
    with run_server(f"sqlite:///{store}", tmp_path / "streamlit.log") as running:
        yield running


@pytest.fixture
def first_page(browser: Browser, fresh_server: Server) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    sign_in_cookie(context, fresh_server)
    tab = context.new_page()
    prepare_page(tab)
    yield tab
    context.close()
