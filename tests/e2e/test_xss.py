"""Stored and typed XSS in Chromium: quote markup shows as plain text and never runs.

The store holds an approved quote with ``<script>`` and ``<img onerror>`` payloads (see
``tests/e2e/server.py``). Every place that renders quote text through HTML is checked: the wall,
the slide show's iframe, the submit preview and the moderation detail. ``xss_findings`` looks
for a run payload (``window.__xss``) and for payload elements, in the page and in every iframe.
The page smoke tests run the same probe on every page.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from feedback.i18n import t
from tests.e2e.driving import (
    choose,
    exceptions,
    open_page,
    rerun,
    xss_findings,
)
from tests.e2e.server import (
    XSS_IMG,
    XSS_QUOTE,
    XSS_SCRIPT,
    Server,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PROBE_WORDS = "Geduld am Telefon"  # in the probe quote, in no demo quote


def _shows_payload_as_text(where: Locator) -> None:
    expect(where).to_be_visible()
    expect(where).to_contain_text(XSS_SCRIPT)
    expect(where).to_contain_text(XSS_IMG)


def test_wall(page: Page, server: Server) -> None:
    open_page(page, server.url("wall", "de", q=PROBE_WORDS))

    card = page.get_by_test_id("stMain").locator("article").filter(has_text=PROBE_WORDS)
    _shows_payload_as_text(card.first)
    assert xss_findings(page) == []


def test_presentation_slides(page: Page, server: Server) -> None:
    open_page(page, server.url("presentation", "de", q=PROBE_WORDS))
    deck = page.get_by_test_id("stMain").locator("iframe").first.content_frame
    # The filter matches one quote: it gets a slide of its own (no team spotlight for one team).
    slide = deck.locator(".slide").filter(has_text=XSS_SCRIPT)
    expect(slide).to_have_count(1)
    expect(slide).not_to_have_class(re.compile(r"\bspotlight\b"))

    deck.locator("body").press("p")
    deck.locator("body").press("End")  # the closing slide
    deck.locator("body").press("ArrowLeft")  # the quote's slide comes right before it
    expect(slide).to_have_class(re.compile(r"\bactive\b"))
    _shows_payload_as_text(slide.locator("blockquote"))
    assert xss_findings(page) == []


def test_submit_preview(page: Page, server: Server) -> None:
    open_page(page, server.url("submit", "en"))
    main = page.get_by_test_id("stMain")
    text_box = main.get_by_label(t("submit.text", "en"))
    text_box.fill(XSS_QUOTE.replace("Telefon", "Telefon heute"))
    rerun(page, lambda: text_box.press("Control+Enter"))

    preview = main.get_by_test_id("stHtml").filter(has_text=XSS_SCRIPT)
    _shows_payload_as_text(preview.first)
    assert exceptions(page) == []
    assert xss_findings(page) == []


def test_moderation_detail(page: Page, server: Server) -> None:
    open_page(page, server.url("moderation", "en"))
    main = page.get_by_test_id("stMain")
    approved = main.get_by_role("radio", name=t("common.status_approved", "en"))
    rerun(page, approved.click)
    pick = main.get_by_role("combobox", name=t("moderation.pick_quote", "en"))
    choose(page, pick, PROBE_WORDS)

    highlighted = main.get_by_test_id("stHtml").filter(has_text=XSS_SCRIPT)
    _shows_payload_as_text(highlighted.first)
    assert exceptions(page) == []
    assert xss_findings(page) == []
