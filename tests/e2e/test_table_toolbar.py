"""The tables' own toolbar in Chromium: no "Download as CSV" of Streamlit's.

Streamlit's table toolbar wrote the shown rows as a CSV without a formula guard (a quote
"=HYPERLINK(...)" in the moderation queue would run in Excel) and named itself in English on
German pages; .streamlit/config.toml turns it off, and the pages' own exports remain.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.driving import open_page
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.mark.parametrize("key", ["moderation", "audit"])
def test_a_table_offers_no_csv_download_of_streamlits(page: Page, server: Server, key) -> None:
    open_page(page, server.url(key, "de"))
    table = page.get_by_test_id("stMain").get_by_test_id("stDataFrame").first
    table.hover()
    toolbar = page.get_by_test_id("stElementToolbar").first
    expect(toolbar.get_by_role("button").first).to_be_attached()  # the toolbar is there
    expect(page.get_by_role("button", name="Download as CSV")).to_have_count(0)
