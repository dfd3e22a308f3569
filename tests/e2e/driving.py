"""Driving a Streamlit page in Chromium: wait until a run has finished and the page is drawn,
click, choose, switch pages, and read what the page shows (exceptions, dialogs, XSS probes).

Shared by the browser tests (``tests/e2e``) and ``bench/page_load.py``; it does not import
pytest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Frame, Locator, Page

from feedback.i18n import t
from tests.e2e.server import LOAD_TIMEOUT_MS

# --- waiting for a run --------------------------------------------------------------------------

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
# still loading), every chart drawn (plotly elements and chart frames), every frame loaded,
# every image loaded; all of it for SETTLE_MS.
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
    && [...main.querySelectorAll("iframe")].every((frame) => {
      const doc = frame.contentDocument;
      if (doc === null) return true;  // another origin: nothing to look into
      // Until its srcdoc is parsed a frame holds an empty, "complete" about:blank document.
      if (doc.readyState !== "complete" || !doc.body || !doc.body.childElementCount) return false;
      const chart = doc.querySelector("[data-lw-chart]");  // feedback.render.chart_frame
      return chart === null || chart.dataset.drawn !== undefined;
    })
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


def open_tab(page: Page, tab: Locator, timeout_ms: float = LOAD_TIMEOUT_MS) -> None:
    """Open ``tab`` (a ``role=tab`` locator) and wait for the run it starts.

    Clicks again when the tab is not selected once that run is done: on a loaded machine a
    click that lands while the freshness poll's fragment redraws the page can be lost, and a
    person would click again too. Three clicks at most; then it fails, naming the tab.
    """
    for _ in range(3):
        if tab.get_attribute("aria-selected") == "true":
            return
        rerun(page, tab.click, timeout_ms)
    if tab.get_attribute("aria-selected") != "true":
        raise AssertionError(f"the tab {tab.inner_text()!r} did not open after three clicks")


def open_expander(page: Page, label: str, timeout_ms: float = LOAD_TIMEOUT_MS) -> None:
    """Open the expander labelled ``label`` whose content is drawn only while it is open, and
    wait for the run that draws it."""
    summary = page.get_by_test_id("stExpander").filter(has_text=label).locator("summary")
    rerun(page, summary.click, timeout_ms)


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


def numbered_message(key: str, lang: str, param: str) -> re.Pattern[str]:
    """The message ``key`` with any number in place of ``{param}``, to wait for a confirmation
    whose number (a new quote's id) the test learns only from the store afterwards."""
    from feedback.i18n import t

    before, after = t(key, lang, **{param: "\x00"}).split("\x00", 1)
    return re.compile(re.escape(before) + r"\d+" + re.escape(after))


def go_to(page: Page, title: str, timeout_ms: float = LOAD_TIMEOUT_MS) -> None:
    """Switch page with the sidebar navigation (same session, unlike a new URL).

    Waits for the address to show the new page before it waits for the run: the freshness
    poll's fragment finishes a run every few seconds, and counted alone it could let the next
    step start while the switch is still on its way.
    """
    link = page.get_by_test_id("stSidebarNav").get_by_role("link", name=title)
    target = link.evaluate("(a) => new URL(a.href).pathname")
    before = runs_done(page)
    link.click()
    page.wait_for_function(
        "(path) => window.location.pathname === path", arg=target, timeout=timeout_ms
    )
    wait_ready(page, before, timeout_ms)


def switch_language(page: Page, lang: str, timeout_ms: float = LOAD_TIMEOUT_MS) -> None:
    """Choose ``lang`` in the sidebar's language switch and wait for the run that redraws the
    page in it.

    Like :func:`go_to`, it waits for the address to carry ``lang=…`` before it waits for the
    run: the run that ends first after the click can be the freshness poll's fragment, and the
    page then still shows the old language (CI red once, submit page, en → de). A click that
    leaves the switch unchosen (lost while the fragment redraws) is repeated, three at most.
    """
    sidebar = page.get_by_test_id("stSidebar")
    label = t(f"ui.language_{lang}", lang)
    switch = sidebar.get_by_text(label)
    radio = sidebar.get_by_role("radio", name=label)
    for _ in range(3):
        if radio.is_checked():
            break
        rerun(page, switch.click, timeout_ms)
    page.wait_for_function(
        "(lang) => new URLSearchParams(window.location.search).get('lang') === lang",
        arg=lang,
        timeout=timeout_ms,
    )
    wait_ready(page, 0, timeout_ms)


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
