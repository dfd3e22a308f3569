"""Screenshots of the pages a lead shows in meetings, at three sizes and in both languages.

Saved under ``artifacts/screenshots/meeting`` (gitignored) for a look by eye; each test also
checks that the page drew without an exception and fits the window where it must.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from tests.e2e.conftest import SCREENSHOTS
from tests.e2e.driving import exceptions, full_page_screenshot, open_page, open_tab, rerun
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

SIZES = {"laptop": (1440, 900), "projector": (1920, 1080), "phone": (390, 844)}
PAGES = ("wall", "presentation", "recognition", "trends")
FOLDER = SCREENSHOTS / "meeting"


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("size", list(SIZES))
def test_meeting_pages_at_every_size(page: Page, server: Server, size: str, lang: str) -> None:
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    for name in PAGES:
        open_page(page, server.url(name, lang))
        assert exceptions(page) == [], name
        full_page_screenshot(page, FOLDER / f"{name}-{size}-{lang}.png")
        if name == "recognition":
            tab = page.get_by_role("tab", name=t("recognition.tab_shout_outs", lang))
            open_tab(page, tab)
            assert exceptions(page) == []
            full_page_screenshot(page, FOLDER / f"recognition-shout-outs-{size}-{lang}.png")
        if name == "trends":
            chart = page.get_by_test_id("stMain").locator("iframe").first
            box = chart.bounding_box()
            assert box is not None
            labels = chart.content_frame.locator(".xtick").count()
            # Period labels never crowd: on a phone only every n-th period is labelled.
            assert 0 < labels <= max(2, box["width"] // 56 + 1), (size, labels, box["width"])
            for view in ("sentiment", "ratings"):
                tab = page.get_by_role("tab", name=t(f"trends.{view}_heading", lang))
                open_tab(page, tab)
                assert exceptions(page) == [], view
                full_page_screenshot(page, FOLDER / f"trends-{view}-{size}-{lang}.png")
        if name == "presentation":
            frame = page.get_by_test_id("stMain").locator("iframe").first
            box = frame.bounding_box()
            assert box is not None
            # The whole slide is inside the window, not cut off at the bottom.
            assert box["y"] + box["height"] <= height + 1, (size, box)
            toggle = page.get_by_text(t("presentation.fullscreen", lang))
            rerun(page, toggle.click)
            expect(frame).to_be_visible()
            page.screenshot(path=str(FOLDER / f"presentation-fullscreen-{size}-{lang}.png"))
    print(f"\nscreenshots in {FOLDER}")
