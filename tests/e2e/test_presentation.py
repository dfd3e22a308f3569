"""Presentation mode in Chromium: the slide show in its iframe, driven by the keyboard."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import FrameLocator, Page, expect

from feedback.i18n import t
from tests.e2e.driving import (
    exceptions,
    open_page,
    rerun,
)
from tests.e2e.server import (
    Server,
)
from tests.e2e.slide_walk import walk_slides
from tests.e2e.stored import submit_approved

# A word no demo quote holds: the quote approved while the show runs.
NEW_PRAISE = "Zaunkoenigfreundlichkeit"

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _deck(page: Page) -> FrameLocator:
    return page.get_by_test_id("stMain").locator("iframe").first.content_frame


def _total(deck: FrameLocator) -> int:
    count = deck.locator(".hud .count")
    expect(count).to_have_text(re.compile(r"^\d+ / \d+$"))
    return int(count.inner_text().split("/")[1])


def test_slides_advance_with_the_keyboard(page: Page, server: Server) -> None:
    open_page(page, server.url("presentation", "en"))
    deck = _deck(page)
    count, body = deck.locator(".hud .count"), deck.locator("body")
    total = _total(deck)
    assert total >= 3, "title slide plus quotes expected"

    # P pauses the timer, so the test decides when slides change.
    body.press("p")
    expect(deck.locator(".hud .state")).to_contain_text(t("presentation.paused", "en"))
    body.press("Home")
    expect(count).to_have_text(f"1 / {total}")
    expect(deck.locator(".slide").first).to_have_class(re.compile(r"\bactive\b"))

    body.press("ArrowRight")
    expect(count).to_have_text(f"2 / {total}")
    expect(deck.locator(".slide").nth(1)).to_have_class(re.compile(r"\bactive\b"))
    expect(deck.locator(".slide.active")).to_have_count(1)
    body.press(" ")
    expect(count).to_have_text(f"3 / {total}")
    body.press("ArrowLeft")
    expect(count).to_have_text(f"2 / {total}")
    body.press("End")
    expect(count).to_have_text(f"{total} / {total}")
    body.press("ArrowRight")  # the last slide stays: no jump to the title slide
    expect(count).to_have_text(f"{total} / {total}")
    body.press("Home")
    body.press("PageUp")  # a clicker's "back" on the title slide never jumps to the end
    expect(count).to_have_text(f"1 / {total}")
    assert exceptions(page) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_click_anywhere_moves_on(page: Page, server: Server, lang: str) -> None:
    open_page(page, server.url("presentation", lang))
    deck = _deck(page)
    count, body = deck.locator(".hud .count"), deck.locator("body")
    total = _total(deck)
    body.press("p")
    body.press("Home")
    expect(count).to_have_text(f"1 / {total}")
    # The left edge of the title slide: once it went back and wrapped to the last slide.
    box = page.get_by_test_id("stMain").locator("iframe").first.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 20, box["y"] + box["height"] / 2)
    expect(count).to_have_text(f"2 / {total}")
    page.mouse.click(box["x"] + box["width"] - 20, box["y"] + box["height"] / 2)
    expect(count).to_have_text(f"3 / {total}")
    # The hints say so, in big enough type to read from the back of the room.
    expect(deck.locator(".hud .keys")).to_contain_text(t("presentation.keys_hint", lang))
    size = deck.locator(".hud").evaluate("(el) => parseFloat(getComputedStyle(el).fontSize)")
    assert size >= 16
    assert exceptions(page) == []


_VISIBLE_CONTROLS = (
    "button",
    "input",
    "select",
    "[role=switch]",
    "[role=combobox]",
    "[role=slider]",
    '[data-testid="stSidebar"]',
    '[data-testid="stExpander"]',
    '[data-testid="stHeader"]',
)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_full_screen_shows_the_slides_and_no_control(page: Page, server: Server, lang: str) -> None:
    page.set_viewport_size({"width": 1920, "height": 1080})
    open_page(page, server.url("presentation", lang))
    rerun(page, page.get_by_text(t("presentation.fullscreen", lang)).click)

    for selector in _VISIBLE_CONTROLS:
        visible = [el for el in page.locator(selector).all() if el.is_visible()]
        assert visible == [], f"{selector} still on screen in full-screen mode"
    frame = page.get_by_test_id("stMain").locator("iframe").first
    box = frame.bounding_box()
    assert box is not None
    assert box["height"] >= 1080 - 2, box
    assert box["width"] >= 1920 - 20, box
    deck = _deck(page)
    hud = deck.locator(".hud")
    expect(hud).to_contain_text(t("presentation.keys_hint_fullscreen", lang))
    # The hints show briefly, then leave the slide alone.
    expect(hud).to_have_css("opacity", "0", timeout=8_000)

    # Escape in the slides brings the page (and its switch) back.
    rerun(page, lambda: deck.locator("body").press("Escape"))
    expect(page.get_by_role("switch", name=t("presentation.fullscreen", lang))).to_be_visible()
    assert exceptions(page) == []


# What a 4:3 projector at 1024×768 shows from the back of a room: a quote's type in px, never
# below the smallest size of slides.css (2.4vw there), and a spotlight note's.
_SLIDE_TYPE = """
if (!slide.matches(".quote, .spotlight")) return null;
const text = slide.querySelector(".quote .text, .note blockquote");
const last = slide.querySelector(".meta") || slide.querySelector(".notes");
return {key: slide.dataset.key, px: parseFloat(getComputedStyle(text).fontSize),
        top: text.getBoundingClientRect().top, bottom: last.getBoundingClientRect().bottom};
