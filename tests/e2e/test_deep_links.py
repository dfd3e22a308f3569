"""The default page's own address works: "/wall" shows the wall, as does "/".

Streamlit serves the default page at "/" and ignores its ``url_path``, so "/wall" used to open
the wall behind a "page not found" dialog (the bookmark of a TV showing the wall). The router
adds a hidden page at "/wall" that switches to the default page, keeping the query parameters.
A first visit on a fresh server takes another way (see test_routing.py), so both are tested.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from feedback.ui.registry import PAGES
from tests.e2e.driving import (
    dialogs,
    exceptions,
    open_page,
)
from tests.e2e.server import (
    Server,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

DEFAULT = next(spec for spec in PAGES if spec.default)


def _shows_the_default_page(tab: Page, lang: str) -> None:
    assert exceptions(tab) == []
    assert dialogs(tab) == [], "Streamlit reported the page as not found"
    main = tab.get_by_test_id("stMain")
    expect(
        main.get_by_role("heading", name=t(f"nav.{DEFAULT.key}", lang), exact=True)
    ).to_be_visible()
    # The language came through the redirect with the other query parameters.
    sidebar = tab.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text(t("ui.language", lang), exact=True)).to_be_visible()


@pytest.mark.parametrize("path", [DEFAULT.key, ""], ids=[f"/{DEFAULT.key}", "/"])
def test_first_visit_after_a_start_shows_the_default_page(
    first_page: Page, fresh_server: Server, path: str
) -> None:
    open_page(first_page, f"{fresh_server.base_url}/{path}?lang=en")
    _shows_the_default_page(first_page, "en")


def test_the_default_pages_own_path_works_once_the_router_has_run(
    page: Page, server: Server
) -> None:
    open_page(page, f"{server.base_url}/{DEFAULT.key}?lang=de")
    _shows_the_default_page(page, "de")
    # The wall's navigation entry is the current one: the visit landed on the real page.
    nav = page.get_by_test_id("stSidebarNav")
    link = nav.get_by_role("link", name=t(f"nav.{DEFAULT.key}", "de"), exact=True)
    expect(link).to_have_attribute("aria-current", "page")
