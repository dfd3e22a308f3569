"""The submit form's plain logic: pasted blocks, tags, drafts and per-block results."""

from __future__ import annotations

import datetime as dt

import pytest

from feedback.collect.pipeline import Prepared, SubmitResult
from feedback.collect.redact import Finding, Redaction, RedactionKind
from feedback.collect.validate import Problem
from feedback.domain import QuoteDraft
from feedback.insights.submit import (
    FormValues,
    block_outcomes,
    build_draft,
    build_drafts,
    excerpt,
    outcome_rows,
    parse_tags,
    rejection_lines,
    saved_message_key,
    split_blocks,
    summary,
    visible_problems,
)

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("raw", "blocks"),
    [
        ("", []),
        ("   \n\n  ", []),
        ("Danke!", ["Danke!"]),
        ("Eins\n\nZwei", ["Eins", "Zwei"]),
        ("Eins\r\n\r\nZwei\r\n", ["Eins", "Zwei"]),
        ("Eins\n  \t \nZwei", ["Eins", "Zwei"]),  # a line of spaces is blank too
        ("Eins\n\n\n\nZwei\n\n", ["Eins", "Zwei"]),
        ("Zeile 1\nZeile 2\n\nZwei", ["Zeile 1\nZeile 2", "Zwei"]),  # inner breaks stay
        ("  Eins  \n\n", ["Eins"]),
    ],
)
def test_pasted_text_splits_into_blocks_at_blank_lines(raw, blocks):
    assert split_blocks(raw) == blocks


@pytest.mark.parametrize(
    ("raw", "tags"),
    [
        ("", []),
        ("Lob", ["Lob"]),
        ("Lob, Rückruf; lob", ["Lob", "Rückruf"]),
        ("#kulanz ,  # schnell\n", ["kulanz", "schnell"]),
        (" , ;", []),
    ],
)
def test_tags_are_split_trimmed_and_deduplicated(raw, tags):
    assert parse_tags(raw) == tags


def test_a_draft_takes_the_form_values_and_leaves_the_status_to_the_pipeline():
    values = FormValues(
        text="Danke!",
        channel="chat",
        said_on=TODAY,
        agent_id=3,
        tags="a, b",
        rating=5.0,
        rating_scale=5,
        verbatim=False,
    )
    draft = build_draft(values, submitted_by="anna.meier", today=TODAY)
    assert draft == QuoteDraft(
        text="Danke!",
        channel="chat",
        said_on=TODAY,
        submitted_by="anna.meier",
        agent_id=3,
        rating=5.0,
        rating_scale=5,
        tags=["a", "b"],
        verbatim=None,
        status=None,
    )


@pytest.mark.parametrize(
    ("channel", "verbatim"), [("phone", False), ("phone", True), ("sms", None)]
)
def test_verbatim_only_applies_to_phone_quotes(channel, verbatim):
    values = FormValues(text="x", channel=channel, verbatim=False if verbatim is None else verbatim)
    assert build_draft(values, submitted_by="a", today=TODAY).verbatim is verbatim


def test_no_rating_means_no_scale_and_no_date_means_today():
    draft = build_draft(FormValues(text="x", rating_scale=10), submitted_by="a", today=TODAY)
    assert (draft.rating, draft.rating_scale, draft.said_on) == (None, None, TODAY)


def test_every_block_becomes_a_draft_with_the_shared_values():
    drafts = build_drafts(
        ["Eins", "Zwei"],
        FormValues(text="", team_id=4, channel="email"),
        submitted_by="lead",
        today=TODAY,
    )
    assert [d.text for d in drafts] == ["Eins", "Zwei"]
    assert {(d.team_id, d.channel, d.submitted_by) for d in drafts} == {(4, "email", "lead")}


def _prepared(text: str, *problems: Problem, findings: tuple[Finding, ...] = ()) -> Prepared:
    draft = QuoteDraft(text=text, channel="email", said_on=TODAY, submitted_by="a", agent_id=1)
    return Prepared(
        draft=draft,
        text=text,
        redaction=Redaction(text, findings),
        fingerprint="f",
        analysis=None,
        problems=problems,
    )


