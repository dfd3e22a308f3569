"""A one-word survey answer that judges is no name, even where a name list holds the word."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact


@pytest.mark.parametrize(
    "text", ["Mies", "Mies!", "Fine", "Fair.", "Ideal", "Naja…", "Joy 😊", "hope"]
)
def test_a_judging_word_alone_is_kept(text: str) -> None:
    result = redact(text)
    assert result.text == text
    assert result.findings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Klaus", "K."),  # a name alone, no valence: still redacted
        ("Sebastian", "S."),
        ("Danke, Grace", "Danke, G."),  # beside thanks "Grace" signs the message
        ("Fine, thanks - Joy", "Fine, thanks - J."),
    ],
)
def test_names_beside_other_words_are_still_redacted(text: str, expected: str) -> None:
    assert redact(text).text == expected
