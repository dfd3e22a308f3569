"""Access by URL in a fresh browser: nobody signed in gets the sign-in form, never a page's
controls; a signed-in role gets "not allowed" at the address of a page it may not use."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from feedback.i18n import t
from tests.e2e.accounts import sign_in_cookie
from tests.e2e.driving import exceptions, open_page, prepare_page
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]
LANG = "de"


def _fresh(browser: Browser) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    prepare_page(tab)
    return tab


@pytest.mark.parametrize("key", ["settings", "moderation", "trends", "submit"])
def test_nobody_signed_in_gets_the_sign_in_form_at_any_address(
    browser: Browser, server: Server, key: str
) -> None:
    tab = _fresh(browser)
    try:
        open_page(tab, server.url(key, LANG))
        main = tab.get_by_test_id("stMain")
        expect(main.get_by_text(t("auth.sign_in_needed", LANG))).to_be_visible()
        expect(main.get_by_label(t("auth.password", LANG), exact=True)).to_be_visible()
        # No page controls: no save, no approve, no data editor, no sidebar navigation.
        expect(main.get_by_role("button", name=t("settings.save", LANG))).to_have_count(0)
        expect(main.get_by_role("button", name=t("moderation.one_approved", LANG))).to_have_count(0)
        expect(tab.get_by_test_id("stDataFrame")).to_have_count(0)
        expect(tab.get_by_test_id("stSidebarNav")).to_have_count(0)
        assert exceptions(tab) == []
    finally:
        tab.context.close()


@pytest.mark.parametrize(
    ("username", "key"),
    [("demo.agent", "settings"), ("demo.agent", "moderation"), ("demo.manager", "moderation")],
)
def test_a_role_gets_not_allowed_at_a_page_it_may_not_use(
    browser: Browser, server: Server, username: str, key: str
) -> None:
    tab = _fresh(browser)
    try:
        sign_in_cookie(tab.context, server, username)
        open_page(tab, server.url(key, LANG))
        main = tab.get_by_test_id("stMain")
        expect(main.get_by_text(t("auth.not_allowed_title", LANG), exact=True)).to_be_visible()
        expect(main.get_by_role("button")).to_have_count(0)
        nav = tab.get_by_test_id("stSidebarNav")
        expect(nav.get_by_text(t(f"nav.{key}", LANG), exact=True)).to_have_count(0)
        assert exceptions(tab) == []
    finally:
        tab.context.close()
