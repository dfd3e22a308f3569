"""redact reads its own output once more, as a second call would, and folds that in."""

from __future__ import annotations

import pytest

from feedback.collect.redact import RedactionKind, redact
from feedback.collect.redact_apply import apply_chosen
from feedback.collect.redact_patterns import Candidate, Priority


def test_a_reading_of_the_output_is_folded_into_one_finding_with_the_customers_words() -> None:
    text = "HerrHerr Herr HerrHerr Herr HerrDr. Nummer O'Neill"
    result = redact(text)
    assert result.text == "HerrHerr Herr H. Herr H. N. O."
    assert redact(result.text).text == result.text
    last = result.findings[-1]
    # The original is the customer's text, never the first pass's "H.".
    assert last.original == "HerrDr. Nummer O'Neill"
    assert result.text[last.start : last.end] == last.replacement == "H. N. O."


def test_findings_untouched_by_the_new_reading_move_with_the_text() -> None:
    first = redact("Tel. 0151 2345678, Herr Schneider").findings
    text = "Tel. [PHONE], Herr S."
    assert [f.replacement for f in first] == ["[PHONE]", "S."]
    # A new reading that replaces the name's "S." (it overlaps the name's finding, which it
    # takes over) and leaves the phone's finding before it alone.
    chosen = [Candidate(19, 21, RedactionKind.NAME, "X.", Priority.NAME)]
    new_text, settled = apply_chosen(text, first, chosen)
    assert new_text == "Tel. [PHONE], Herr X."
    assert [(s.original, s.replacement, new_text[s.start : s.end]) for s in settled] == [
        ("0151 2345678", "[PHONE]", "[PHONE]"),
        ("Schneider", "X.", "X."),
    ]


@pytest.mark.parametrize("text", ["— Grace", "\n— Grace\n", "– Hope"])
def test_a_text_that_is_only_a_dash_and_a_first_name_is_a_signature(text: str) -> None:
    assert redact(text).text == text.replace("Grace", "G.").replace("Hope", "H.")


@pytest.mark.parametrize("text", ["Grace", "Hope!", "— Super", "— Vodafone"])
def test_a_one_word_verdict_or_a_non_name_after_a_dash_stays(text: str) -> None:
    assert redact(text).text == text
