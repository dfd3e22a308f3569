"""A title whose dot is glued to the name ("Mr.Smith", "Fr.Schmidt", "Frau Dr.Kaya") is a title:
"Hallo Fr.Schmidt" read "Fr" as a first name and kept "Schmidt". Abbreviations glued to a word
after a title or closing are no names, so that a second pass changes nothing."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact
from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Anna Meier", "Jonas Weber")

REDACTED = [
    ("Dear Mr.Smith, thanks for your patience", "Dear Mr.S., thanks for your patience"),
    ("Hallo Fr.Schmidt, danke für Ihre Geduld", "Hallo Fr.S., danke für Ihre Geduld"),
    ("Mrs.Okafor called about her refund", "Mrs.O. called about her refund"),
    ("Vielen Dank Frau Dr.Kaya", "Vielen Dank Frau Dr.K."),
    ("Herr Tel. Xyzzy hat angerufen", "Herr T. X. hat angerufen"),
]

KEPT = [
    "Hallo Fr.Schmidt, Ihr Kollege Hr.Weber war super",  # "Schmidt" goes, the agent stays
    "Herr M.Kundennr. 44",
    "Viele Grüße, Kundennr.Müller",
    "Mr Desmond Achterberg. Cust happy with service",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_glued_title_is_a_title(text, expected):
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT)
def test_the_look_alikes_keep_their_words(text):
    first = redact(text, AGENTS).text
    assert redact(first, AGENTS).text == first
    for word in ("Weber", "Kundennr", "Cust"):
        if word in text:
            assert word in first
