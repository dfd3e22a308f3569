"""Shapes added in the eleventh redaction session: "it's Bex here", a sign-off of initials and
a surname after a dash ("Thanks – K. Patel"), "acc no" before a spaced account number."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

AGENTS = ("Holly Grant", "Jane Smith")

REDACTED = [
    ("hi it's Bex here, Holly was so patient", "hi it's B. here, Holly was so patient"),
    ("it's moz here again, cheers", "it's M. here again, cheers"),
    ("hey its me dani again! thx", "hey its me D. again! thx"),
    ("Holly was brilliant. Thanks – K. Patel", "Holly was brilliant. Thanks – K. P."),
    ("Kind regards - T. Nakamura", "Kind regards - T. N."),
    ("Thanks – A. Rahman. PS Holly was great.", "Thanks – A. R. PS Holly was great."),
    ("Danke sehr, G. Hoffmann-Riedl", "Danke sehr, G. H."),
    ("My acc no is 4471 2290 if you need it", "My acc no is [REF] if you need it"),
]

KEPT = [
    "it's Tuesday here and sunny",  # a dictionary word, not a name
    "its me again, thanks Holly",
    "Grüße – M. Sc. Informatik",  # a degree, no surname
    "Thanks – J. Smith",  # the agent's surname stays
    "Danke an Frau B., K. Meier und alle",  # after a comma only at the end of the line
    "I have had an acc with you since 2019",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_the_shape_is_redacted(text, expected):
    assert redact(text, AGENTS).text == expected
    assert redact(expected, AGENTS).text == expected  # idempotent


@pytest.mark.parametrize("text", KEPT)
def test_the_look_alike_stays(text):
    assert redact(text, AGENTS).text == text
