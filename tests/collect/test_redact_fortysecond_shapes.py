"""Shapes added in the forty-second redaction session (dev set 42 and held-out 41's known
misses), structured data first: numbers dictated digit by digit or in words after a cue ("meine
Nummer ist 0 3 0, 5 5 1, …", "Home phone is six one seven, …"), a number restated in figures
after a filler ("drei eins acht, ähm, 318 442"); a dot in brackets in an e-mail ("web[.]de");
"Pass" before a passport's number; a long filler word before a date of birth; a postcode alone
after its label ("PLZ 01067", "Zip code … 60614"); handles after stars, after "Instagram user"
and with letters outside ASCII; "O'Sullivan" after an initial; no double dot after "N. V. A.".
With their look-alikes.
"""

# ruff: noqa: E501 (a shape and its result on one line each)
from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

# Agents of these messages: kept wherever they are named
STAFF = ("Lars Vogel", "Zoe Hart", "Ben Ott", "Ina Marx", "Anna Meier", "Owen Price")

# text -> what redaction makes of it (once, and again unchanged)
SHAPES: dict[str, str] = {
    "Meine Nummer ist 0 3 0, 5 5 1, 2 8 7 4, danke Ben.": "Meine Nummer ist [PHONE], danke Ben.",
    "Lovely chat, call me back at 3 1 2, 5 5 5, 0 1 7 7. Thanks Zoe": "Lovely chat, call me back at [PHONE]. Thanks Zoe",
    "Callback: 2 0 2, 5 5 5, 0 1 9 8. Thanks Owen.": "Callback: [PHONE]. Thanks Owen.",
    "Telefon: 0 6 9 – 4 4 2 1 8 8 0, danke Frau Marx": "Telefon: [PHONE], danke Frau Marx",
    "Bestellnummer ist die 5 5 0 1 2 9 3 7, danke Ben": "Bestellnummer ist die [REF], danke Ben",
    "Home phone is six one seven, five five five, two two four one. Thanks Zoe!": "Home phone is [PHONE]. Thanks Zoe!",
    "Kundennummer drei eins acht, ähm, 318 442. Danke Ina!": "Kundennummer drei eins acht, ähm, [REF]. Danke Ina!",
    "mail: t_krause[at]web[.]de, danke Ben": "mail: [EMAIL], danke Ben",
    "Pass P7K3M9Q2X liegt vor, danke Frau Marx": "Pass [ID] liegt vor, danke Frau Marx",
    "Mein Geburtsdatum zur Identitätsprüfung: 04.05.1979, danke Ben": "Mein Geburtsdatum zur Identitätsprüfung: [BIRTHDATE], danke Ben",
    "Geburtsdatum: 02.11.1970, PLZ 01067. Danke Ben!": "Geburtsdatum: [BIRTHDATE], PLZ [ADDRESS]. Danke Ben!",
    "Zip code for verification was 60614. Thanks Owen": "Zip code for verification was [ADDRESS]. Thanks Owen",
    "Postleitzahl: 8010, danke Frau Marx": "Postleitzahl: [ADDRESS], danke Frau Marx",
    "Review von ⭐⭐⭐⭐⭐ @opa_kurt_49: Danke Ben!": "Review von ⭐⭐⭐⭐⭐ [HANDLE]: Danke Ben!",
    "Message from Instagram user leni.sommer.04: danke Ben": "Message from Instagram user [HANDLE]: danke Ben",
    "Google review by inês.ferreira: Owen was kind.": "Google review by [HANDLE]: Owen was kind.",
    "Mein Benutzername ist sören.bäcker91, danke Ina": "Mein Benutzername ist [HANDLE], danke Ina",
    "Rgds, F. O'Donnell": "Rgds, F. O.",
    "Kind regards,\nP. O'Brien-Kelly": "Kind regards,\nP. O.",
    "Name: Nguyen Van An.": "Name: N. V. A.",
}
# look-alikes that stay as written
UNCHANGED = (
    "Nummer 1, 2, 3 und 4 waren kaputt, danke Ben.",
    "Order no. 3 of 5 arrived, thanks Owen",
    "My phone is one of the best, five stars for Zoe",
    "Grüße aus 4020 Linz, danke Frau Marx",
    "Postleitzahl 6900 Bregenz ist im Liefergebiet, danke Ben",
    "Die PLZ-Bereiche 80000 bis 81999 beliefert ihr, danke Ina",
    "Pass auf dich auf, Ben!",
    "Der Pass kostet 70 Euro, danke Frau Marx",
    "Review von ⭐⭐⭐⭐⭐ Ben: top!",
    "Message from Instagram: thanks Owen",
    "Download via gmx.de und web.de, danke Ben",
    "Washington, D.C. Area – thanks Zoe",
    "Tel. 0800 330 1000 war schnell, danke Ben",
    "Meine Bestellung kam am 12.12. um 14:30, danke Ina",
)


@pytest.mark.parametrize("text", sorted(SHAPES))
def test_a_forty_second_session_shape_is_redacted_once(text: str) -> None:
    assert_redacted_once(text, SHAPES[text], STAFF)


@pytest.mark.parametrize("text", UNCHANGED)
def test_a_look_alike_of_a_forty_second_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, STAFF)
