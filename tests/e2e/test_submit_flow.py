"""The main flow in Chromium: an agent submits a quote, a lead approves it, the wall shows it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect
from sqlalchemy import select

from feedback.i18n import t
from feedback.store.directory import AgentInfo, read_directory
from feedback.store.models import Quote
from feedback.store.open import open_store
from tests.e2e.driving import (
    choose,
    exceptions,
    go_to,
    open_filters,
    open_page,
    rerun,
)
from tests.e2e.server import (
    Server,
)

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# A made-up word, so the new quote can be found among the demo quotes.
WORD = "Sternschnuppenservice"
TEXT = f"Vielen Dank für den {WORD}, Sie haben mir heute Abend wirklich den Tag gerettet!"
LANG = "en"


def _agent(server: Server) -> AgentInfo:
    """A demo agent who consents to be named (the wall then shows their first name)."""
    engine = open_store(server.database_url)
    try:
        directory = read_directory(engine)
    finally:
        engine.dispose()
    return min((a for a in directory.agents.values() if a.consent_named), key=lambda a: a.handle)


def _stored(server: Server) -> list[tuple[int, str]]:
    engine = open_store(server.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(Quote.id, Quote.status).where(Quote.text.contains(WORD))
            ).all()
    finally:
        engine.dispose()
    return [(int(row.id), str(row.status)) for row in rows]


def _tr(key: str, **params: object) -> str:
    return t(key, LANG, **params)


def sign_in(page: Page, sidebar: Locator, handle: str) -> None:
    """Type the handle into the sidebar's "I am" field (the stand-in for a login)."""
    box = sidebar.get_by_role("textbox", name=_tr("ui.i_am"))
    box.fill(handle)
    # Streamlit shows "Press Enter to apply" once it holds the typed value; an Enter before
    # that (a busy machine) applies nothing, and no rerun would come.
    sidebar.get_by_test_id("InputInstructions").wait_for()
    rerun(page, lambda: box.press("Enter"))


def test_submit_then_approve_then_see_it_on_the_wall(page: Page, server: Server) -> None:
    agent = _agent(server)
    open_page(page, server.url("submit", LANG))
    sidebar = page.get_by_test_id("stSidebar")
    main = page.get_by_test_id("stMain")
    sign_in(page, sidebar, agent.handle)

    # 1. Submit: the preview shows what will be stored, then save.
    text_box = main.get_by_label(_tr("submit.text"))
    text_box.fill(TEXT)
    rerun(page, lambda: text_box.press("Control+Enter"))
    expect(main.get_by_text(_tr("submit.preview"))).to_be_visible()
    choose(page, main.get_by_role("combobox", name=_tr("submit.agent")), agent.full_name)
    rerun(page, main.get_by_role("button", name=_tr("submit.save")).click)

    stored = _stored(server)
    assert [status for _, status in stored] == ["pending"], stored
    quote_id = stored[0][0]
    expect(main.get_by_text(_tr("submit.saved_pending", quote_id=quote_id))).to_be_visible()
    assert exceptions(page) == []

    # 2. Moderate: the lead (same session, "I am" is kept) approves it from the pending queue.
    go_to(page, _tr("nav.moderation"))
    pick = main.get_by_role("combobox", name=_tr("moderation.pick_quote"))
    choose(page, pick, f"#{quote_id} ", typed=WORD)
    rerun(page, main.get_by_role("button", name=_tr("moderation.one_approved"), exact=True).click)
    notice = main.get_by_test_id("stAlert").filter(has_text=_tr("common.status_approved"))
    expect(notice).to_be_visible()
    assert _stored(server) == [(quote_id, "approved")]
    assert exceptions(page) == []

    # 3. The wall: the approved quote is there, text and praised agent.
    go_to(page, _tr("nav.wall"))
    filters = open_filters(page, LANG)
    filters.get_by_label(_tr("ui.search")).fill(WORD)
    rerun(page, filters.get_by_role("button", name=_tr("ui.apply")).click)
    card = main.locator(f'article[data-quote-id="{quote_id}"]').first
    expect(card).to_contain_text(TEXT)
    expect(card).to_contain_text(agent.first_name)
    assert exceptions(page) == []


def test_choosing_yourself_fills_in_the_agent(page: Page, server: Server) -> None:
    """The submit page promises: type your handle under "I am" and the form fills itself in."""
    agent = _agent(server)
    open_page(page, server.url("submit", LANG))
    sidebar = page.get_by_test_id("stSidebar")
    sign_in(page, sidebar, agent.handle)

    agent_box = page.get_by_test_id("stMain").get_by_role("combobox", name=_tr("submit.agent"))
    expect(agent_box).to_have_value(re.compile(re.escape(agent.full_name)))


def test_signing_in_holds_across_pages(page: Page, server: Server) -> None:
    """Typed once, the handle stays while moving between pages (and lists nobody else)."""
    agent = _agent(server)
    open_page(page, server.url("wall", LANG))
    sidebar = page.get_by_test_id("stSidebar")
    sign_in(page, sidebar, agent.handle)
    go_to(page, _tr("nav.recognition"))
    expect(sidebar.get_by_role("textbox", name=_tr("ui.i_am"))).to_have_value(agent.handle)
    main = page.get_by_test_id("stMain")
    expect(
        main.get_by_role("heading", name=_tr("recognition.wall_of", name=agent.full_name))
    ).to_be_visible()
    assert exceptions(page) == []
