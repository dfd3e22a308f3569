"""A seeded ``streamlit run`` of the dashboard and the Chromium that drives it.

Shared by the browser tests (``tests/e2e``) and ``bench/page_load.py``; it does not import
pytest. The server is a real subprocess on a free port, pointed at its own SQLite store through
``FEEDBACK_DATABASE_URL``; stopping it kills the whole process group.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import Browser, Frame, Locator, Page, Playwright

from feedback.config import DATABASE_URL_ENV
from feedback.domain import QuoteDraft, Status
from feedback.ui.registry import PAGES

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"

CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)

# The stored-XSS probe: if either payload ever runs, window.__xss is set.
XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=2">'
XSS_QUOTE = f"Danke für die Geduld am Telefon! {XSS_SCRIPT} {XSS_IMG} Sie sind großartig."
# A word no demo quote contains, so a search for it finds exactly one card.
NEEDLE = "Kolibrigeschwindigkeit"
NEEDLE_QUOTE = f"Eine Antwort in {NEEDLE}, vielen herzlichen Dank an das ganze Team!"

# Why 90 s: the first run of a page imports plotly and wordcloud and builds the analyser, which
# can take tens of seconds on a busy two-core CI machine.
START_TIMEOUT_S = 90.0
LOAD_TIMEOUT_MS = 90_000


def find_chromium() -> str | None:
    """Debian's Chromium (or ``$CHROMIUM``), or None when none is installed."""
    explicit = os.environ.get("CHROMIUM")
    if explicit and Path(explicit).exists():
        return explicit
    return shutil.which("chromium") or shutil.which("chromium-browser")


def launch_chromium(playwright: Playwright, executable: str) -> Browser:
    return playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))


# --- the store -------------------------------------------------------------------------------


def seed_store(path: Path, n_quotes: int, *, crafted: bool = True) -> float:
    """Create a migrated SQLite store at ``path`` with ``n_quotes`` demo quotes; seconds taken.

    With ``crafted``, two approved quotes are added through the same pipeline: the XSS probe
    and the :data:`NEEDLE` quote, both said today and praising a named (consenting) agent.
    """
    from feedback.collect.pipeline import submit_many
    from feedback.demo import generate_demo
    from feedback.demo.seed import seed_demo
    from feedback.store.directory import read_directory
    from feedback.store.open import open_store

    started = time.perf_counter()
    engine = open_store(f"sqlite:///{path}")
    try:
        today = dt.date.today()
        seed_demo(engine, generate_demo(n_quotes=n_quotes, end=today), today=today)
        if crafted:
            directory = read_directory(engine)
            agent = next(a for a in directory.agents.values() if a.consent_named)
            drafts = [
                QuoteDraft(
                    text=text,
                    channel="email",
                    said_on=today,
                    submitted_by=agent.handle,
                    agent_id=agent.id,
                    status=Status.APPROVED,
                )
                for text in (XSS_QUOTE, NEEDLE_QUOTE)
            ]
            results = submit_many(engine, drafts, today=today)
            problems = [r.prepared.messages("en") for r in results if not r.stored]
            if problems:
                raise RuntimeError(f"crafted quotes were rejected: {problems}")
    finally:
        engine.dispose()
    return time.perf_counter() - started


# --- the server ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Server:
    base_url: str
    database_url: str
    log_path: Path
    process: subprocess.Popen[bytes]

    def url(self, key: str = "", lang: str | None = "de", **params: str) -> str:
        """The URL of the page ``key`` (see :func:`url_path`), with ``lang`` and parameters."""
        query = {"lang": lang, **params} if lang else dict(params)
        return f"{self.base_url}/{url_path(key)}" + (f"?{urlencode(query)}" if query else "")

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


