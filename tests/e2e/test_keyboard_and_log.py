"""Keyboard only (Tab walks the sidebar and the page without stops on things nobody sees), and
a quiet server log while it happens."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.e2e.driving import open_page
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

_FOCUSED = """() => {
  const el = document.activeElement;
  const box = el.getBoundingClientRect();
  return {tag: el.tagName, visible: box.width > 2 && box.height > 2,
          inMain: el.closest('[data-testid="stMain"]') !== null};
}"""


def test_tab_stops_only_on_visible_things_until_the_page(page: Page, server: Server):
    # The frame that writes the address (feedback.ui.url) was a Tab stop of 1 px in the sidebar.
    open_page(page, server.url("wall", lang="en"))
    stops = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused["inMain"]:
            break
        stops.append(focused)
    else:
        pytest.fail(f"Tab never reached the page: {stops}")
    assert len(stops) > 5, stops  # the skip link, the navigation, the sidebar's buttons
    assert [s for s in stops if s["tag"] == "IFRAME" or not s["visible"]] == []


def test_the_server_log_has_no_widget_state_warning(page: Page, server: Server):
    # The language radio had a default index and a value in session state: Streamlit logged a
    # warning with a whole stack on the first run of the first session.
    open_page(page, server.url("wall", lang="en"))
    assert "set via the Session State API" not in server.log_tail(500_000)
