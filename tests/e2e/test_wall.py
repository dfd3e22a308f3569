"""The love wall in Chromium: the sidebar filters narrow the wall, and a link keeps them."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from tests.e2e.driving import (
    exceptions,
    open_filters,
    open_page,
    rerun,
)
from tests.e2e.server import (
    NEEDLE,
    NEEDLE_QUOTE,
    XSS_SCRIPT,
    Server,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_search_in_the_sidebar_narrows_the_wall(page: Page, server: Server) -> None:
    open_page(page, server.url("wall", "en"))
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(XSS_SCRIPT)).to_be_visible()

    filters = open_filters(page, "en")
    filters.get_by_label(t("ui.search", "en")).fill(NEEDLE)
    rerun(page, filters.get_by_role("button", name=t("ui.apply", "en")).click)

    expect(main.get_by_text(NEEDLE_QUOTE)).to_be_visible()
    expect(main.get_by_text(XSS_SCRIPT)).to_have_count(0)
    assert exceptions(page) == []
    # The filter is mirrored into the URL, so the filtered wall can be shared as a link.
    expect(page).to_have_url(re.compile(rf"[?&]q={NEEDLE}(&|$)"))


def test_a_shared_link_opens_the_filtered_wall(page: Page, server: Server) -> None:
    open_page(page, server.url("wall", "de", q=NEEDLE))

    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(NEEDLE_QUOTE)).to_be_visible()
    expect(main.get_by_text(XSS_SCRIPT)).to_have_count(0)
    # The sidebar says which filters are on, and the form holds them.
    expect(page.get_by_test_id("stSidebar")).to_contain_text(f"„{NEEDLE}“")
    expect(open_filters(page, "de").get_by_label(t("ui.search", "de"))).to_have_value(NEEDLE)


def test_the_top_row_holds_the_newest_notes_left_to_right(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1920, "height": 1080})
    open_page(page, server.url("wall", "en"))
    cards = page.locator(".lw-wall .lw-card")
    expect(cards.first).to_be_visible()
    boxes = [cards.nth(i).bounding_box() for i in range(6)]
    tops = [box["y"] for box in boxes if box is not None]
    # The first notes in the wall's order (newest first) share the first row, left to right.
    first_row = [box for box in boxes[:3] if box is not None]
    # (tilted notes differ by a few pixels; a second row starts a whole note lower)
    assert max(box["y"] for box in first_row) - min(box["y"] for box in first_row) < 20, tops
    assert [box["x"] for box in first_row] == sorted(box["x"] for box in first_row)
    dates = [cards.nth(i).locator("time").get_attribute("datetime") or "" for i in range(6)]
    assert dates == sorted(dates, reverse=True), dates
