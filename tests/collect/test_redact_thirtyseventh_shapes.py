"""Shapes added in the thirty-seventh redaction session (dev set 37: names of many origins) and
the misses the brief quoted from held-out 36 and round 34: a full name after a role word
("Kunde Rojhat Demirtaş bedankt sich"), a name before a placeholder of the customer's data
("Obrigada! Thaís Nascimento, [ADDRESS]"), the particles "dela", "delos" and "bint", a lone
name after an emoji at the end ("… 💛 Sade"), and "its emeka obi, …"; and two signature forms
found by probe sentences written while tuning (a name in capitals at the end, "from a very
grateful …"). With their look-alikes.
"""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Stefan Maurer", "Molly Ward", "George Hill", "Jana Schuster", "Ben Holt", "Lucy Hart")

REDACTED = [
    (
        "Kunde Rojhat Demirtaş bedankt sich für die Entstörung durch Herrn Maurer.",
        "Kunde R. D. bedankt sich für die Entstörung durch Herrn Maurer.",
    ),
    (
        "Customer Chinedu Okafor rang to thank Molly for the upgrade.",
        "Customer C. O. rang to thank Molly for the upgrade.",
    ),
    (
        "Danke an Herrn Maurer. Obrigada! Thaís Nascimento, Gartenstraße 8, 04107 Leipzig",
        "Danke an Herrn Maurer. Obrigada! T. N., [ADDRESS]",
    ),
    (
        "Liebe Grüße und danke, Ngozi Okonkwo-Eze, ngozi.oe@gmx.de",
        "Liebe Grüße und danke, N. O., [EMAIL]",
    ),
    ("Thanks Molly. Rgds Ciaran, 087 123 4567", "Thanks Molly. Rgds C., [PHONE]"),
    (
        "Vielen Dank an Frau Schuster! Gruß M. C. dela Cruz",
        "Vielen Dank an Frau Schuster! Gruß M. C. C.",
    ),
    ("Thanks Molly, all sorted. Maria Cristina dela Cruz", "Thanks Molly, all sorted. M. C. C."),
    ("Thank you Molly! Regards, Mariam bint Khalid", "Thank you Molly! Regards, M. K."),
    ("Loved the chat with Molly! 💛 Sade", "Loved the chat with Molly! 💛 S."),
    (
        "Danke an Frau Schuster fürs Zurückrufen 🌻 Emine",
        "Danke an Frau Schuster fürs Zurückrufen 🌻 E.",
    ),
    ("Ta very much George 🙏 Dawit", "Ta very much George 🙏 D."),
    (
        "hey its yaw mensah, cheers to ben for fixing my wifi",
        "hey its Y. M., cheers to ben for fixing my wifi",
    ),
    ("Thanks Molly! - MOHAMMAD REZA KARIMI", "Thanks Molly! - M. R. K."),
    (
        "Anrufer: Nwachukwu, Ifeanyi – bedankt sich bei Herrn Maurer",
        "Anrufer: N., I. – bedankt sich bei Herrn Maurer",
    ),
    ("yo molly ur a legend!! - big love, dami", "yo molly ur a legend!! - big love, D."),
    ("Danke Herr Maurer!! VIELE GRÜSSE, OKSANA MELNYK", "Danke Herr Maurer!! VIELE GRÜSSE, O. M."),
    (
        "Great job Molly. From a very grateful Olumide Bankole",
        "Great job Molly. From a very grateful O. B.",
    ),
    (
        "Großes Lob an Herrn Maurer von einer sehr zufriedenen Oluwakemi Adeyemi",
        "Großes Lob an Herrn Maurer von einer sehr zufriedenen O. A.",
    ),
]

KEPT = [
    "Kunde Deutsche Bahn beschwert sich über Herrn Maurer.",
    "The customer Sky Glass arrived, thanks Molly.",
    "Danke! Deutsche Telekom, [ADDRESS]",
    "Wir wohnen jetzt in Bad Homburg, [ADDRESS]",
    "Thanks Molly 💛 Love",
    "Danke an Frau Schuster 👍 Super",
    "Danke an Frau Schuster 🙏 Telekom",
    "Danke an Frau Schuster 🙏 Obrigado",
    "Danke für alles 🌻 Emine",
    "its netflix app, keeps crashing",
    "its new ipad, just wanted to say thanks",
    "Ich habe Maria das Paket gegeben.",
    "Thanks Molly! - GREAT SERVICE",
    "Kunde Meier – Techniker vor Ort",
    "thanks molly - big love, everyone",
    "Thanks Molly! - NETFLIX UK",
    "THANK YOU SO MUCH MOLLY - AMAZING WORK",
    "Danke Herr Maurer! TOP SERVICE, DANKE",
    "Thanks Molly! Sent from a very happy Sunday",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_thirtyseventh_session_shape_is_redacted_once(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT)
def test_a_look_alike_of_a_thirtyseventh_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, AGENTS)
