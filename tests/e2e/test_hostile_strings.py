"""Every page as an admin, on a store full of hostile strings (``tests/e2e/hostile.py``), on a
desktop and on a phone: nothing runs, nothing user-typed turns into markup, nothing breaks.

The store is this module's own (the hostile names would change what the other browser tests
count). Every page is opened filtered to the hostile teams, so their quotes and names are what
each page shows. A visit fails on a JavaScript dialog (every payload calls ``alert(1)``), a
Streamlit exception or a Python traceback, an element made from user text (a script, an image,
a ``javascript:`` link, bold or a heading from Markdown, a formula from ``$…$``), a page wider
than the screen, or an error in the browser console.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Dialog, expect

from feedback.i18n import t
from feedback.store.directory import read_directory
from feedback.store.open import open_store
from feedback.ui.registry import PAGES
from tests.clock import pinned_today
from tests.e2e.accounts import sign_in_cookie
from tests.e2e.driving import exceptions, open_page, open_tab, prepare_page
from tests.e2e.hostile import AGENT, LEAD, TEAMS, seed_hostile
from tests.e2e.server import Server, run_server, seed_store
from tests.e2e.slide_walk import walk_slides

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LANG = "de"
# Why 120: enough demo quotes for every chart and ranking; the hostile ones come on top.
DEMO_QUOTES = 120
# Streamlit asks for its health and host config below the page's own path first, and gets a
# 404 there on every page but "/" (streamlit/streamlit#7074); nothing of ours.
_STREAMLIT_PROBES = re.compile(r"/_stcore/(health|host-config)$")

# What user text became, if a page took it for markup: the seeded names and quotes hold
# "<b>Nord</b>", "**Bob**", "**fett**", "# Überschrift", "<b>Lob</b>", "[link](javascript:…)".
_MARKUP = r"""
() => {
  const found = [];
  for (const a of document.querySelectorAll("a[href]")) {
    if (/^\s*javascript:/i.test(a.getAttribute("href"))) found.push("javascript: link");
  }
  if (document.querySelector("img[onerror]")) found.push("an image with onerror");
  for (const script of document.querySelectorAll("script")) {
    if (script.textContent.includes("alert(1)") && !script.type.includes("json")) {
      found.push("script element with alert(1)");
    }
  }
  const words = /^(Nord|Anna|Bob|fett|kursiv|Lob|Praise|Lead|Süd|Überschrift|tag)$/;
  for (const el of document.querySelectorAll("b, strong, em, i, h1, h2, h3, h4, h5, h6")) {
    if (words.test(el.textContent.trim())) found.push(`<${el.tagName}>${el.textContent}`);
  }
  if (document.querySelector(".katex, math")) found.push("a formula from $…$");
  if (document.body.innerText.includes("Traceback (most recent call last)")) {
    found.push("a Python traceback");
  }
  const page = document.documentElement.scrollWidth;
  if (page > window.innerWidth) found.push(`page ${page} px wide in ${window.innerWidth}`);
  const main = document.querySelector('[data-testid="stMain"]');
  if (main && main.scrollWidth > main.clientWidth + 1) {
    found.push(`main area ${main.scrollWidth} px wide in ${main.clientWidth}`);
  }
  return found;
}
"""
# Every piece of every slide inside its slide, each measured while shown (slides.js lays a
# slide out when it comes up).
_SLIDES_OVERFLOW = """
const box = slide.getBoundingClientRect();
return [...slide.children].filter((el) => {
  const r = el.getBoundingClientRect();
  return r.left < box.left - 1 || r.right > box.right + 1
    || r.top < box.top - 1 || r.bottom > box.bottom + 1;
}).map((el) => `slide ${n + 1}: ${el.className || el.tagName} beyond the slide`);
"""


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, str]]:
    """A server on a store with the hostile set; with the hostile teams' ids (``team=``)."""
    folder = tmp_path_factory.mktemp("hostile")
    store = folder / "store.db"
    seed_store(store, DEMO_QUOTES)
    engine = open_store(f"sqlite:///{store}")
    try:
        seed_hostile(engine, pinned_today())
        directory = read_directory(engine)
        teams = ",".join(str(directory.team_by_name(name)) for name in TEAMS)
    finally:
        engine.dispose()
    with run_server(f"sqlite:///{store}", folder / "streamlit.log") as running:
        yield running, teams


