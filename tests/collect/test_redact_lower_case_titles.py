"""In a message typed all in lower case, the word after a title is read as a surname, except
a function word: "familie mit dem neuen tarif" names no one."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact


@pytest.mark.parametrize(
    "text",
    [
        "wir sind als familie mit dem neuen tarif sehr zufrieden",
        "hallo ich bin die familie mit zwei kindern und danke euch",
    ],
)
def test_a_function_word_after_a_title_is_no_surname(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mfg familie schmidt aus essen", "mfg familie S. aus essen"),
        ("danke sagt herr von der heide aus bonn", "danke sagt herr V. der H. aus bonn"),
        ("vielen dank frau de la cruz für alles", "vielen dank frau D. C. für alles"),
    ],
)
def test_a_surname_or_its_particle_after_a_title_is_still_redacted(
    text: str, expected: str
) -> None:
    assert redact(text).text == expected
