"""The main flow in Chromium: an agent submits a quote, a lead approves it, the wall shows it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from feedback.demo.seed import DEMO_PASSWORD
from feedback.i18n import t
from feedback.store.directory import AgentInfo, read_directory
from feedback.store.models import Quote
from feedback.store.open import open_store
from feedback.store.users import find_user
from tests.e2e.accounts import sign_in_cookie
from tests.e2e.driving import (
    choose,
    exceptions,
    go_to,
    numbered_message,
    open_filters,
    open_page,
    rerun,
    wait_ready,
)
from tests.e2e.server import (
    Server,
)
from tests.e2e.stored import quotes_containing

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# A made-up word, so the new quote can be found among the demo quotes.
WORD = "Sternschnuppenservice"
TEXT = f"Vielen Dank für den {WORD}, Sie haben mir heute Abend wirklich den Tag gerettet!"
LANG = "en"
# Another made-up word, for the quote that is only typed, never saved.
TYPED = "Tippvorschauwunder"


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


def _agent_of(server: Server, username: str) -> AgentInfo:
    """The agent record linked to the demo account ``username``."""
    engine = open_store(server.database_url)
    try:
        account = find_user(engine, username)
        assert account is not None
        assert account.agent_id is not None
        return read_directory(engine).agents[account.agent_id]
    finally:
        engine.dispose()


def sign_in_with_form(page: Page, username: str, password: str = DEMO_PASSWORD) -> None:
    """Fill in the sign-in form and press the button, as a person would."""
    main = page.get_by_test_id("stMain")
    main.get_by_label(_tr("auth.username")).fill(username)
    main.get_by_label(_tr("auth.password"), exact=True).fill(password)
    rerun(page, main.get_by_role("button", name=_tr("auth.sign_in"), exact=True).click)


def sign_out(page: Page) -> None:
    """Sign out and wait for the sign-in form: signing out changes the page set, and the run
    that draws the form may not count as a finished run (a CI run timed out waiting for the
    counter with the form drawn; the same as in test_oidc.py), so the form itself is awaited."""
    page.get_by_test_id("stSidebar").get_by_role("button", name=_tr("auth.sign_out")).click()
    main = page.get_by_test_id("stMain")
    expect(main.get_by_label(_tr("auth.username"))).to_be_visible()
    wait_ready(page)


def as_user(page: Page, server: Server, username: str) -> None:
    page.context.clear_cookies()
    sign_in_cookie(page.context, server, username)


def test_submit_then_approve_then_see_it_on_the_wall(page: Page, server: Server) -> None:
    agent = _agent_of(server, "demo.agent")
    as_user(page, server, "demo.agent")
    open_page(page, server.url("submit", LANG))
    main = page.get_by_test_id("stMain")

    # 1. Submit as the agent: the form is filled in for them; the preview shows what is stored.
    agent_box = main.get_by_role("combobox", name=_tr("submit.agent"))
    expect(agent_box).to_have_value(re.compile(re.escape(agent.full_name)))
    text_box = main.get_by_label(_tr("submit.text"))
    text_box.fill(TEXT)
    rerun(page, lambda: text_box.press("Control+Enter"))
    expect(main.get_by_text(_tr("submit.preview"))).to_be_visible()
    rerun(page, main.get_by_role("button", name=_tr("submit.save")).click)
    # The confirmation, not the end of a run, tells that the save went through.
    saved = numbered_message("submit.saved_pending", LANG, "quote_id")
    expect(main.get_by_text(saved)).to_be_visible()

    stored = _stored(server)
    assert [status for _, status in stored] == ["pending"], stored
    quote_id = stored[0][0]
    expect(main.get_by_text(_tr("submit.saved_pending", quote_id=quote_id))).to_be_visible()
    assert exceptions(page) == []
    # An agent's navigation has no moderation.
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_text(_tr("nav.moderation"), exact=True)).to_have_count(0)

    # 2. Moderate: the agent signs out, the lead of the agent's team signs in with the form.
    sign_out(page)
    sign_in_with_form(page, "demo.lead")
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


def test_signing_in_holds_across_pages_and_reloads(page: Page, server: Server) -> None:
    """Signed in once with the form, the session holds on other pages and after a reload."""
    page.context.clear_cookies()
    open_page(page, server.url("recognition", LANG))
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text(_tr("auth.sign_in_needed"))).to_be_visible()
    sign_in_with_form(page, "demo.agent")
    agent = _agent_of(server, "demo.agent")
    heading = main.get_by_role("heading", name=_tr("recognition.wall_of", name=agent.full_name))
    expect(heading).to_be_visible()
    go_to(page, _tr("nav.wall"))
    open_page(page, server.url("recognition", LANG))  # a reload: a new Streamlit session
    expect(heading).to_be_visible()
    assert exceptions(page) == []


def test_the_preview_follows_typing_without_leaving_the_box(page: Page, server: Server) -> None:
    as_user(page, server, "demo.agent")
    open_page(page, server.url("submit", LANG))
    main = page.get_by_test_id("stMain")
    text_box = main.get_by_label(_tr("submit.text"))
    text_box.click()
    # Typed key by key, as a person types; the box is never left and Ctrl+Enter never pressed.
    text_box.press_sequentially(f"Danke für die {TYPED}! Ruf mich an: 0171 2345678", delay=15)
    preview = main.get_by_text(_tr("submit.preview"), exact=True)
    expect(preview).to_be_visible()
    # The preview shows the redaction of what was typed so far ...
    expect(main.get_by_text(_tr("submit.redacted_note_one"))).to_be_visible()
    # ... while the box keeps its focus and every typed character, and more can be typed.
    assert text_box.evaluate("(box) => box === document.activeElement")
    text_box.press_sequentially(" Tschüss", delay=15)
    expect(text_box).to_have_value(re.compile(r"0171 2345678 Tschüss$"))
    assert quotes_containing(server, TYPED) == [], "typing saved nothing"
    assert exceptions(page) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_reload_mid_form_keeps_the_typed_text_until_it_is_saved(
    page: Page, server: Server, lang: str
) -> None:
    """A reload (or a lost connection) starts a new session with an empty form: the text the
    agent had typed came back from nowhere and was lost. The tab keeps it until it is saved."""
    word = f"Neuladegeduld{lang}"
    as_user(page, server, "demo.agent")
    open_page(page, server.url("submit", lang))
    main = page.get_by_test_id("stMain")
    text_box = main.get_by_label(t("submit.text", lang))
    text_box.click()
    text_box.press_sequentially(f"Danke für die {word}, super Beratung!", delay=10)

    open_page(page, server.url("submit", lang))  # the reload
    expect(text_box).to_have_value(f"Danke für die {word}, super Beratung!")
    expect(main.get_by_text(t("submit.draft_restored", lang))).to_be_visible()
    # Once saved, the draft is gone: a reload shows an empty form, not the saved quote again.
    rerun(page, main.get_by_role("button", name=t("submit.save", lang)).click)
    expect(
        main.get_by_text(numbered_message("submit.saved_pending", lang, "quote_id"))
    ).to_be_visible()
    open_page(page, server.url("submit", lang))
    expect(text_box).to_have_value("")
    assert len(quotes_containing(server, word)) == 1
    # Another account in the same tab never gets someone else's draft.
    text_box.click()
    text_box.press_sequentially(f"Noch ein {word}, danke!", delay=10)
    as_user(page, server, "demo.lead")
    open_page(page, server.url("submit", lang))
    expect(text_box).to_have_value("")
    assert exceptions(page) == []


def _drafts(page: Page) -> list[str]:
    keys = page.evaluate(
        "() => Object.keys(sessionStorage).filter((k) => k.startsWith('lovewall.draft.'))"
    )
    return [str(key) for key in keys]


def test_signing_out_takes_the_draft_out_of_the_tab(page: Page, server: Server) -> None:
    """On a shared PC the next person finds the tab: the text as typed (a customer's name or
    number, before redaction) must not wait in its storage after the agent signed out."""
    as_user(page, server, "demo.agent")
    open_page(page, server.url("submit", LANG))
    main = page.get_by_test_id("stMain")
    text_box = main.get_by_label(_tr("submit.text"))
    text_box.click()
    text_box.press_sequentially("Danke, Frau Geteiltpc, Tel. 0171 2345678!", delay=10)
    page.wait_for_function(
        "() => Object.keys(sessionStorage).some((k) => k.startsWith('lovewall.draft.'))"
    )
    assert len(_drafts(page)) == 1
    rerun(page, lambda: text_box.press("Control+Enter"))  # the text committed, still a draft
    assert len(_drafts(page)) == 1

    sign_out(page)

    page.wait_for_function(
        "() => !Object.keys(sessionStorage).some((k) => k.startsWith('lovewall.draft.'))"
    )
    assert _drafts(page) == []
    assert "Geteiltpc" not in str(page.evaluate("() => JSON.stringify(sessionStorage)"))
    assert exceptions(page) == []