def test_block_outcomes_say_stored_or_why_not_in_the_ui_language():
    email = Finding(RedactionKind.EMAIL, "a@b.de", "[EMAIL]", 11, 18)
    results = [
        SubmitResult(_prepared("Danke, mail [EMAIL] ist neu", findings=(email,)), 41),
        SubmitResult(_prepared("", Problem("text", "empty_text")), None),
    ]
    outcomes = block_outcomes(results)
    assert [(o.number, o.stored, o.quote_id) for o in outcomes] == [(1, True, 41), (2, False, None)]
    assert outcomes[0].redacted == ("email",)
    assert outcomes[1].reasons("en") == ["Please enter the customer's words."]
    assert summary(outcomes, "de") == "1 gespeichert, 1 abgelehnt"
    rows = outcome_rows(outcomes, "de")
    # the result before the text: a phone shows the first columns of a table
    assert list(rows[0]) == ["Nr.", "Ergebnis", "Zitat"]
    assert rows[0]["Ergebnis"] == "✅ gespeichert als Nr. 41 · entfernt: E-Mail-Adresse"
    assert str(rows[1]["Ergebnis"]).startswith("⛔ nicht gespeichert: Bitte")
    # rejected blocks again in full, one line each, for the phone that cuts the table off
    assert rejection_lines(outcomes, "en") == [
        "No. 2: not stored: Please enter the customer's words."
    ]


def test_an_empty_text_is_no_error_until_someone_presses_save():
    prepared = _prepared(
        "", Problem("text", "empty_text"), Problem("text", "duplicate", {"quote_id": 3})
    )
    assert visible_problems(prepared, "en", attempted=False) == []
    assert visible_problems(prepared, "en", attempted=True) == [
        "Please enter the customer's words."
    ]


def test_a_too_short_text_is_no_error_while_typing_either():
    # Prepared for the proposed minimum (validate.py, "text_too_short"): typing "T" on the way
    # to "Top!" shows no red text; pressing save on "x" does, in the reader's language.
    prepared = _prepared("x", Problem("text", "text_too_short", {"limit": 3}))
    assert visible_problems(prepared, "de", attempted=False) == []
    (message,) = visible_problems(prepared, "de", attempted=True)
    assert message.startswith("Der Text ist zu kurz für ein Lob: Bitte schreiben Sie mindestens 3")


def test_excerpt_is_one_line_and_cut_with_an_ellipsis():
    assert excerpt("Eins\nzwei   drei") == "Eins zwei drei"
    assert excerpt("x" * 100, limit=10) == "x" * 9 + "…"


@pytest.mark.parametrize(
    ("status", "key"),
    [
        ("pending", "submit.saved_pending"),
        (None, "submit.saved_pending"),
        ("approved", "submit.saved_approved"),
    ],
)
def test_the_saved_message_says_where_the_card_will_appear(status, key):
    assert saved_message_key(status) == key


def test_the_result_table_shows_placeholders_in_words_and_a_repeat_as_a_repeat():
    phone = Finding(RedactionKind.PHONE, "0151 22334455", "[PHONE]", 25, 32)
    repeat = Problem("text", "duplicate", {"quote_id": "#2"})  # the same words as block 2
    results = [
        SubmitResult(_prepared("Super nett, ruf an unter [PHONE].", findings=(phone,)), 7),
        SubmitResult(_prepared("Super nett, ruf an unter [PHONE].", repeat), None),
    ]
    rows = outcome_rows(block_outcomes(results), "de")
    assert [r["Zitat"] for r in rows] == ["Super nett, ruf an unter [Telefonnummer]."] * 2
    assert rows[1]["Ergebnis"] == (
        "⛔ nicht gespeichert: Dasselbe Zitat für diese Person kommt weiter oben schon einmal vor"
        " (#2)."
    )
    assert repeat.message("en") == "The same quote for this person already appears further up (#2)."
