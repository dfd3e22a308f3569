"""Shapes added in the twenty-third redaction session: a phone number broken over two lines; a
reference number's last group of one digit ("kd nr 77 12 34 5 und …"); a single capital before
a reference's digit groups ("Kd.-Nr.:K 44 1902"); a loyalty card number after its keyword; a
company's free number after "Servicenummer" stays; an amount after a spaced dash is no part of
the number before it; the postal abbreviations of English street words ("742 Evergreen Ter").
And the look-alikes that stay."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Heike Roth", "Kim Lee")

REDACTED = [
    ("Bitte zurückrufen: 0511\n76 54 32 1. Danke Heike", "Bitte zurückrufen: [PHONE]. Danke Heike"),
    ("Phone\n0141 496\n0782\nthanks Kim", "Phone\n[PHONE]\nthanks Kim"),
    ("Tel.:\n+43 512\n987 65 43", "Tel.:\n[PHONE]"),
    ("kd nr 55 21 90 3 und tel folgt", "kd nr [REF] und tel folgt"),
    ("Kundennummer 12 34 56 7.", "Kundennummer [REF]."),
    ("Kd.-Nr.:B 51 7730, Lieferung ok", "Kd.-Nr.:[REF], Lieferung ok"),
    ("Loyalty card no. 7712 0034 5561 – 20% off", "Loyalty card no. [REF] – 20% off"),
    ("Die Servicenummer 0800 111 222 3 war nett", "Die Servicenummer 0800 111 222 3 war nett"),
    ("Handy 0171 2345678 – 15% Rabatt", "Handy [PHONE] – 15% Rabatt"),
    ("ship to 18 Maple Terr, Boise, ID 83702", "ship to [ADDRESS]"),
    ("send it to 90 Harbor Pkwy, Portland, OR 97201", "send it to [ADDRESS]"),
    # look-alikes beside a number that goes: a whole number and a count on the next line, one
    # digit after a number of fewer than three groups or before a unit
    ("Ruf an 0171 2345678\n1234 mal probiert", "Ruf an [PHONE]\n1234 mal probiert"),
    ("Kundennummer 4471 5 Sterne gegeben", "Kundennummer [REF] 5 Sterne gegeben"),
    ("Ticket 12 34 56 5 Tage offen", "Ticket [REF] 5 Tage offen"),
]

KEPT = [
    # dates, times, amounts and counts on the next line are no second half of a number
    "Bestellt am 0815\n12.03.2024",
    "Termin 030\n14:30",
    "Menge 0815\n12.50 €",
    "Version 0.9\n1234 Downloads",
    "Rechnung 2023 7 Tage zu spät",
    # a single capital before a number of one group
    "Bestellung A 12 kam an",
    # "loyalty" alone before points
    "loyalty 500 points added",
    # a company's hotline
    "Hotline 0800 330 1000 war freundlich",
    # an abbreviation without a house number or town
    "Ter Stegen hielt",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_twenty_third_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)
