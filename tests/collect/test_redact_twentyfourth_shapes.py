"""Shapes added in the twenty-fourth redaction session: a card's last four digits after
"ending"/"endet auf", "last four" or a mask (``redact_partial_cards``); a street of any name
with its town and a full postcode (``redact_postcode_streets``); a surname after a form label
("Nachname:", "Surname:"); a full name after "I'm"/"ich bin" that goes on with "and"/"und"; a US
state before a plate after its keyword stays. And the look-alikes that stay."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Ruth Baxter", "Jonas Albrecht")

REDACTED = [
    ("the debit card ending 3390 was declined", "the debit card ending [CARD] was declined"),
    ("Meine EC-Karte endet auf 6612, danke Ruth", "Meine EC-Karte endet auf [CARD], danke Ruth"),
    ("Konto mit der Endung 0457 gesperrt", "Konto mit der Endung [CARD] gesperrt"),
    ("last 4 digits are 9183, thanks", "last 4 digits are [CARD], thanks"),
    ("die letzten vier Ziffern: 2207", "die letzten vier Ziffern: [CARD]"),
    ("Mastercard **** 6604 wurde belastet", "Mastercard [CARD] wurde belastet"),
    ("paid with XXXX-XXXX-XXXX-5170", "paid with [CARD]"),
    ("post it to 6 Larch Meadows, Sligo F91 K2W7", "post it to [ADDRESS]"),
    ("my flat: Flat 9, 40 The Maltings, Bath BA1 1HE", "my flat: [ADDRESS]"),
    ("we moved to 310 Rue Saint-Denis E, Québec, QC G1R 4S9", "we moved to [ADDRESS]"),
    ("send it to 77 Juniper Hollow, Tucson, AZ 85701", "send it to [ADDRESS]"),
    ("Nachname: Vogelsang-Rüther, danke Jonas", "Nachname: V., danke Jonas"),
    ("Surname: Abernethy-Quist", "Surname: A."),
    ("Familienname: Oberhuemer", "Familienname: O."),
    ("I'm Tobenna Uzodike and Ruth sorted it", "I'm T. U. and Ruth sorted it"),
    ("Ich bin Zoltán Szekeres und Frau Baxter war toll", "Ich bin Z. S. und Frau Baxter war toll"),
    ("licence plate TX 4KD9921, returned", "licence plate TX [ID], returned"),
]

KEPT = [
    # a year after "ending in", an ending without a card or number word, four digits without a
    # mask
    "the account ending in 2025 is closed",
    "Mein Vertrag endet 2026",
    "die Sitzung endet um 1830",
    "the film ends 1995 in Rome",
    "ticket price 4400 yen",
    # a count and capitalised words without a full postcode after them
    "Bought 3 Garden Chairs, Leeds delivery was quick",
    # words a dictionary knows after "I'm" / "this is", a form label's first word alone
    "I'm Very Happy and grateful",
    "This is Netflix and Chill",
    "Last night the agent was great",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_twenty_fourth_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)


def test_a_swiss_canton_before_the_digits_goes_with_the_plate():
    assert_redacted_once("Kennzeichen SO 45123, danke", "Kennzeichen [ID], danke", AGENTS)
