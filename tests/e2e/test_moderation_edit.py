"""Moderation in Chromium: after an edit, the buttons still act on the quote on screen.

The quote picker's labels begin with the quote's text, and the browser sends a choice back by
its label. An edit changed the label, the old one matched nothing, and the next click approved
the first quote of the queue instead of the edited one.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from feedback.i18n import t
from feedback.store.directory import read_directory
from feedback.store.open import open_store
from tests.e2e.driving import choose, exceptions, open_expander, open_page, rerun
from tests.e2e.server import Server
from tests.e2e.stored import quotes_containing, submit_pending

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LANG = "de"
# Made-up words, so the two quotes are found among the demo quotes.
EDITED = "Wolkenkuckucksheimservice"
OTHER = "Maulwurfhügelberatung"


def _agent_id(server: Server) -> int:
    engine = open_store(server.database_url)
    try:
        return min(a.id for a in read_directory(engine).agents.values() if a.consent_named)
    finally:
        engine.dispose()


def test_approving_an_edited_quote_approves_that_quote(page: Page, server: Server) -> None:
    agent = _agent_id(server)
    edited_id = submit_pending(server, f"Danke für den {EDITED}, sehr hilfreich!", agent)
    # Handed in later: the newest, so the first in the queue and the picker's default.
    other_id = submit_pending(server, f"Danke für die {OTHER}, sehr nett!", agent)
    open_page(page, server.url("moderation", LANG))
    main = page.get_by_test_id("stMain")
    pick = main.get_by_role("combobox", name=t("moderation.pick_quote", LANG))
    expect(pick).to_have_value(f"#{other_id} · Danke für die {OTHER}, sehr nett!")
    choose(page, pick, f"#{edited_id}", typed=EDITED)

    open_expander(page, t("moderation.edit_open", LANG))
    box = main.get_by_label(t("moderation.edit_label", LANG))
    box.fill(f"<b>Danke</b> für den {EDITED}, wirklich sehr hilfreich!")
    rerun(page, main.get_by_role("button", name=t("moderation.edit_save", LANG)).click)
    expect(main.get_by_text(t("moderation.edit_done", LANG))).to_be_visible()
    expect(pick).to_have_value(re.compile(rf"^#{edited_id} · <b>Danke</b> für den {EDITED}"))
    approve = main.get_by_role("button", name=t("moderation.one_approved", LANG), exact=True)
    rerun(page, approve.click)

    notice = main.get_by_test_id("stAlert").filter(has_text=f"Nr. {edited_id}")
    expect(notice).to_be_visible()
    assert quotes_containing(server, EDITED) == [(edited_id, "approved")]
    assert quotes_containing(server, OTHER) == [(other_id, "pending")]
    assert exceptions(page) == []
