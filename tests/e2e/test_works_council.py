"""Works-council mode in Chromium: an admin switches it on, and recognition names nobody.

The mode is a server-wide setting, so this test runs on a server of its own (``fresh_server``)
and leaves the shared one as it was.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from feedback.store.db import make_engine
from feedback.store.directory import read_directory
from feedback.store.settings import load_settings
from tests.e2e.driving import exceptions, open_page, open_tab, rerun
from tests.e2e.server import Server

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LANG = "de"


def _names_pattern(server: Server) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Whole-word patterns for every agent's full name and for consenting agents' first names
    (the shout-outs name those without the mode)."""
    engine = make_engine(server.database_url)
    try:
        agents = list(read_directory(engine).agents.values())
    finally:
        engine.dispose()
    full = "|".join(re.escape(a.full_name) for a in agents)
    first = "|".join(re.escape(a.first_name) for a in agents if a.consent_named)
    return re.compile(rf"(?<!\w)(?:{full})(?!\w)"), re.compile(rf"(?<!\w)(?:{first})(?!\w)")


def _shout_outs(page: Page, server: Server) -> str:
    """The recognition page's wall tab and shout-outs tab, as the reader sees them."""
    open_page(page, server.url("recognition", LANG))
    main = page.get_by_test_id("stMain")
    shown = main.inner_text()
    tab = main.get_by_role("tab", name=t("recognition.tab_shout_outs", LANG))
    open_tab(page, tab)
    expect(main.get_by_text(t("recognition.month", LANG)).first).to_be_visible()
    return shown + "\n" + main.inner_text()


def test_an_admin_switches_the_mode_on_and_recognition_names_nobody(
    first_page: Page, fresh_server: Server
) -> None:
    page = first_page
    full_names, first_names = _names_pattern(fresh_server)
    before = _shout_outs(page, fresh_server)
    assert first_names.search(before), "without the mode, shout-outs thank people by name"

    open_page(page, fresh_server.url("settings", LANG))
    main = page.get_by_test_id("stMain")
    main.get_by_text(t("settings.works_council_mode", LANG), exact=True).click()
    rerun(page, main.get_by_role("button", name=t("settings.save", LANG)).click)
    saved = t("settings.saved", LANG, fields=t("settings.field_works_council_mode", LANG))
    expect(main.get_by_text(saved)).to_be_visible()
    engine = make_engine(fresh_server.database_url)
    try:
        assert load_settings(engine).works_council_mode is True
    finally:
        engine.dispose()

    after = _shout_outs(page, fresh_server)
    assert exceptions(page) == []
    assert not full_names.findall(after)
    assert not first_names.findall(after)
    assert t("recognition.wall_for", LANG) not in after, "no agent's wall to pick"
    assert t("recognition.shout_outs_caption_teams", LANG, count=0).split(" ", 1)[1] in after
