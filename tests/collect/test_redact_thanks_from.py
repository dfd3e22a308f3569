"""Thanks sent by someone name the sender: "Dankeschön von Efua Mensah", "Thanks from Kwame"."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

AGENTS = ("Frau Kaya", "Sam")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dankeschön von Efua Mensah und ihrem Bruder", "Dankeschön von E. M. und ihrem Bruder"),
        ("Ein großes Dankeschön von Efua Mensah!", "Ein großes Dankeschön von E. M.!"),
        ("Vielen Dank von Familie Yilmaz", "Vielen Dank von Familie Y."),
        ("Danke von Anna an Frau Kaya", "Danke von A. an Frau Kaya"),
        ("Thanks from Kwame Asante and family", "Thanks from K. A. and family"),
        ("Many thanks from Jo Bloggs", "Many thanks from J. B."),
    ],
)
def test_the_sender_of_thanks_is_redacted(text: str, expected: str) -> None:
    assert redact(text, AGENTS).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thank you from Lisbon!",
        "Thanks from Texas",
        "Danke von Herzen!",
        "Danke von uns allen an Sam.",
        "Thanks from all of us to Sam!",
        "Ein Dankeschön von Frau Kaya an alle Kunden.",
    ],
)
def test_places_words_and_agents_after_thanks_stay(text: str) -> None:
    assert redact(text, AGENTS).text == text
