"""The submit page through dashboard.py: live preview, validation, saving, pasting several."""

from __future__ import annotations

import json

import pandas as pd
import pytest
import streamlit as st
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from feedback.collect.edit import set_status
from feedback.domain import Status
from feedback.i18n import t
from feedback.render.plain import markdown_literal
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from tests.pages.conftest import open_page
from tests.pages.test_wall_page import english_by_default


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    """AppTest looks up ``format_func`` labels outside the run, in Streamlit's bare-mode session
    state, which outlives a test; the shared sidebar caches the UI language there."""
    st.session_state.clear()


ALL = QuoteFilter(statuses=())


def stored(store: Engine) -> pd.DataFrame:
    return quotes_frame(store, ALL)


def button(at: AppTest, key: str, lang: str = "de"):
    return next(b for b in at.button if b.label == t(key, lang))


def agent_id(store: Engine) -> int:
    return next(a.id for a in read_directory(store).agents.values() if a.consent_named)


def test_the_preview_shows_redactions_before_anything_is_stored(store):
    before = len(stored(store))
    at = open_page("pages/submit.py")
    at.text_area(key="submit_one_text").input("Danke! Schreiben Sie mir an max@example.org").run()

    preview = "".join(h.proto.body for h in at.html)
    # the placeholder in words, as moderation and the wall show it, on one line
    assert (
        '<mark class="lw-redacted" title="E-Mail-Adresse"><span class="lw-ph" '
        'style="white-space:nowrap">[E-Mail-Adresse]</span></mark>'
    ) in preview
    assert "[EMAIL]" not in preview
    assert "max@example.org" not in preview
    assert t("submit.sentiment", "de") in preview
    assert len(stored(store)) == before


def test_saving_stores_the_redacted_quote_and_clears_the_form(store):
    agent = agent_id(store)
    at = open_page("pages/submit.py")
    at.text_area(key="submit_one_text").input("Vielen Dank! Rufen Sie mich an: 0171 2345678 🙏")
    at.selectbox(key="submit_one_agent").set_value(agent)
    at.selectbox(key="submit_one_channel").set_value("phone").run()
    at.radio(key="submit_one_verbatim").set_value(False)
    button(at, "submit.save").click()
    at.run()

    newest = stored(store).sort_values("id").iloc[-1]
    assert newest["text"] == "Vielen Dank! Rufen Sie mich an: [PHONE] 🙏"
    assert (newest["status"], newest["agent_id"], newest["channel"]) == ("pending", agent, "phone")
    assert newest["verbatim"] == False  # noqa: E712 - numpy bool
    assert "wartet jetzt auf die Freigabe" in at.success[0].value
    assert any(
        link.proto.page.endswith("wall") or "wall" in link.proto.page
        for link in at.get("page_link")
    )
    assert at.text_area(key="submit_one_text").value == ""  # nothing stale stays in the form
    # The next quote most likely comes in the same way: the channel stays.
    assert at.selectbox(key="submit_one_channel").value == "phone"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_validation_messages_appear_in_the_chosen_language(store, lang):
    if lang == "en":
        english_by_default(store)
    at = open_page("pages/submit.py", lang)
    at.selectbox(key="submit_one_agent").set_value(0)
    button(at, "submit.save", lang).click()
    at.run()
    errors = [e.value for e in at.error]  # markdown: every punctuation mark escaped
    assert markdown_literal(t("validation.empty_text", lang)) in errors
    assert markdown_literal(t("validation.missing_recipient", lang)) in errors


def test_a_duplicate_is_announced_before_saving(store):
    existing = stored(store).dropna(subset=["agent_id"]).iloc[0]
    english_by_default(store)
    at = open_page("pages/submit.py", "en")
    at.text_area(key="submit_one_text").input(existing["text"])
    at.selectbox(key="submit_one_agent").set_value(int(existing["agent_id"]))
    at.selectbox(key="submit_one_team").set_value(int(existing["team_id"])).run()

    assert any(f"no. {existing['id']}" in w.value for w in at.warning)


def test_a_pasted_text_over_the_limit_reaches_the_form_and_is_named_too_long(store):
    """Browser walk: with max_chars on the box, Chromium dropped a 2,001-character paste whole
    and silently; the empty box then made "save" ask for a text. The boxes take any length,
    and the preview names the length and the limit."""
    at = open_page("pages/submit.py")
    for key in ("submit_one_text", "submit_many_text"):
        assert at.text_area(key=key).proto.max_chars == 0  # 0: no limit in the browser
    at.text_area(key="submit_one_text").input("Danke " + "A" * 2500).run()

    too_long = t("validation.text_too_long", "de", length="2.506", limit="2.000")
    assert markdown_literal(too_long) in [e.value for e in at.error]
    assert markdown_literal(t("validation.empty_text", "de")) not in [e.value for e in at.error]


