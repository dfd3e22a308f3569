"""Presentation mode in Chromium: the slide show in its iframe, driven by the keyboard."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import FrameLocator, Page, expect

from feedback.i18n import t
from tests.e2e.driving import (
    exceptions,
    open_page,
)
from tests.e2e.server import (
    Server,
)

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
    body.press("ArrowRight")  # wraps round to the title slide
    expect(count).to_have_text(f"1 / {total}")
    assert exceptions(page) == []
