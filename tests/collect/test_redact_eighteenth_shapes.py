"""Shapes added in the eighteenth redaction session: one word after a sentence that is no
thanks, in a message that thanks before it ("… if the engineer needs it. jess", "Call [PHONE]
if anything. Otieno"); a lower-case name after a closing opened by a word or on the next line
("Liebe Grüße, mandy", "kind regards, fraser"); a dash, a first name and a surname ("--
ahmed al-Mansouri"); "Mein Sohn Jonte kann"; initials and a surname after a sentence; a
person called by a full name; and the look-alikes that stay."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Heike Roth", "Kim Lee")

REDACTED = [
    (
        "big thanks to Kim!! my number is 07700-900-456 if the engineer needs it. jess",
        "big thanks to Kim!! my number is [PHONE] if the engineer needs it. J.",
    ),
    (
        "Thanks Kim! Call 0712 345678 if anything. Otieno",
        "Thanks Kim! Call [PHONE] if anything. O.",
    ),
    ("Thank you Kim! It worked. 08031234567. Bisi", "Thank you Kim! It worked. [PHONE]. B."),
    ("Thanks Heike! all sorted now. peter", "Thanks Heike! all sorted now. P."),
    ("Danke! Liebe Grüße, mandy", "Danke! Liebe Grüße, M."),
    ("Danke für alles!\n\nLiebe Grüße\nmandy", "Danke für alles!\n\nLiebe Grüße\nM."),
    ("Will call back tomorrow. kind regards, fraser", "Will call back tomorrow. kind regards, F."),
    ("Thx! -- ahmed al-Mansouri", "Thx! -- A. A."),
    ("Mein Sohn Jonte kann wieder spielen.", "Mein Sohn J. kann wieder spielen."),
    ("Sorry for being grumpy earlier. T. Ashcroft-Bello", "Sorry for being grumpy earlier. T. A."),
    ("Thanks. J. Kowalski.", "Thanks. J. K."),
    # a word named before is no signature: only the phone goes
    (
        "Thanks Kim! Call 0712 345678 or Kabelnet. Kabelnet",
        "Thanks Kim! Call [PHONE] or Kabelnet. Kabelnet",
    ),
    (
        "My carer, a lovely man called Blessing Ndlovu, helped me.",
        "My carer, a lovely man called B. N., helped me.",
    ),
]

KEPT = [
    # no thanks before, no own data before a capitalised word, a closing, a title, a brand
    "It worked. Bisi",
    "Thanks Kim! It worked. Bisi",
    "Thanks! Is it there? Thx!",
    "Danke. Es lebe der Umweltschutz. Mfg",
    "Overall good , thanks Prof . Geoffery !",
    "Thanks Heike! all good now. will",
    "thank you. sorted now. kind",
    "danke! -- ben too",
    "we had the best time",
    "Mein Sohn Abitur hat",
    "Mein Mann Bürokratie hasst",
    "I was born in the U.S. A. Smith",
    # a first name alone after "named" is mostly the agent praised
    "A guy named Fidencio answered and he went above and beyond!",
    "a guy called Will helped",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_an_eighteenth_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)
