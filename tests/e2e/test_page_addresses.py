"""A page opened by its own address connects straight away: no 404s, no console errors.

Streamlit's frontend, opened at ``/trends``, used to ask ``/trends/_stcore/health`` and
``/trends/_stcore/host-config`` first (two 404s, two errors in the console) and wait 100 ms
before asking ``/_stcore/…``. ``dashboard.py``'s server answers every page address with
Streamlit's index page told where the server is (feedback/ui/serving.py); these visits are
signed in and each the first of its browser context.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import ConsoleMessage, Page, Response, expect

from feedback.i18n import t
from tests.e2e.driving import dialogs, exceptions, open_page
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.mark.parametrize("key", ["trends", "moderation", "people"])
def test_a_page_opened_by_its_address_asks_nothing_that_fails(
    page: Page, server: Server, key: str
) -> None:
    failed: list[str] = []
    errors: list[str] = []
    asked: list[str] = []

    def answered(response: Response) -> None:
        if response.status >= 400:
            failed.append(f"{response.status} {response.url}")

    def logged(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("response", answered)
    page.on("requestfailed", lambda request: failed.append(f"failed {request.url}"))
    page.on("console", logged)
    page.on("request", lambda request: asked.append(urlsplit(request.url).path))

    open_page(page, server.url(key, "en"))

    assert failed == []
    assert errors == []
    # Streamlit's probe under the page's address never happened; its own address was asked.
    assert not [path for path in asked if path.startswith(f"/{key}/")]
    assert "/_stcore/health" in asked
    assert exceptions(page) == []
    assert dialogs(page) == []
    # The page itself, not the wall or the sign-in form.
    assert urlsplit(page.url).path == f"/{key}"
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name=t(f"nav.{key}", "en"), exact=True)).to_be_visible()
    nav = page.get_by_test_id("stSidebarNav")
    link = nav.get_by_role("link", name=t(f"nav.{key}", "en"), exact=True)
    expect(link).to_have_attribute("aria-current", "page")


def test_an_address_below_a_page_opens_the_page(page: Page, server: Server) -> None:
    """``/trends/old`` showed an empty page (Streamlit asked for its scripts below it and got
    the index page back); now the browser is sent on to ``/trends``, filters kept."""
    open_page(page, server.url("trends/old/bookmark", "en"))
    assert urlsplit(page.url).path == "/trends"
    assert "lang=en" in page.url
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name=t("nav.trends", "en"), exact=True)).to_be_visible()
    assert exceptions(page) == []
    assert dialogs(page) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_page_speaks_the_addresss_language_before_the_first_run(
    page: Page, server: Server, lang: str
) -> None:
    """Streamlit's page says ``<html lang="en">``; until the app's first run set it, its own
    words showed in English on a German page for a moment."""
    # At DOMContentLoaded the page's own scripts have run and the app's first run, which
    # needs an answer from the server, has not.
    page.add_init_script(
        'document.addEventListener("DOMContentLoaded", '
        "() => { window.__lwLangAtLoad = document.documentElement.lang; })"
    )
    page.goto(server.url("trends", lang), wait_until="domcontentloaded")
    assert page.evaluate("() => window.__lwLangAtLoad") == lang
