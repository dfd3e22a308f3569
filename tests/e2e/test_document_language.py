"""The page's own language in Chromium: ``<html lang>`` and the skip link follow the UI language.

Streamlit's page says lang="en" and "Skip to main content" whatever the app shows: a screen
reader read the German pages with English pronunciation, the browser offered to translate them
"from English", and the skip link was the one English text on a German page.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from tests.e2e.driving import open_page, switch_language
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _language(page: Page) -> tuple[str, str]:
    return (
        page.evaluate("() => document.documentElement.lang"),
        page.get_by_test_id("stSkipToContent").text_content() or "",
    )


@pytest.mark.parametrize(("first", "then"), [("de", "en"), ("en", "de")])
def test_the_page_speaks_the_ui_language_and_follows_the_switch(
    page: Page, server: Server, first: str, then: str
) -> None:
    open_page(page, server.url("trends", first))
    expect(page.locator("html")).to_have_attribute("lang", first)
    assert _language(page) == (first, t("ui.skip_to_content", first))

    switch_language(page, then)
    expect(page.locator("html")).to_have_attribute("lang", then)
    assert _language(page) == (then, t("ui.skip_to_content", then))


def test_the_sign_in_page_speaks_the_ui_language(page: Page, server: Server) -> None:
    page.context.clear_cookies()
    open_page(page, server.url("", "de"))
    expect(page.get_by_test_id("stMain")).to_contain_text(t("auth.sign_in_title", "de"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    assert _language(page) == ("de", t("ui.skip_to_content", "de"))