"""


def test_a_projector_shows_every_quote_in_big_type_inside_the_slide(
    page: Page, server: Server
) -> None:
    page.set_viewport_size({"width": 1024, "height": 768})
    open_page(page, server.url("presentation", "en"))
    rerun(page, page.get_by_text(t("presentation.fullscreen", "en")).click)
    deck = _deck(page)
    _total(deck)
    slides = walk_slides(deck, _SLIDE_TYPE)
    assert len(slides) >= 5
    for slide in slides:
        smallest = 18 if slide["key"] == "spotlight" else 24
        assert slide["px"] >= smallest, slide
        assert slide["top"] >= 0, slide
        assert slide["bottom"] <= 768, slide
    # Short and middling quotes grow to fill the slide rather than keep a size by length.
    assert max(s["px"] for s in slides) >= 50, slides
    assert exceptions(page) == []


def test_the_hint_bars_buttons_move_back_pause_and_on(page: Page, server: Server) -> None:
    open_page(page, server.url("presentation", "de"))
    deck = _deck(page)
    count = deck.locator(".hud .count")
    total = _total(deck)
    deck.get_by_role("button", name=t("presentation.button_pause", "de")).click()
    expect(deck.locator(".hud .state")).to_contain_text(t("presentation.paused", "de"))
    deck.get_by_role("button", name=t("presentation.button_next", "de")).click()
    deck.get_by_role("button", name=t("presentation.button_next", "de")).click()
    expect(count).to_have_text(f"3 / {total}")
    deck.get_by_role("button", name=t("presentation.button_prev", "de")).click()
    expect(count).to_have_text(f"2 / {total}")  # the button does not also move on
    deck.locator("body").press("End")
    expect(deck.locator(".slide.active")).to_contain_text(t("presentation.closing_headline", "de"))
    assert exceptions(page) == []


@pytest.mark.parametrize("fullscreen", [False, True], ids=["window", "full-screen"])
def test_a_quote_approved_during_the_meeting_joins_without_restarting_the_show(
    first_page: Page, fresh_server: Server, fullscreen: bool
) -> None:
    page, server = first_page, fresh_server
    page.set_viewport_size({"width": 1366, "height": 768})
    open_page(page, server.url("presentation", "en"))
    if fullscreen:
        rerun(page, page.get_by_text(t("presentation.fullscreen", "en")).click)
    deck = _deck(page)
    body = deck.locator("body")
    body.press("p")
    for _ in range(3):
        body.press("ArrowRight")
    expect(deck.locator(".hud .count")).to_have_text(re.compile(r"^4 / "))
    watched = deck.locator(".slide.active").get_attribute("data-key")
    quotes = deck.locator(".slide.title .value.big").inner_text()
    submit_approved(server, f"{NEW_PRAISE} Thank you so much, you saved my day!")
    # The page takes the new quote in (the title slide counts it) ...
    expect(deck.locator(".slide.title .value.big")).not_to_have_text(quotes, timeout=30_000)
    # ... and the meeting goes on at the slide it was on, still paused.
    expect(deck.locator(".slide.active")).to_have_attribute("data-key", watched or "")
    expect(deck.locator(".hud .state")).to_contain_text(t("presentation.paused", "en"))
    assert exceptions(page) == []


# Each quote slide's name and last line (channel and day) that the hint bar would cover.
_UNDER_THE_HUD = """
if (!slide.matches(".quote")) return null;
const hud = document.querySelector(".hud").getBoundingClientRect();
const under = (box) => box.bottom > hud.top && box.top < hud.bottom
  && box.right > hud.left && box.left < hud.right;
return [...slide.querySelectorAll(".who, .meta")]
  .filter((el) => under(el.getBoundingClientRect()))
  .map((el) => `${slide.dataset.key}: ${el.className} ${el.textContent.slice(0, 40)}`);
"""


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (390, 844)])
def test_the_hint_bar_never_covers_a_quotes_last_line(
    page: Page, server: Server, width: int, height: int
) -> None:
    """On the page (not full screen) the hint bar stays in the slide's corner: a long quote
    grew until its channel and day ran under the bar (a browser walk at 1366×768)."""
    page.set_viewport_size({"width": width, "height": height})
    open_page(page, server.url("presentation", "de"))
    deck = _deck(page)
    _total(deck)
    assert deck.locator(".slide.quote").count() >= 5
    assert walk_slides(deck, _UNDER_THE_HUD) == []
    assert exceptions(page) == []
