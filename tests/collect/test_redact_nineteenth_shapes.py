"""Shapes added in the nineteenth redaction session: phone numbers said in words ("null drei
null, vier vier …", "oh seven nine double one …"); an Austrian staircase and door after a
labelled street; "complaint", "Beschwerde" and "Anfrage" before a number, and a check letter
after it; UPS numbers in groups and codes that mix capitals and eight digits; "k. o'reilly"
after a closing; a name in brackets ending a subject line; the recipient before an address;
two senders after a greeting ("Love, Ngozi & Chidi"); and the look-alikes that stay."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Heike Roth", "Kim Lee")

REDACTED = [
    (
        "Rufen Sie mich an: null drei null, vier vier fünf sechs sieben acht. Danke Kim!",
        "Rufen Sie mich an: [PHONE]. Danke Kim!",
    ),
    (
        "my mobile is zero seven eight triple two, four five six, nine nine. ta Kim",
        "my mobile is [PHONE]. ta Kim",
    ),
    ("Nummer: plus vier drei sechs sechs vier, eins zwei drei vier fünf", "Nummer: [PHONE]"),
    ("Tel null sieben elf, zweiundzwanzig vierzig, danke", "Tel [PHONE], danke"),
    (
        "Meine Adresse: Favoritenstraße 88/4/7, 1100 Wien. Danke Heike!",
        "Meine Adresse: [ADDRESS]. Danke Heike!",
    ),
    ("Re: my complaint 448812 - thanks Kim", "Re: my complaint [REF] - thanks Kim"),
    ("Beschwerde 20931-B ist erledigt, danke!", "Beschwerde [REF] ist erledigt, danke!"),
    ("Kundennr. 4471-22-XK bitte", "Kundennr. [REF] bitte"),
    ("Bestellung 12345-Ende", "Bestellung [REF]-Ende"),  # a word after the dash stays
    ("UPS 1Z 5R8 74W 03 1234 5678 arrived, thanks Kim", "UPS [REF] arrived, thanks Kim"),
    ("Evri H02DEF9876543210 came today", "Evri [REF] came today"),
    ("Danke! Viele Grüße, j. o'hara", "Danke! Viele Grüße, j. O."),
    (
        "Subject: Query about account 5501293 (Adebanjo)\n\nHi Kim, thanks!",
        "Subject: Query about account [REF] (A.)\n\nHi Kim, thanks!",
    ),
    (
        "Ship to: Oluwaseun Adeyemi 3 Mill Lane, Oxford OX1 2JD",
        "Ship to: O. A. [ADDRESS]",
    ),
    ("Sorted, thanks Kim. Love, Ngozi & Chidi", "Sorted, thanks Kim. Love, N. & C."),
    ("Danke Heike! Liebe Grüße, Ama & Kofi", "Danke Heike! Liebe Grüße, A. & K."),
]

KEPT = [
    # fewer than seven digits, no zero first, a sum
    "null Komma nix, null null sieben",
    "oh one two three, I said",
    "drei plus vier plus fünf sechs sieben acht neun eins",
    "I give it a zero out of ten, seven out of ten",
    # a count after a complaint word, a year, a word after the dash
    "Meine Anfrage 12 Stück wurde beantwortet",
    "Meine Beschwerde 2024 war berechtigt",
    # product names with few digits
    "my phone is a SM-G991B with 128GB, and the RTX4090 works",
    "cheers y'all",
    # a subject's bracket that a dictionary knows, in capitals, or a forum title
    "Betreff: Ihre Rechnung (Update)\n\nDanke Heike",
    "Betreff: Rückruf (Dienstag)",
    "Subject: Outage (EVAG)",
    "Re: Verkehrsverbund (Infokanal) hat wieder Verspätung",
    "Re: Bahn fährt nach FFM(Flugh) zu spät",
    # kin words, thanks and agents in a pair
    "Love, Mum & Dad",
    "Thanks, Bill & Ted",
    "Liebe Grüße, Heike & Kim",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_nineteenth_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)


def test_words_a_dictionary_knows_before_an_address_stay():
    assert_redacted_once(
        "We moved to Green Street 5 Park Lane Slough SL1 3AB",
        "We moved to Green Street [ADDRESS]",
        AGENTS,
    )
    assert_redacted_once(
        "Thanks to Royal Mail 5 Park Lane Slough SL1 3AB", "Thanks to Royal Mail [ADDRESS]", AGENTS
    )
