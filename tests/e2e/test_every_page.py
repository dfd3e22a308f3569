"""Every registered page renders in real Chromium, in German and in English, without exception.

Parametrised over ``feedback.ui.registry.PAGES``, so a new page is covered the moment it is
registered. Each visit leaves a full-page screenshot in ``artifacts/screenshots``.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import LANGUAGES, t
from feedback.ui.registry import PAGES, PageSpec
from tests.e2e.driving import (
    dialogs,
    exceptions,
    full_page_screenshot,
    open_page,
    xss_findings,
)
from tests.e2e.server import (
    Server,
    url_path,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("spec", PAGES, ids=[spec.key for spec in PAGES])
def test_page_renders(
    page: Page, server: Server, screenshot_dir: Path, spec: PageSpec, lang: str
) -> None:
    open_page(page, server.url(spec.key, lang))

    assert exceptions(page) == [], f"{spec.key} ({lang}) shows an exception"
    assert dialogs(page) == []
    # The XSS probe quote is in the store: nothing it carries may run anywhere.
    assert xss_findings(page) == []
    # Streamlit sends unknown URL paths to the default page: make sure we are on this one.
    assert urlsplit(page.url).path == f"/{url_path(spec.key)}"
    # The navigation speaks the chosen language.
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_text(t(f"nav.{spec.key}", lang), exact=True)).to_be_visible()
    name = spec.key if lang == "de" else f"{spec.key}-{lang}"
    full_page_screenshot(page, screenshot_dir / f"{name}.png")
