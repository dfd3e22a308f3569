"""Moderation page: single and bulk status changes, edits, flags — checked in the database."""

from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from streamlit.testing.v1 import AppTest

from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft
from feedback.i18n import t
from feedback.store.audit import audit_frame
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from feedback.ui.moderation import EDIT_OPEN
from tests.conftest import TODAY
from tests.html_tables import read_table
from tests.pages.conftest import open_page, signed_in_app

LEAD = "demo.admin"  # the signed-in account the audit log names (admins moderate every team)


def _moderation(role: str = "admin", editing: bool = True) -> AppTest:
    """The page as ``role``; with ``editing``, the edit expander opened (drawn only while
    open), as a moderator who changes texts leaves it."""
    at = signed_in_app(role)
    at.query_params["lang"] = "de"
    at.run()
    at.switch_page("pages/moderation.py")
    at.run()
    if editing:
        assert not at.text_area, "closed: no text box drawn"
        at.session_state[EDIT_OPEN] = True
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _history(at: AppTest) -> pd.DataFrame:
    """The chosen quote's history as the page draws it (an HTML table), under its headers."""
    table, tags = read_table("".join(h.value for h in at.html), "lw-history")
    assert set(tags) <= {"div", "table", "thead", "tbody", "tr", "th", "td"}
    return table


def _status(engine, quote_id: object) -> str:
    with Session(engine) as session:
        return session.get_one(Quote, quote_id).status


def _pending_ids(engine) -> list[int]:
    with Session(engine) as session:
        return list(session.scalars(select(Quote.id).where(Quote.status == "pending")))


def test_queue_lists_pending_quotes_with_flags(store):
    at = _moderation()
    table = at.data_editor[0].value
    pending = set(_pending_ids(store))
    assert pending
    assert set(table["id"]) <= pending
    flagged = table[table["flag"]]
    assert flagged["sentiment"].str.contains("negativ|gemischt").all()
    # Newest first: the lead finds what came in today at the top.
    assert table["id"].tolist() == sorted(table["id"].tolist(), reverse=True)


def test_a_quote_handed_in_today_is_on_top_with_a_count_and_a_locale_score(store):
    directory = read_directory(store)
    agent = next(a for a in directory.agents.values() if a.consent_named)
    draft = QuoteDraft(
        text="Ganz herzlichen Dank für die tolle Beratung heute Morgen!",
        channel="phone",
        said_on=TODAY - dt.timedelta(days=20),  # said long ago, handed in just now
        submitted_by="demo.agent",
        agent_id=agent.id,
    )
    (result,) = submit_many(store, [draft])
    at = _moderation()
    table = at.data_editor[0].value
    assert table.loc[0, "id"] == result.quote_id
    assert table.loc[0, "new"] == t("moderation.new_today", "de")
    fresh = (table["new"] != "").sum()
    shown = [m.value for m in at.markdown]
    assert t("moderation.new_caption", "de", count=fresh) in shown
    assert re.fullmatch(r"[+-]\d,\d\d", str(table.loc[0, "score"]))  # "+0,87": a decimal comma


def test_a_page_opened_right_after_another_process_wrote_shows_the_write(store):
    """The app reads the data versions at most once a second for its cached calls; a page
    opened just after a commit elsewhere must still not get the list cached before it."""
    first = _moderation()
    before = first.data_editor[0].value["id"].tolist()
    agent = next(iter(read_directory(store).agents.values()))
    draft = QuoteDraft(
        text="Danke für die rasche Hilfe am Telefon, wirklich toll!",
        channel="phone",
        said_on=TODAY,
        submitted_by="demo.agent",
        agent_id=agent.id,
    )
    (result,) = submit_many(store, [draft])  # as the CLI or an importer would, not the page
    table = _moderation().data_editor[0].value
    assert result.quote_id not in before
    assert table.loc[0, "id"] == result.quote_id


