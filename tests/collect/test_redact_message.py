"""Redaction reads a message with its line breaks; the stored text is normalised as ever.

A signature on its own lines ("--\\nMichael Turner\\nSales Manager") was redacted after the
lines were joined, and read "-- M. T. S. M." (the job title taken for a name)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.collect.normalize import collapse_whitespace, normalize_lines, normalize_text
from feedback.collect.redact_message import normalized_and_redacted
from tests.collect.test_normalize import special_texts


def test_a_signature_on_its_own_lines_keeps_the_job_title():
    text = "Thanks for sorting my refund!\n--\nMichael Turner\nSales Manager"
    normalized, redaction = normalized_and_redacted(text, ())
    assert normalized == normalize_text(text)
    assert redaction.text == "Thanks for sorting my refund! -- M. T. Sales Manager"


def test_findings_point_at_their_placeholders_in_the_stored_text():
    text = "  Danke!\n\n\nViele Grüße\nGertrud Zimmermann\nTel.   0171 2345678\n"
    _, redaction = normalized_and_redacted(text, ())
    assert redaction.text == "Danke!\n\nViele Grüße G. Z. Tel. [PHONE]"
    spans = [(f.kind.value, redaction.text[f.start : f.end]) for f in redaction.findings]
    assert spans == [("name", "G. Z."), ("phone", "[PHONE]")]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), special_texts))
def test_lines_then_collapsed_is_the_normalised_text(text: str) -> None:
    assert collapse_whitespace(normalize_lines(text))[0] == normalize_text(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Anna", "Meier", "0171 2345678", "\n", "\n\n", "  ", "x"])))
def test_positions_outside_whitespace_move_to_the_same_character(parts: list[str]) -> None:
    text = " ".join(parts)
    collapsed, moved = collapse_whitespace(text)
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert collapsed[moved(i)] == ch