def url_path(key: str) -> str:
    """The URL path of the registered page ``key``; other keys are taken as paths.

    Streamlit serves the default page at "/" (its own path only redirects there, see
    ``feedback.ui.router.alias``), so the default page's URL is "/".
    """
    spec = next((spec for spec in PAGES if spec.key == key), None)
    return "" if spec is not None and spec.default else key


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _healthy(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@contextmanager
def run_server(
    database_url: str,
    log_path: Path,
    *,
    script: Path = ROOT / "dashboard.py",
    timeout_s: float = START_TIMEOUT_S,
) -> Iterator[Server]:
    """``streamlit run script`` on a free port against ``database_url``, until the block ends."""
    port = _free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    env = {**os.environ, DATABASE_URL_ENV: database_url, "PYTHONUNBUFFERED": "1"}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    server = Server(f"http://127.0.0.1:{port}", database_url, log_path, process)
    try:
        deadline = time.monotonic() + timeout_s
        while not _healthy(server.base_url):
            if process.poll() is not None:
                raise RuntimeError(
                    f"streamlit exited with {process.returncode}:\n{server.log_tail()}"
                )
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"streamlit not healthy after {timeout_s} s:\n{server.log_tail()}"
                )
            time.sleep(0.1)
        yield server
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate the server's process group, then kill it if it does not go within 10 s."""
    if process.poll() is not None:
        return
    for sig, grace in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


# --- driving a page --------------------------------------------------------------------------

# Why 150 ms: a page that calls st.rerun() (or Streamlit's own rerun after a widget callback)
# shows "notRunning" for a few tens of milliseconds between the two runs. The page counts as
# ready only once it has stayed idle and drawn this long.
SETTLE_MS = 150

# Installed before any page script: counts finished script runs (every change of stApp's script
# state *to* notRunning, so a run that starts and ends between two Python calls still counts)
# and notes when the state last changed.
_RUN_WATCH = """
(() => {
  window.__lwRunsDone = 0;
  window.__lwLastChange = 0;
  window.__lwReadySince = null;
  const attr = "data-test-script-state";
  new MutationObserver((records) => {
    window.__lwLastChange = performance.now();
    for (const record of records) {
      if (record.oldValue !== "notRunning"
          && record.target.getAttribute(attr) === "notRunning") {
        window.__lwRunsDone += 1;
      }
    }
  }).observe(document, {subtree: true, attributes: true, attributeFilter: [attr],
                        attributeOldValue: true});
})();
"""
# Ready: more than AFTER runs finished, no run going, and the page drawn: something visible in
# the main block, no skeleton left (Streamlit shows one while an element's frontend code is
# still loading), every chart drawn, every image loaded; all of it for SETTLE_MS.
# window.__lwReadySince keeps when that state began (performance.now(): ms since navigation).
_READY = """
([after, settleMs]) => {
  const now = performance.now();
  const app = document.querySelector('[data-testid="stApp"]');
  const main = document.querySelector('[data-testid="stMain"]');
  const ready = (window.__lwRunsDone || 0) > after
    && app !== null && app.getAttribute("data-test-script-state") === "notRunning"
    && main !== null
    && [...main.querySelectorAll('[data-testid="stElementContainer"]')]
      .some((el) => el.getBoundingClientRect().height > 0)
    && document.querySelector('[data-testid="stSkeleton"]') === null
    && [...main.querySelectorAll('[data-testid="stPlotlyChart"]')]
      .every((chart) => chart.querySelector(".main-svg") !== null)
    && [...main.querySelectorAll("img")].every((img) => img.complete);
  if (!ready) {
    window.__lwReadySince = null;
    return false;
  }
  if (window.__lwReadySince === null) window.__lwReadySince = now;
  return now - Math.max(window.__lwReadySince, window.__lwLastChange) >= settleMs;
}
"""


def prepare_page(page: Page) -> None:
    """Install the run watcher; call once per page before the first navigation."""
    page.add_init_script(_RUN_WATCH)


def runs_done(page: Page) -> int:
    return int(page.evaluate("() => window.__lwRunsDone || 0"))


def wait_ready(page: Page, after: int = 0, timeout_ms: float = LOAD_TIMEOUT_MS) -> float:
    """Wait until more than ``after`` runs have finished and the page is drawn and settled.

    Returns when that state began, in seconds since the page's navigation started.
    """
    page.wait_for_function(_READY, arg=[int(after), SETTLE_MS], timeout=timeout_ms)
    return float(page.evaluate("() => window.__lwReadySince")) / 1000


def open_page(page: Page, url: str, timeout_ms: float = LOAD_TIMEOUT_MS) -> float:
    """Navigate to ``url``, wait until it is ready; seconds from navigation to ready."""
    page.goto(url, wait_until="domcontentloaded", timeout=timeout_ms)
    return wait_ready(page, 0, timeout_ms)