def test_paste_several_stores_each_block_and_keeps_the_rejected_ones(store):
    before = len(stored(store))
    at = open_page("pages/submit.py")
    at.text_area(key="submit_many_text").input(
        "Erstes Dankeschön, super Beratung!\n\nZweites: sehr geduldig.\n\n"
        "Drittes mit Zeilen-\numbruch.\n\nZweites: sehr geduldig."
    )
    at.selectbox(key="submit_many_agent").set_value(agent_id(store))
    button(at, "submit.many_save").click()
    at.run()

    assert len(stored(store)) == before + 3
    table = at.dataframe[-1].value  # after the list of one's own quotes in the first tab
    assert len(table) == 4
    assert str(table.iloc[3, 1]).startswith("⛔")
    assert "3 gespeichert, 1 abgelehnt" in [m.value for m in at.markdown][-1]
    assert at.text_area(key="submit_many_text").value == "Zweites: sehr geduldig."
    # the reason in full, outside the table (which cuts it off on a phone)
    why = at.error[-1].value.replace("\\", "")  # markdown escapes, shown as typed
    assert why.startswith("- Nr. 4: nicht gespeichert: Dasselbe Zitat")
    assert why.endswith("(#2).")
    assert "\n" not in why  # one rejected block, one line


# What the help of the "paste several" box must say, in each language, about the two rules
# the paste follows (a blank line separates; a single break becomes a space).
MANY_HELP_RULES = {
    "de": ("Leerzeile", "Zeilenumbruch", "wird zu einem Leerzeichen"),
    "en": ("blank line", "line break", "becomes a space"),
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_paste_help_says_what_happens_to_a_line_break_inside_a_quote(store, lang):
    # The help promised that line breaks inside a quote are kept; normalising joins a single
    # break into a space (only a blank line survives, and that separates two quotes here).
    before = set(stored(store)["id"])
    at = open_page("pages/submit.py", lang)
    box = at.text_area(key="submit_many_text")
    box.input("Erste Zeile des Lobs,\nzweite Zeile des Lobs.\n\nEin zweites, kurzes Lob.")
    at.selectbox(key="submit_many_agent").set_value(agent_id(store))
    button(at, "submit.many_save", lang).click()
    at.run()

    new = stored(store)
    texts = sorted(new[~new["id"].isin(before)]["text"])
    assert texts == ["Ein zweites, kurzes Lob.", "Erste Zeile des Lobs, zweite Zeile des Lobs."]
    help_text = at.text_area(key="submit_many_text").help
    assert all(rule in help_text for rule in MANY_HELP_RULES[lang]), help_text


def test_opening_the_page_warms_the_analyser_up_in_the_background(store_url):
    from feedback.ui import resources

    at = open_page("pages/submit.py")

    assert not at.exception
    thread = resources.warm_analyser()  # the one the page started (cached per process)
    assert thread.name == "analyser-warm-up"
    assert thread.daemon
    thread.join(timeout=120)
    assert not thread.is_alive()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_save_the_store_refuses_says_so_and_keeps_the_quote(store, lang):
    """The store itself fails (a trigger aborts every new quote, as a full disk or a lost
    connection would): the page says that nothing was stored, in the user's language, and
    keeps the text for another try."""
    if lang == "en":
        english_by_default(store)
    with store.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON quotes BEGIN SELECT RAISE(FAIL, 'no'); END"
        )
    before = len(stored(store))
    at = open_page("pages/submit.py", lang)
    text = "Danke, Sie haben mir so schnell geholfen!"
    at.text_area(key="submit_one_text").input(text)
    at.selectbox(key="submit_one_agent").set_value(agent_id(store)).run()
    assert not at.error
    button(at, "submit.save", lang).click()
    at.run()

    failed = markdown_literal(t("validation.storage_failed", lang, reason="\x00").split("\x00")[0])
    assert [e.value for e in at.error if e.value.startswith(failed)], [e.value for e in at.error]
    assert not at.success
    assert at.text_area(key="submit_one_text").value == text
    assert len(stored(store)) == before
    # Typing on: the message belongs to the text that failed and gives way.
    at.text_area(key="submit_one_text").input(text + " Wirklich!").run()
    assert not [e.value for e in at.error if e.value.startswith(failed)]


def test_a_link_from_the_other_language_opens_the_same_tab(store_url):
    at = open_page("pages/submit.py", "de", submit_mode=t("submit.mode_many", "en"))
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["submit_mode"] == t("submit.mode_many", "de")


