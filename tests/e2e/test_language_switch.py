"""The sidebar's language switch on every page, in Chromium: the page draws again in the other
language, without an error box.

The switch writes every select box's value back so that it shows its label in the new language
(``feedback.ui.widgets.relabel_all``). Streamlit checks what that may write only when it runs as
a server, so AppTest never saw it: the People page's role box shared its key with its form, and
the switch turned the page into "could not be shown" (a form's key is read-only).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from feedback.ui.registry import PAGES
from tests.e2e.driving import exceptions, open_page, switch_language
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_every_page_draws_again_in_the_other_language(page: Page, server: Server) -> None:
    # One way: what the switch writes back does not depend on the language it goes to.
    first, then = "de", "en"
    failed: dict[str, list[str]] = {}
    for spec in PAGES:
        open_page(page, server.url(spec.key, first))
        switch_language(page, then)
        nav = page.get_by_test_id("stSidebarNav")
        expect(nav.get_by_text(t(f"nav.{spec.key}", then), exact=True)).to_be_visible()
        main = page.get_by_test_id("stMain")
        errors = main.get_by_text(t("ui.page_failed", then)).all_inner_texts()
        problems = exceptions(page) + errors
        if problems:
            failed[spec.key] = problems
    assert failed == {}


def test_the_word_cloud_follows_the_switch(page: Page, server: Server) -> None:
    """The cloud's words stayed German after a switch to English (its language control kept
    the value it started with); now they are the words the English page opens with."""

    def words() -> list[str]:
        pills = page.get_by_test_id("stMain").get_by_test_id("stButtonGroup").last
        return pills.locator("button").all_inner_texts()

    open_page(page, server.url("wordclouds", "en"))
    english = words()
    open_page(page, server.url("wordclouds", "de"))
    german = words()
    assert english != german
    switch_language(page, "en")
    chosen = page.get_by_test_id("stMain").locator("button[aria-checked=true]")
    expect(chosen.filter(has_text=t("common.language_en", "en"))).to_have_count(1)
    assert words() == english
    assert exceptions(page) == []
