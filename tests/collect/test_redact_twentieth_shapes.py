"""Shapes added in the twentieth redaction session: a street abbreviation with its number
joined ("Hauptstr.12"), house-number ranges with an en dash and before an English street
("Dorfstr. 1–3", "12-14 Queen St"), an entrance or block between the house and the town
("Aufgang B"), a Dutch postcode with its letters, a French "Avenue" with a town, a flat in a
block up to its full postcode, an IPv6 address after "IP was", a British plate in lower case
after "reg", an e-mail address after "my email is", voucher and gift card codes; and the
look-alikes that stay."""

from __future__ import annotations

import pytest

from feedback.collect.redact_vouchers import find_vouchers
from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Heike Roth", "Kim Lee")

REDACTED = [
    ("Rechnung an Hauptstr.12, 97070 Würzburg bitte", "Rechnung an [ADDRESS] bitte"),
    ("Adresse: Dorfstr. 1–3, 17489 Greifswald. Danke Heike!", "Adresse: [ADDRESS]. Danke Heike!"),
    ("Wir wohnen jetzt Heide 12-14, 48653 Coesfeld", "Wir wohnen jetzt [ADDRESS]"),
    ("Goethestraße 4, Aufgang B, 10435 Berlin", "[ADDRESS]"),
    ("Lindenweg 7, Haus 2, 12345 Neustadt", "[ADDRESS]"),
    (
        "new address 12-14 Queen St, Edinburgh EH2 1JX, thanks Kim",
        "new address [ADDRESS], thanks Kim",
    ),
    ("Address: Herengracht 12, 1015 BS Amsterdam. Dank!", "Address: [ADDRESS]. Dank!"),
    ("I'm at 8 Avenue Victor Hugo, 75016 Paris till May", "I'm at [ADDRESS] till May"),
    (
        "Apt 4, Block C, Riverside Gardens, Dublin 8, D08 F7P2. Thanks Kim",
        "[ADDRESS]. Thanks Kim",
    ),
    ("IP was 2a02:8108:1f40::4d2 in the log", "IP was [REF] in the log"),
    ("my reg is ab12 cde, thanks Kim", "my reg is [ID], thanks Kim"),
    ("my email is anna at gmx.de, thanks Kim", "my email is [EMAIL], thanks Kim"),
    ("E-Mail: tom at web.de bitte", "E-Mail: [EMAIL] bitte"),
    ("Gutscheincode XMAS-7KD2-PQ91 geht jetzt", "Gutscheincode [REF] geht jetzt"),
    ("gift card code GC-88ZT-41QP applied", "gift card code [REF] applied"),
    ("Geschenkkarte 6036 1122 3344 eingelöst", "Geschenkkarte [REF] eingelöst"),
    ("voucher 7KD2PQ91X redeemed, thanks Kim", "voucher [REF] redeemed, thanks Kim"),
]

KEPT = [
    # a street word alone, a count, a year after a four-digit number
    "Seite 12, 1500 Wörter",
    "Hauptstr. und Bahnhofstr. sind gesperrt",
    "the promo code STRING42 and BRING3 and Damm7",
    "Place 2 orders, Avenue 5 and Route 66",
    "Block C was noisy, Haus 2 too",
    # a pronoun is no mailbox; an account at a provider is none
    "mail me at gmx.de",
    "my account at gmail.com is old",
    # "regular", not "reg"; a plate needs its keyword in lower case
    "regular ab12 cde",
    "a TV QE55Q80C and a WH-1000XM5",
    # public promotion codes: a word with a number after it
    "Der Gutscheincode WILLKOMMEN10 ging nicht",
    "the voucher code SAVE10 and the coupon SUMMER2024 both failed",
    "Gutschein über 20 € war super",
    "Gutschein 50 Euro zum Geburtstag",
    # the documentation range and a clock time without "IP"
    "was 2001:db8::1 at 12:30:45",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_twentieth_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)


def test_a_voucher_code_ends_at_its_last_group_with_a_digit():
    text = "Gutschein XY7K-22QP-91 Euro"
    (found,) = find_vouchers(text)
    assert text[found.start : found.end] == "XY7K-22QP-91"
    text = "voucher XMAS-7KD2-PQ works"
    (found,) = find_vouchers(text)
    assert text[found.start : found.end] == "XMAS-7KD2-PQ"
