"""Word clouds and trends render real images and charts in Chromium, and their controls work."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from tests.e2e.server import Server, exceptions, open_page, rerun

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
    charts = main.get_by_test_id("stPlotlyChart")
    expect(charts.first).to_be_visible()
    assert charts.count() >= 3
    for index in range(charts.count()):
        # A drawn plotly chart has its SVG layers and at least one trace.
        expect(charts.nth(index).locator(".main-svg").first).to_be_visible()
        assert charts.nth(index).locator(".cartesianlayer :is(g.trace, g.hm)").count() > 0

    grid = main.get_by_role("radiogroup", name=_tr("trends.freq"))
    rerun(page, grid.get_by_role("radio", checked=False).first.click)
    expect(charts.first).to_be_visible()
    assert charts.count() >= 3
    assert exceptions(page) == []
