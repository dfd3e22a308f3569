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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import Browser, Playwright

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
        today = dt.date.today()  # the pinned day under the tests (tests/clock.py)
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


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
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
    pinned_clock: bool = True,
    port: int | None = None,
    extra_args: Sequence[str] = (),
    checkout: Path = ROOT,
) -> Iterator[Server]:
    """``streamlit run script`` on a free port against ``database_url``, until the block ends.

    With ``pinned_clock`` the server lives on the suite's pinned day, as the seeded store does.
    ``port`` is for a caller that must name the address before the start (an OIDC
    ``redirect_uri``); ``extra_args`` go to ``streamlit run`` after the defaults, e.g.
    ``["--secrets.files", path]``. ``checkout`` is the folder the server runs from and imports
    ``feedback`` from (``bench/page_load_compare.py`` compares checkouts).
    """
    port = free_port() if port is None else port
    # On the suite's pinned day (tests/clock.py) unless told to run on the real calendar.
    launcher = ["-m", "tests.e2e.pinned_streamlit"] if pinned_clock else ["-m", "streamlit"]
    command = [
        sys.executable, *launcher, "run", str(script),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
        *extra_args,
    ]  # fmt: skip
    env = {**os.environ, DATABASE_URL_ENV: database_url, "PYTHONUNBUFFERED": "1"}
    if checkout != ROOT:
        env["PYTHONPATH"] = str(checkout)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=checkout,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
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
