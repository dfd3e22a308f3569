"""Shapes added in the fortieth redaction session (dev set 40): a customer's name said again
("Mein Sohn Yusuf … Yusuf war froh"), a child named by its parent in the German genitive ("ich bin
Mias Mama"), "customer"/"Kundin" before a full name in call notes, "von" inside a name after a
title or a name label ("Herr Carl von Ahlefeldt", "Absender: Dr. med. Carl-Friedrich von …"),
and titles, greetings and form words that are no name ("Rev.", "Yo,", "Mi Name isch"); a US
town before its state's code is a place ("San Jose CA."). With their look-alikes.
"""

# ruff: noqa: E501 (a shape and its result on one line each)
from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

# Agents of these messages: kept wherever they are named
STAFF = ("Lars Vogel", "Zoe Hart", "Ben Ott", "Ina Marx", "Anna Meier", "Owen Price")

# text -> what redaction makes of it (once, and again unchanged)
SHAPES: dict[str, str] = {
    "Mein Sohn Yusuf hat angerufen. Yusuf war so froh!": "Mein Sohn Y. hat angerufen. Y. war so froh!",
    "Hallo, ich bin Mias Mama, Selin Aydoğan. Mia hat zu viel bestellt.": "Hallo, ich bin M. Mama, S. A. M. hat zu viel bestellt.",
    "Grüße, Kwabena Mensah. PS: Kwabena's Frau sagt danke": "Grüße, K. M. PS: K.'s Frau sagt danke",
    "Call note: customer Padraig Ó Súilleabháin (DOB 22/07/1979) thanked Owen.": "Call note: customer P. S. (DOB [BIRTHDATE]) thanked Owen.",
    "Notiz: Kundin Gül Aydın lobt Frau Marx": "Notiz: Kundin G. A. lobt Frau Marx",
    "Herr Carl von Ahlefeldt, danke für alles": "Herr C. A., danke für alles",
    "Absender: Dr. med. Carl-Friedrich von Ahlefeldt, Kiel": "Absender: Dr. med. C. A., Kiel",
    "Sincerely, Rev. Seamus Mac Fhlannchadha": "Sincerely, Rev. S. M. F.",
    "Yo, Sergei Ivanov here, cheers Zoe": "Yo, S. I. here, cheers Zoe",
    "Grüessech! Mi Name isch Ursula Bärtschi.": "Grüessech! Mi Name isch U. B.",
    "Herr Koch war toll. Koch ist sein Hobby.": "Herr K. war toll. Koch ist sein Hobby.",
    "My son Will rang. Will do, thanks Zoe!": "My son W. rang. Will do, thanks Zoe!",
    "Gruß aus dem sonnigen Mai – Kai Mai": "Gruß aus dem sonnigen Mai – K. M.",
    "Frau Lisa von Zalando hat geholfen": "Frau L. von Zalando hat geholfen",
    "Ich danke Herrn Wagner von Herzen.": "Ich danke Herrn W. von Herzen.",
    "Thanks!\n\nBernard Okwu\nOkwu Plumbing Ltd": "Thanks!\n\nB. O.\nOkwu Plumbing Ltd",
}
# look-alikes that stay as written
UNCHANGED = (
    "Danke an Anna! Sie war super.",
    "The customer Service Team was great",
    "Thanks Zoe! Our office is in San Jose CA.",
    "Herr Viele Grüße",
    "Jonas Papa hat angerufen",
)


@pytest.mark.parametrize("text", sorted(SHAPES))
def test_a_fortieth_session_shape_is_redacted_once(text: str) -> None:
    assert_redacted_once(text, SHAPES[text], STAFF)


@pytest.mark.parametrize("text", UNCHANGED)
def test_a_look_alike_of_a_fortieth_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, STAFF)
