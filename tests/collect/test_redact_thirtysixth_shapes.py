"""Shapes added in the thirty-sixth redaction session (dev set 36 and the misses round 34's and
35's notes quoted): a caller's name surname first after a role word ("Kunde Haile, Dawit"), a
Korean name with a hyphenated given name ("Park Mi-young"), "Kd" alone before a customer
number, "Handle here is @…", a lower-case name after "under the name of", a street with a
Welsh particle or a Dublin district before the Eircode, a town after a German greeting's "von"
("Liebe Grüße von Paris": kept, was "P."), and a lone unlisted name after a sentence once an
agent was thanked ("… a review. Chidinma"). With their look-alikes."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Poppy Lane", "Uwe Franke")

REDACTED = [
    (
        "Vermerk: Kunde Haile, Dawit (geb. 21.03.1966) bedankt sich bei Kollege Franke.",
        "Vermerk: Kunde H., D. (geb. [BIRTHDATE]) bedankt sich bei Kollege Franke.",
    ),
    ("Anrufer: Tesfaye, Dawit\nlobt Herrn Franke", "Anrufer: T., D.\nlobt Herrn Franke"),
    ("Kundin Müller, Hans bedankt sich bei Uwe", "Kundin M., H. bedankt sich bei Uwe"),
    (
        "My gran Park Mi-young phoned and Poppy was lovely.",
        "My gran P. M. phoned and Poppy was lovely.",
    ),
    ("Kim Ji-hoon and Lee Seo-yeon say thanks to Poppy", "K. J. and L. S. say thanks to Poppy"),
    ("Danke Uwe! (Kd 55 20 118)", "Danke Uwe! (Kd [REF])"),
    (
        "Thanks Poppy. Handle here is @kwabena_cooks if you need it",
        "Thanks Poppy. Handle here is [HANDLE] if you need it",
    ),
    ("Thanks Poppy, my username is @grumpy_toaster", "Thanks Poppy, my username is [HANDLE]"),
    (
        "Thanks Poppy. postcode BD8 7QP, order is under the name of hina malik",
        "Thanks Poppy. postcode [ADDRESS], order is under the name of H. M.",
    ),
    ("Danke Uwe, bestellt unter dem Namen Ewa Nowak", "Danke Uwe, bestellt unter dem Namen E. N."),
    (
        "Thanks Poppy. New address 3 Ffordd y Parc, Bangor LL57 2EP. Cheers",
        "Thanks Poppy. New address [ADDRESS]. Cheers",
    ),
    (
        "Thanks Poppy! Address is 4 Elm Park, Drumcondra, Dublin 9, D09 X1Y2.",
        "Thanks Poppy! Address is [ADDRESS].",
    ),
    (
        "Lovely chat with Poppy, will leave a review. Chidinma",
        "Lovely chat with Poppy, will leave a review. C.",
    ),
    # a person after a German greeting's "von" still goes
    ("Danke Uwe! Liebe Grüße von Sarah", "Danke Uwe! Liebe Grüße von S."),
    ("Danke Uwe! Grüße von Florence", "Danke Uwe! Grüße von F."),
]

KEPT = [
    "Kunde Meier, Techniker vor Ort, war sehr nett zu Uwe",  # a noun after the comma
    "Die Kundin Schulz, Berlin, lobt Uwe",  # a town
    "Thanks Poppy, the Park Co-op shop was great",  # no Korean given name
    "Thanks Poppy, the Park Check-in was quick",
    "Kundin Schulz, Rose bedankt sich bei Uwe",  # a word first: "Rose"
    "KD 2 Stück bestellt, danke Uwe",  # two digits, a count
    "Thanks Poppy, their handle here is @NetflixUK",  # another's handle
    "Thanks Poppy, who will handle @ShopRite_NG now?",
    "Thanks Poppy, it is under the name of my husband",
    "Thanks Poppy, under the name of love",
    "Thanks Poppy. Name on the order is wrong again.",
    "Thanks Poppy, top 3 of y Parc, Bangor",  # no street: no number before a street's name
    "Danke an Herrn Uwe Franke für die Umbuchung. Liebe Grüße von Paris",
    "Danke Uwe! Viele Grüße aus London",
    "Lovely chat with Poppy, will leave a review. Brilliant",  # a word
    "Thanks Poppy! OMGGGG",  # capitals
    "Thanks Poppy. It worked. Bisi",  # short: unsure (the eighteenth session's look-alike)
    "Thanks Poppy. Obrigado!",  # thanks in another language
    "Thanks Poppy. Dziękuję",
    "Thanks Poppy, I switched to Kabelnet. Kabelnet",  # named before: what they speak of
    "Lovely chat, will leave a review. Chidinma x",  # no agent named: unsure, as before
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_thirtysixth_session_shape_is_redacted_once(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT)
def test_a_look_alike_of_a_thirtysixth_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, AGENTS)
