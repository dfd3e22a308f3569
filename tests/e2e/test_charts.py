"""Word clouds and trends render real images and charts in Chromium, and their controls work."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from tests.e2e.driving import (
    exceptions,
    open_page,
    open_tab,
    rerun,
)
from tests.e2e.server import (
    Server,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LANG = "en"


def _tr(key: str, **params: object) -> str:
    return t(key, LANG, **params)


def test_word_cloud_renders_and_a_word_leads_to_its_quotes(page: Page, server: Server) -> None:
    open_page(page, server.url("wordclouds", LANG))
    main = page.get_by_test_id("stMain")
    cloud = main.get_by_role("img", name=_tr("wordclouds.image_alt"))
    expect(cloud).to_be_visible()
    cloud.evaluate("(img) => img.decode()")
    assert cloud.evaluate("(img) => img.naturalWidth") >= 600, "the cloud image did not load"

    words = main.get_by_role("radiogroup", name=_tr("wordclouds.pick_word"))
    word = words.get_by_role("radio").first
    surface = word.inner_text().rsplit("·", 1)[0].strip()
    rerun(page, word.click)
    # "{count} quotes with “{word}” ...": at least one quote, for the picked word.
    matches = re.escape(_tr("wordclouds.matches", count=0, word=surface))
    expect(main.get_by_text(re.compile(matches.replace("0", r"[1-9]\d*", 1)))).to_be_visible()
    expect(main.locator("pre, [data-testid=stText]").filter(has_text=surface).first).to_be_visible()
    assert exceptions(page) == [], f"after picking {surface!r}"


def test_emoji_cloud_renders(page: Page, server: Server) -> None:
    open_page(page, server.url("wordclouds", LANG))
    main = page.get_by_test_id("stMain")
    kinds = main.get_by_role("radiogroup", name=_tr("wordclouds.kind"))
    rerun(page, kinds.get_by_role("radio", name=_tr("wordclouds.kind_emoji")).click)
    expect(main.get_by_role("img", name=_tr("wordclouds.image_alt"))).to_have_count(0)
    assert exceptions(page) == []


def test_trend_charts_render_and_follow_the_controls(page: Page, server: Server) -> None:
    open_page(page, server.url("trends", LANG))
    main = page.get_by_test_id("stMain")
    # Each chart is a frame drawn by plotly.js from the app's static folder.
    frames = main.locator("iframe")
    for name in ("volume", "sentiment", "themes", "ratings"):
        tab = main.get_by_role("tab", name=_tr(f"trends.{name}_heading"))
        open_tab(page, tab)
        # Only the open tab draws its chart; a drawn chart has SVG layers and a trace.
        expect(frames).to_have_count(1)
        chart = frames.first.content_frame
        expect(chart.locator(".main-svg").first).to_be_visible()
        assert chart.locator(".cartesianlayer :is(g.trace, g.hm)").count() > 0, name
        if name != "volume":  # the open tab is in the address, so a link shows the same chart
            expect(page).to_have_url(re.compile(r"[?&]trend_view="))
        assert exceptions(page) == [], name

    grid = main.get_by_role("radiogroup", name=_tr("trends.freq"))
    rerun(page, grid.get_by_role("radio", checked=False).first.click)
    expect(frames.first.content_frame.locator(".main-svg").first).to_be_visible()
    assert exceptions(page) == []