def rerun(page: Page, action: Callable[[], object], timeout_ms: float = LOAD_TIMEOUT_MS) -> None:
    """Do ``action`` (a click, a key press) and wait for the rerun it triggers to finish."""
    before = runs_done(page)
    action()
    wait_ready(page, before, timeout_ms)


def choose(page: Page, combobox: Locator, option: str, *, typed: str | None = None) -> None:
    """Pick the option whose label contains ``option`` in a selectbox; wait for the rerun.

    ``typed`` (default: ``option``) goes into the box first, to narrow a long list. Nothing
    happens (and no rerun is awaited) when the option is already chosen.
    """
    if option in combobox.input_value():
        return
    combobox.click()
    combobox.fill(typed if typed is not None else option)
    rerun(page, page.get_by_role("option").filter(has_text=option).first.click)


def open_filters(page: Page, lang: str) -> Locator:
    """Open the sidebar's filter popover; returns its body (drawn outside the sidebar)."""
    from feedback.i18n import t

    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("button", name=t("ui.filters", lang)).click()
    body = page.get_by_test_id("stPopoverBody")
    body.get_by_label(t("ui.search", lang)).wait_for()
    return body


def go_to(page: Page, title: str) -> None:
    """Switch page with the sidebar navigation (same session, unlike a new URL)."""
    rerun(page, page.get_by_test_id("stSidebarNav").get_by_role("link", name=title).click)


def dialogs(page: Page) -> list[str]:
    """Texts of open dialogs (e.g. Streamlit's "page not found")."""
    return [text.strip() for text in page.get_by_role("dialog").all_inner_texts()]


def exceptions(page: Page) -> list[str]:
    """Texts of the exceptions Streamlit shows on the page (empty when there are none)."""
    return [
        text.strip().removesuffix("Copy\nAsk Google\nAsk ChatGPT").strip()
        for text in page.locator('[data-testid="stException"]').all_inner_texts()
    ]


_XSS_PROBE = """
() => ({
  ran: window.__xss === undefined ? null : String(window.__xss),
  scripts: [...document.querySelectorAll("script")]
    .filter((el) => el.textContent.includes("__xss")).length,
  images: [...document.querySelectorAll("img[onerror], img[src='x']")].length,
})
"""


def xss_findings(page: Page) -> list[str]:
    """What the XSS probe achieved, in the page and in every (nested) iframe: [] when nothing.

    A payload that ran sets ``window.__xss``; a payload that became markup shows up as a
    ``<script>`` or ``<img>`` element even where the browser or a sanitiser kept it from running.
    """
    findings: list[str] = []
    for frame in page.frames:
        where = "main page" if frame == page.main_frame else f"iframe {frame.url[:80]!r}"
        probe = _probe(frame)
        if probe["ran"] is not None:
            findings.append(f"{where}: window.__xss = {probe['ran']}")
        if probe["scripts"]:
            findings.append(f"{where}: {probe['scripts']} <script> element(s) from quote text")
        if probe["images"]:
            findings.append(f"{where}: {probe['images']} <img> element(s) from quote text")
    return findings


def _probe(frame: Frame) -> dict[str, object]:
    result = frame.evaluate(_XSS_PROBE)
    assert isinstance(result, dict)
    return result


def full_page_screenshot(page: Page, path: Path, *, max_height: int = 12_000) -> None:
    """Screenshot the whole main area: Streamlit scrolls inside stMain, not the window."""
    viewport = page.viewport_size or {"width": 1280, "height": 900}
    height = int(
        page.evaluate(
            """() => {
              const main = document.querySelector('[data-testid="stMain"]');
              const side = document.querySelector('[data-testid="stSidebarContent"]');
              return Math.max(main ? main.scrollHeight : 0, side ? side.scrollHeight : 0);
            }"""
        )
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size(
        {"width": viewport["width"], "height": min(max(height, viewport["height"]), max_height)}
    )
    try:
        # Resizing re-lays out charts and iframes; let one animation frame pass.
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => done(null)))")
        page.screenshot(path=str(path), full_page=True)
    finally:
        page.set_viewport_size(viewport)
