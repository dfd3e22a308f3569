"""Shapes added in the thirty-first redaction session (dev set 31: chats, forwarded mail,
identifiers, names with diacritics): the sender of a chat export's line, a mail header written
surname first, a nickname next to a bracketed full name, a lower-case self-introduction beside
our own placeholders, lower-case elided particles ("d'Souza"), a lower-case Vietnamese full name,
the Austrian title "DI"; an Irish town after the street, a named house before a British
postcode, an e-mail address whose local part spells its dots, "member ID MBR_…", the Irish
"PPSN"; a second name after "&" that no dictionary knows ("Johanna & Ferdl Pichler"), kisses
after a lower-case name, Irish particles after a title, "bei" before an address, an Irish
county ending a flat's address; in a lower-case message an agent's first name and an English
verb in the past after a first name are no name ("jake called, kai sorted it"). With their
look-alikes."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Martin Hofbauer", "Nadine Kraus", "Rolf Schmid", "Kai Berg")

REDACTED = [
    ("[05/12/2026, 19:40] Gaz: alright, cheers Kai", "[05/12/2026, 19:40] G.: alright, cheers Kai"),
    ("12/5/26, 7:40 PM - Deco: hi lads", "12/5/26, 7:40 PM - D.: hi lads"),
    ("[09:05, 4.12.] ~ Mehmet Kaya: danke!", "[09:05, 4.12.] ~ M. K.: danke!"),
    (
        'Von: "Müller-Lüdenscheidt, Hans-Jürgen" <hj@web.de>\nDanke an Kai',
        'Von: "M., H." <[EMAIL]>\nDanke an Kai',
    ),
    (
        "hey hier is basti (sebastian krämer) wegen dem internet",
        "hey hier is B. (S. K.) wegen dem internet",
    ),
    ("danke!! – kez (kerry-ann mcbride)", "danke!! – K. (K. M.)"),
    (
        "yo its jayden (jayden t. brooks) – big thanks to Keisha",
        "yo its J. (J. T. B.) – big thanks to Keisha",
    ),
    (
        "danke an herrn schmid!! kennzeichen B-MK 4410, bin die kim o'connor aus pankow",
        "danke an herrn schmid!! kennzeichen [ID], bin die K. O. aus pankow",
    ),
    ("Regards, Anna d'Souza", "Regards, A. d'S."),
    ("Danke! Luca dell'Orto", "Danke! L. dell'O."),
    ("regards\nnguyễn thị mai", "regards\nN. T. M."),
    ("Danke an Herrn DI Gruber!", "Danke an Herrn DI G.!"),
    ("Mit freundlichen Grüßen\nDI Karl Steiner", "Mit freundlichen Grüßen\nDI K. S."),
    (
        "the Eircode is T12 K5P3, 8 Blackrock Road, Cork. Regards",
        "the Eircode is [ADDRESS], [ADDRESS]. Regards",
    ),
    ("I live at 14 Main Street, Mallow, Co. Cork, since May", "I live at [ADDRESS], since May"),
    ("Send it to Hilltop Farm, Long Lane, Ludlow SY8 1AB please", "Send it to [ADDRESS] please"),
    ("Mail: anna [dot] schmidt [at] posteo [dot] de", "Mail: [EMAIL]"),
    ("PO Box 4471, Cork.", "[ADDRESS], Cork."),  # the post office's town stays
    ("member ID MBR_4c19e7, thanks", "member ID [REF], thanks"),
    ("My PPSN is 6612053KA and", "My PPSN is [ID] and"),
    ("Danke!\nJohanna & Ferdl Pichler", "Danke!\nJ. & F. P."),
    ("much love, nana pat xx", "much love, nana P. xx"),
    ("Many thanks, Mr and Mrs Ó Briain", "Many thanks, Mr and Mrs B."),
    ("Neue Anschrift: bei Meier, Rosenstr. 7, 01067 Dresden", "Neue Anschrift: bei M., [ADDRESS]"),
    ("Unit 4, The Mews, Kinsale, Co. Cork", "[ADDRESS]"),
    ("my son jake-ryan called, kai sorted it", "my son J. called, kai sorted it"),
    ("thanks from john reed", "thanks from J. R."),
]

KEPT = [
    "Sehr geehrte Damen und Herren, Herr DI Hofbauer hat mir geholfen.",
    "[09:05, 4.12.] Kundenservice: hallo",
    "[09:05, 4.12.] Nadine Kraus: hallo",
    "An: Kundenservice, Team Nord",
    "danke (S. K.) war super",
    "Liebe Grüße aus Kiel (A. B.)",
    "The price (USD) was ok",
    "Hi it's me, d'accord",
    "lý do là gì",
    "I visited Cork, Kerry and Galway",
    "We stayed at Rose Cottage, lovely.",
    "Danke (dot) war gut [at] ende",
    "account test_user ok",
    "Danke!\nAnna und Team",
    "bei Anruf, bitte melden",
    "Flat 2, Ashford House, thanks Kai",
    "ta, kai",
    "i also don ' t want the power cord draped down the right side",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_thirtyfirst_session_shape_is_redacted_once(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT)
def test_a_look_alike_of_a_thirtyfirst_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, AGENTS)
