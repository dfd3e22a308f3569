"""Deep links go through the router, even as the very first visit after the server starts.

Streamlit runs a ``pages/`` script on its own (multipage v1: no ``dashboard.py``, file names as
navigation) until the main script has called ``st.navigation`` once in the server process. A TV
that opens ``/presentation`` after a restart would get a page without language, user or
navigation, for every session, until someone opens "/". This test runs on a fresh server.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from feedback.ui.registry import PAGES
from tests.e2e.driving import (
    exceptions,
    open_page,
)
from tests.e2e.server import (
    Server,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_a_deep_link_as_first_visit_gets_the_router(first_page: Page, fresh_server: Server) -> None:
    deep = next(spec for spec in PAGES if not spec.default)
    open_page(first_page, fresh_server.url(deep.key, "en"))

    assert exceptions(first_page) == []
    nav = first_page.get_by_test_id("stSidebarNav")
    for spec in PAGES:
        expect(nav.get_by_text(t(f"nav.{spec.key}", "en"), exact=True)).to_be_visible()
    expect(nav.get_by_text("dashboard", exact=True)).to_have_count(0)
    sidebar = first_page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text(t("ui.language", "en"), exact=True)).to_be_visible()