def test_approve_one_changes_status_and_writes_audit(store):
    at = _moderation()
    quote_id = at.selectbox(key="moderation_pick").value
    assert _status(store, quote_id) == "pending"

    at.button(key="one_approved").click().run()

    assert not at.exception
    assert _status(store, quote_id) == "approved"
    audit = audit_frame(store, entity="quote", entity_id=quote_id)
    latest = audit.iloc[0]
    assert (latest["actor"], latest["action"]) == (LEAD, "status")
    assert latest["changes"] == {"status": ["pending", "approved"]}
    # Caches were cleared: the approved quote left the pending queue at once.
    assert quote_id not in set(at.data_editor[0].value["id"])
    (notice,) = [s.value for s in at.success]
    assert f"Zitat Nr. {quote_id}" in notice
    assert notice.endswith(f"ist jetzt „{t('common.status_approved', 'de')}“.")


def test_bulk_approve_changes_every_ticked_quote(store):
    at = _moderation()
    table = at.data_editor[0].value
    chosen = table["id"].iloc[:3].tolist()
    at.session_state["queue_0"] = {
        "edited_rows": {0: {"select": True}, 1: {"select": True}, 2: {"select": True}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    at.button(key="bulk_approved").click().run()

    assert not at.exception
    assert [_status(store, qid) for qid in chosen] == ["approved"] * 3
    for qid in chosen:
        assert audit_frame(store, entity="quote", entity_id=qid).iloc[0]["actor"] == LEAD
    remaining = set(at.data_editor[0].value["id"])
    assert not remaining & set(chosen)


def test_reject_and_archive(store):
    at = _moderation()
    first = at.selectbox(key="moderation_pick").value
    at.button(key="one_rejected").click().run()
    second = at.selectbox(key="moderation_pick").value
    at.button(key="one_archived").click().run()
    assert (_status(store, first), _status(store, second)) == ("rejected", "archived")


def test_edit_redacts_again_and_is_audited(store):
    at = _moderation()
    quote_id = at.selectbox(key="moderation_pick").value
    with Session(store) as session:
        before = session.get_one(Quote, quote_id).text
    new_text = "Thank you so much! Write to me at max.mustermann@example.com any time."

    at.text_area[0].set_value(new_text)
    at.button[[b.label for b in at.button].index(t("moderation.edit_save", "de"))].click().run()

    assert not at.exception, [e.value for e in at.exception]
    with Session(store) as session:
        quote = session.get_one(Quote, quote_id)
        assert "max.mustermann" not in quote.text
        assert "[EMAIL]" in quote.text
        assert [r["kind"] for r in quote.redactions] == ["email"]
        assert quote.analysis is not None
    edit = audit_frame(store, entity="quote", entity_id=quote_id).iloc[0]
    assert (edit["action"], edit["actor"]) == ("edit", LEAD)
    assert edit["changes"] == {"text_chars": [len(before), len(quote.text)]}


def test_the_edit_box_explains_the_placeholders_it_shows(store):
    at = _moderation()
    quote_id = at.selectbox(key="moderation_pick").value
    hint = t("moderation.edit_placeholders", "de", tokens="").split(":")[0]
    assert not [c for c in at.caption if c.value.startswith(hint)], "no placeholder, no hint"
    at.text_area[0].set_value("Danke! Rufen Sie mich an: 0171 2345678 oder max@example.com.")
    at.button[[b.label for b in at.button].index(t("moderation.edit_save", "de"))].click().run()
    at.selectbox(key="moderation_pick").set_value(quote_id).run()

    assert "[PHONE]" in str(at.text_area[0].value)
    (caption,) = [c.value for c in at.caption if c.value.startswith(hint)]
    assert "`[PHONE]` = Telefonnummer, `[EMAIL]` = E-Mail-Adresse" in caption


def test_a_lead_sees_only_the_teams_they_lead(store):
    from feedback.store.users import find_user

    lead = find_user(store, "demo.lead")
    assert lead is not None
    assert lead.team_ids
    at = _moderation("lead")
    shown = [int(i) for i in at.data_editor[0].value["id"]]
    assert shown, "the lead's team has pending quotes in the demo data"
    with Session(store) as session:
        teams = {session.get_one(Quote, qid).team_id for qid in shown}
    assert teams <= set(lead.team_ids)


@pytest.mark.parametrize("role", ["lead", "admin"])
def test_the_agent_filter_names_other_teams_agents_only_with_consent(store, role):
    from feedback.store.users import find_user

    lead = find_user(store, "demo.lead")
    assert lead is not None
    directory = read_directory(store)
    others = {
        a.full_name
        for a in directory.agents.values()
        if a.team_id not in lead.team_ids and not a.consent_named
    }
    own = {a.full_name for a in directory.agents.values() if a.team_id in lead.team_ids}
    assert others, "the demo has agents without consent in other teams"
    at = _moderation(role)
    agent_filter = next(m for m in at.multiselect if m.label == t("ui.agent", "de"))
    offered = set(agent_filter.options)
    assert own <= offered  # a lead moderates their own team, consent or not
    assert bool(others & offered) is (role == "admin")


def test_quote_text_is_shown_escaped_in_the_highlight(store):
    at = _moderation()
    quote_id = at.selectbox(key="moderation_pick").value
    at.text_area[0].set_value("Danke <b>Team</b> <script>alert(1)</script>!")
    at.button[[b.label for b in at.button].index(t("moderation.edit_save", "de"))].click().run()
    at.selectbox(key="moderation_pick").set_value(quote_id).run()
    shown = " ".join(h.value for h in at.html)
    # The highlight may mark words inside the text ("&lt;<mark …>script</mark>&gt;").
    unmarked = re.sub(r"</?mark[^>]*>", "", shown)
    assert "&lt;script&gt;" in unmarked
    assert "<script>" not in shown


def test_the_history_is_in_the_readers_time_zone_and_says_which(store):
    at = _moderation(editing=False)
    history = _history(at)
    # AppTest has no browser to ask: the contact centre's zone, named in the header.
    # By its city, as people name it ("Zeit (Berlin)"), not by its id "Europe/Berlin".
    assert history.columns.tolist() == ["Zeit (Berlin)", "Wer", "Aktion", "Änderung"]
    history.columns = ["at", "actor", "action", "change"]
    # One date style with the rest of the app: "05.12.2026", not "05.12.26".
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d:\d\d", history.iloc[-1]["at"])
    assert not at.dataframe[1:], "the queue is the page's one grid"
    created = history.iloc[-1]
    assert created["action"] == t("moderation.action_create", "de")
    assert "Kanal: " in created["change"]
    assert not re.search(r"Kanal: (email|chat|phone|sms)\b", created["change"])


def test_an_empty_filtered_queue_does_not_claim_all_is_done(store):
    at = open_page("pages/moderation.py", q="Zzzxqy")  # a search nothing matches
    assert not at.exception
    status = t("common.status_pending", "de")
    assert [i.value for i in at.info] == [t("moderation.empty_selection", "de", status=status)]


def test_in_works_council_mode_the_history_names_people_by_role_only(store):
    """Who handed a quote in and who moderated it: in works-council mode by role, as on the
    audit page, never by account name or agent handle."""
    from feedback.store.settings import AppSettings, load_settings, save_settings

    new = load_settings(store).model_copy(update={"works_council_mode": True})
    save_settings(store, AppSettings.model_validate(new.model_dump()), actor="test")
    at = _moderation()
    quote_id = at.selectbox(key="moderation_pick").value
    at.text_area[0].set_value(f"{at.text_area[0].value} Danke!")
    at.button[[b.label for b in at.button].index(t("moderation.edit_save", "de"))].click().run()
    at.selectbox(key="moderation_pick").set_value(quote_id).run()

    actors = audit_frame(store, entity="quote", entity_id=quote_id)["actor"].tolist()
    assert LEAD in actors, "an edited quote"
    assert len(set(actors)) > 1, "handed in by someone else"
    shown = _history(at).iloc[:, 1].tolist()
    handles = {a.handle for a in read_directory(store).agents.values()}
    assert not (set(shown) & (handles | {LEAD}))
    assert shown[0] == "Administration (Name verborgen)"
    # Who handed it in: an agent's account by role, or, for an imported quote (which quote is
    # first depends on the calendar day), its source, which names nobody.
    assert shown[-1] == "Agent (Name verborgen)" or shown[-1].startswith("Import (")


def test_a_bulk_reject_can_be_undone_from_its_notice(store):
    at = _moderation()
    chosen = at.data_editor[0].value["id"].iloc[:2].tolist()
    at.session_state["queue_0"] = {
        "edited_rows": {0: {"select": True}, 1: {"select": True}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    at.button(key="bulk_rejected").click().run()
    assert [_status(store, qid) for qid in chosen] == ["rejected"] * 2

    at.button(key="moderation_undo").click().run()

    assert not at.exception
    assert [_status(store, qid) for qid in chosen] == ["pending"] * 2
    status = t("common.status_pending", "de")
    assert [s.value for s in at.success] == [t("moderation.undone", "de", count=2, status=status)]
    assert set(chosen) <= set(at.data_editor[0].value["id"])  # back in the queue
    # Both moves are in the quote's history, by the lead.
    history = audit_frame(store, entity="quote", entity_id=chosen[0])
    assert history.iloc[0]["changes"] == {"status": ["rejected", "pending"]}
    assert history.iloc[0]["actor"] == LEAD
    # The undo is offered once, with the notice of the change it takes back.
    assert not [b for b in at.button if b.key == "moderation_undo"]


def test_a_single_approval_offers_undo_back_to_the_queue(store):
    at = _moderation()
    quote_id = at.selectbox(key="moderation_pick").value
    at.button(key="one_approved").click().run()
    assert _status(store, quote_id) == "approved"
    at.button(key="moderation_undo").click().run()
    assert _status(store, quote_id) == "pending"


# The main area's width on a 1366-px laptop with the sidebar open (measured in Chromium).
LAPTOP_MAIN_PX = 906


def test_on_a_laptop_the_queue_shows_the_quote_text_without_scrolling_sideways(store):
    """The text was the last column, after 830 px of others: a dozen letters of each quote."""
    assert LAPTOP_MAIN_PX - _width_before_text() >= 300


# The main area's width on a 390-px phone (the sidebar folds away; Streamlit's padding).
PHONE_MAIN_PX = 358


def test_on_a_phone_the_queue_starts_the_quote_text_on_screen(store):
    """The text came after the "who" column (240 px): on a phone it started off-screen."""
    assert PHONE_MAIN_PX - _width_before_text() >= 150


def _width_before_text() -> int:
    """Pixels of the queue's columns before the quote text."""
    editor = _moderation().data_editor[0].proto
    columns = json.loads(editor.columns)
    order = list(editor.column_order)
    return sum(int(columns[name]["width"]) for name in order[: order.index("text")])


def test_a_single_rejection_names_the_quote_it_rejected_and_its_undo_too(store):
    # "1 Zitat auf „Abgelehnt“ gesetzt." did not say which: the next quote was already shown.
    at = _moderation()
    quote_id = at.selectbox(key="moderation_pick").value
    with Session(store) as session:
        text = session.get_one(Quote, quote_id).text
    first_words = re.findall(r"\w+", text)[:2]

    at.button(key="one_rejected").click().run()

    (notice,) = [s.value for s in at.success]
    assert f"Nr. {quote_id}" in notice
    assert all(word in notice for word in first_words), (first_words, notice)
    assert t("common.status_rejected", "de") in notice
    at.button(key="moderation_undo").click().run()
    (undone,) = [s.value for s in at.success]
    assert f"Nr. {quote_id}" in undone
    assert t("common.status_pending", "de") in undone