def test_a_second_press_right_after_saving_is_no_error(store):
    """A double tap on "save" sends the click twice: the second finds the form already
    emptied by the first. It used to show "please enter the text" under the success."""
    at = open_page("pages/submit.py")
    at.text_area(key="submit_one_text").input("Vielen Dank für die schnelle Hilfe am Telefon!")
    at.selectbox(key="submit_one_agent").set_value(agent_id(store)).run()
    before = len(stored(store))
    button(at, "submit.save").click()
    at.run()
    button(at, "submit.save").click()
    at.run()

    assert len(stored(store)) == before + 1
    assert not at.error
    assert "wartet jetzt auf die Freigabe" in at.success[0].value
    # The next save of an empty form is an error again once someone types and clears it.
    at.text_area(key="submit_one_text").input("x").run()
    at.text_area(key="submit_one_text").input("").run()
    button(at, "submit.save").click()
    at.run()
    assert markdown_literal(t("validation.empty_text", "de")) in [e.value for e in at.error]


def test_the_agent_sees_what_became_of_the_quotes_they_handed_in(store):
    """After saving, the agent had no page that said whether a quote was still waiting or had
    been rejected: the wall shows approved quotes only."""
    at = open_page("pages/submit.py", role="agent")
    at.text_area(key="submit_one_text").input("Tausend Dank für die Statusgeduld, top!").run()
    button(at, "submit.save").click()
    at.run()
    newest = stored(store).sort_values("id").iloc[-1]
    assert newest["submitted_by"] == "demo.agent"

    mine = next(d.value for d in at.dataframe if "status" in d.value.columns)
    first = mine.iloc[0]
    assert (first["id"], first["status"]) == (newest["id"], t("common.status_pending", "de"))
    assert "Statusgeduld" in first["text"]
    assert t("submit.mine_help", "de") in [c.value for c in at.caption]
    # Status and text fit a 390-px phone side by side (358 px inside): a wider text cell ran
    # off the screen, and an Arabic quote, aligned to the cell's right edge, showed its end.
    table = next(d for d in at.dataframe if "status" in d.value.columns)
    widths = json.loads(table.proto.columns)
    assert widths["status"]["width"] + widths["text"]["width"] <= 358

    set_status(store, [int(newest["id"])], Status.REJECTED, actor="demo.lead")
    at = open_page("pages/submit.py", role="agent")
    mine = next(d.value for d in at.dataframe if "status" in d.value.columns)
    assert mine.iloc[0]["status"] == t("common.status_rejected", "de")
    # Nobody else's quotes: the admin handed none in through this store's submit form.
    admin = open_page("pages/submit.py", role="admin")
    assert not [d for d in admin.dataframe if "status" in d.value.columns]


@pytest.mark.parametrize("role", ["lead", "admin", "agent"])
def test_the_agent_picker_names_other_teams_agents_only_with_consent(store, role):
    """A lead's picker listed every agent of the company by full name, other teams' agents
    without consent too; it offers what the moderation filter offers them."""
    from feedback.store.users import find_user

    lead = find_user(store, "demo.lead")
    assert lead is not None
    agents = list(read_directory(store).agents.values())
    others = {a.id for a in agents if a.team_id not in lead.team_ids and not a.consent_named}
    own = {a.id for a in agents if a.team_id in lead.team_ids}
    assert others, "the demo has agents without consent in other teams"
    assert any(not a.consent_named for a in agents if a.id in own), "and in the lead's"
    offered = set(open_page("pages/submit.py", role=role).selectbox(key="submit_one_agent").options)
    names = {a.id: a.full_name for a in agents}
    assert bool({names[i] for i in others} & offered) is (role == "admin")
    if role != "agent":  # an agent sees, as before, those who consented and themselves
        assert {names[i] for i in own} <= offered  # a lead praises their own team, any consent


def test_a_lead_saves_a_quote_for_their_own_teams_agent_without_consent(store):
    from feedback.store.users import find_user

    lead = find_user(store, "demo.lead")
    assert lead is not None
    agent = next(
        a
        for a in read_directory(store).agents.values()
        if a.team_id in lead.team_ids and not a.consent_named and a.active
    )
    at = open_page("pages/submit.py", role="lead")
    at.text_area(key="submit_one_text").input("Herzlichen Dank für die schnelle Hilfe heute!")
    at.selectbox(key="submit_one_agent").set_value(agent.id).run()
    button(at, "submit.save").click()
    at.run()
    newest = stored(store).sort_values("id").iloc[-1]
    assert (newest["agent_id"], newest["submitted_by"]) == (agent.id, "demo.lead")