def _problems_of_each_visit(
    browser: Browser,
    server: Server,
    teams: str,
    size: tuple[int, int],
    user: str = "demo.admin",
    lang: str = LANG,
) -> dict[str, list[str]]:
    width, height = size
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(30_000)
    sign_in_cookie(context, server, user)
    page = context.new_page()
    prepare_page(page)
    events: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        events.append(f"a {dialog.type} dialog: {dialog.message}")
        dialog.dismiss()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            events.append(f"console error: {message.text[:200]}")

    page.on("dialog", on_dialog)
    page.on("console", on_console)
    page.on("pageerror", lambda error: events.append(f"page error: {error}"))
    page.on(
        "response",
        lambda response: (
            events.append(f"HTTP {response.status} {response.url}")
            if response.status >= 400 and not _STREAMLIT_PROBES.search(response.url)
            else None
        ),
    )
    found: dict[str, list[str]] = {}
    try:
        for spec in PAGES:
            open_page(page, server.url(spec.key, lang, team=teams, period="all"))
            problems = exceptions(page) + page.evaluate(_MARKUP)
            if spec.key == "presentation":
                deck = page.get_by_test_id("stMain").locator("iframe").first.content_frame
                problems += walk_slides(deck, _SLIDES_OVERFLOW)
            if spec.key == "recognition":  # this month's shout-outs, a tab further
                open_tab(page, page.get_by_role("tab", name=t("recognition.tab_shout_outs", lang)))
                problems += page.evaluate(_MARKUP)
            if spec.key == "wordclouds" and lang == "de":  # the hostile quotes are German
                cloud = page.get_by_alt_text(t("wordclouds.image_alt", lang))
                expect(cloud).to_be_visible()
            found[spec.key] = problems + events
            events.clear()
    finally:
        context.close()
    return found


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)], ids=["desktop", "phone"])
def test_every_page_shows_hostile_strings_as_text(
    browser: Browser, hostile_server: tuple[Server, str], width: int, height: int
) -> None:
    server, teams = hostile_server
    found = _problems_of_each_visit(browser, server, teams, (width, height))
    assert set(found) == {spec.key for spec in PAGES}
    assert {key: problems for key, problems in found.items() if problems} == {}


@pytest.mark.parametrize(
    ("user", "size"),
    [(LEAD, (1366, 768)), (AGENT, (390, 844))],
    ids=["lead-laptop", "agent-phone"],
)
def test_every_page_in_english_as_a_lead_and_an_agent(
    browser: Browser, hostile_server: tuple[Server, str], user: str, size: tuple[int, int]
) -> None:
    # The lead leads the hostile teams; the agent is Anna, whose name is "<b>Anna</b>" and
    # whose surname is an <img onerror>. Pages a role may not use say so, without an error.
    server, teams = hostile_server
    found = _problems_of_each_visit(browser, server, teams, size, user, "en")
    assert {key: problems for key, problems in found.items() if problems} == {}


def test_a_typed_address_is_shown_as_typed(
    browser: Browser, hostile_server: tuple[Server, str]
) -> None:
    server, _ = hostile_server
    context = browser.new_context()
    sign_in_cookie(context, server)
    page = context.new_page()
    prepare_page(page)
    try:
        open_page(page, server.url("__x__", LANG))
        # Not a bold "x": the address is not Markdown.
        expect(page.get_by_test_id("stMain")).to_contain_text("/__x__")
        assert exceptions(page) == []
    finally:
        context.close()
