"""Shapes added in the eleventh redaction session: "it's Bex here", a sign-off of initials and
a surname after a dash ("Thanks – K. Patel"), "acc no" before a spaced account number, Indian
addresses ending with a PIN code, a building's name between the flat and the street."""

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
    ("Deliver to 22, Anna Salai, Chennai 600002. Thanks", "Deliver to [ADDRESS]. Thanks"),
    ("at H.No. 4-12, MG Road, Secunderabad, Telangana 500003.", "at [ADDRESS]."),
    ("to B-204, Sector 15, Noida 201301 please", "to [ADDRESS] please"),
    ("Holly\nFlat 7, Ashford House, 21 Marsh Lane, London N17 0XD", "Holly\n[ADDRESS]"),
]

KEPT = [
    "it's Tuesday here and sunny",  # a dictionary word, not a name
    "its me again, thanks Holly",
    "Grüße – M. Sc. Informatik",  # a degree, no surname
    "Thanks – J. Smith",  # the agent's surname stays
    "Danke an Frau B., K. Meier und alle",  # after a comma only at the end of the line
    "I have had an acc with you since 2019",
]

NO_ADDRESS = [
    "Order 12, Chennai 600002 was the ticket",  # one part before the PIN
    "I waited 3 days. Then Holly in Delhi, helped. Ticket 110001",  # a sentence between
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_the_shape_is_redacted(text, expected):
    assert redact(text, AGENTS).text == expected
    assert redact(expected, AGENTS).text == expected  # idempotent


@pytest.mark.parametrize("text", KEPT)
def test_the_look_alike_stays(text):
    assert redact(text, AGENTS).text == text


@pytest.mark.parametrize("text", NO_ADDRESS)
def test_no_indian_address_without_its_parts(text):
    # the six-digit number alone is a reference, as before
    assert "[ADDRESS]" not in redact(text, AGENTS).text


def test_a_surname_ending_a_line_does_not_start_a_street_on_the_next():
    # Found by Hypothesis (test_redact_properties): "Schneider\nStraße 00" was read as the
    # street "Schneider Straße", which left the first name "Klaus" standing.
    result = redact("Danke!\nIhre Klaus Schneider\nStraße 12").text
    assert "Klaus" not in result
    assert "Schneider" not in result


def test_an_abbreviation_glued_to_a_name_keeps_redaction_idempotent():
    # Found by Hypothesis: "Müller Dr.Müller" became "M. D.Müller", which a second pass read as
    # initials and a surname ("M. D. M.").
    once = redact("Viele Grüße, Müller Dr.Müller ").text
    assert "Müller Dr" not in once
    assert redact(once).text == once
