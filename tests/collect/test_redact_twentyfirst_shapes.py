"""Shapes added in the twenty-first redaction session: a private IPv4 address is no phone
number and a public one takes its port; a German street abbreviated without its dot
("Schillerstr 8 c"), with "Nr." before the house number, with an adjective before a street of
any name ("Lange Reihe 44 · …"), and a postcode and town written before the street; a phone
number dictated in words that goes on in digits; a National Insurance number in lower case
after its keyword; a British driving licence number; a display name in quotes in a mail
header; a birth year cut short ("'79"); a question and the answer's speaker before a date of
birth; a reference number in brackets after its keyword ("contract (no. …)"); a carrier's name
before its tracking number stays. And the look-alikes that stay."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Heike Roth", "Kim Lee")

REDACTED = [
    ("NAS extern 93.184.216.34:443, intern 10.1.2.3", "NAS extern [REF], intern 10.1.2.3"),
    ("erreichbar über 172.20.10.4 im WLAN", "erreichbar über 172.20.10.4 im WLAN"),
    ("Neu: Bachstr 3 a, 35390 Gießen. Danke Heike", "Neu: [ADDRESS]. Danke Heike"),
    ("Wir sind in der Lindenstraße Nr. 22 gemeldet", "Wir sind in der [ADDRESS] gemeldet"),
    ("Post an: Alte Wache 7 · 19055 Schwerin", "Post an: [ADDRESS]"),
    ("Hohe Bleichen 3, 20354 Hamburg ist neu", "[ADDRESS] ist neu"),
    ("Lieferung: 99084 Erfurt, Am Anger 12, 2. OG", "Lieferung: [ADDRESS]"),
    ("Ruf an: null eins sechs zwei / 77 88 99 0", "Ruf an: [PHONE]"),
    ("call me, oh seven seven one 234 5678", "call me, [PHONE]"),
    ("national insurance: jt 11 22 33 b", "national insurance: [ID]"),
    ("licence number JONES802194AB7CD on file", "licence number [ID] on file"),
    ("Licence: WILLI905143TJ8QR, thanks Kim", "Licence: [ID], thanks Kim"),
    ('From: "Anneliese Brandl" <a.b@gmx.at>', 'From: "A. B." <[EMAIL]>'),
    ("DOB 9th of June '83, thanks Kim", "DOB [BIRTHDATE], thanks Kim"),
    ("Agent: date of birth?\nCaller: 9 June 1983", "Agent: date of birth?\nCaller: [BIRTHDATE]"),
    ("my policy (no. 7731-XK-220) was renewed", "my policy (no. [REF]) was renewed"),
    ("Tracking DPD 01234567890123 ist da", "Tracking DPD [REF] ist da"),
]

KEPT = [
    # a version or a private address is no phone number; nor is a local address with a port
    "Firmware 7.57.1.2 installiert, Router unter 192.168.1.1:8080 erreichbar",
    "erreichbar unter 127.0.0.1",
    # the abbreviation alone is no street
    "Die Str 8 war gesperrt",
    # an adjective needs the postcode after the street
    "Die Lange Nacht 2 läuft",
    # a postcode and town with no street after them
    "Ich wohne in 99084 Erfurt, seit 2 Jahren",
    # two number words and digits; "oh" in a sentence
    "oh one 2024 tickets",
    "null Komma 5 Prozent",
    # a lower-case shape without the NI keyword
    "am 12 12 12 a",
    # a birthday that is no date of birth
    "Birthday? 12 May 2024 was great",
    # a number in brackets without a number word
    "order (5 in the list)",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_twenty_first_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)
