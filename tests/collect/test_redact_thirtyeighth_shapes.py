"""Shapes added in the thirty-eighth redaction session (dev set 38) from the misses the brief
quoted from held-out 37: a Vietnamese full name whose last word is an English one ("Kunde
Phạm Văn Long"), a lower-case initial before a particle ("– k. van den Broek"), two names in
lower case in a quoted text ("gruß oksana und taras"), "& wee ruaridh", a lower-case name after
an emoji and a dash, a name in capitals before a town after a closing, a lower-case name in
apposition ("from us, hodan warsame, to ryan"); and the fix of round 37's over-redaction of a
brand before a short thing noun ("its tesco app, just wanted …"). With their look-alikes.
"""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Lars Vogel", "Ryan Lowe", "Ben Ott", "Zoe Hart", "Owen Price", "Ina Marx", "Sven Kolb")

REDACTED = [
    ("Kunde Phạm Văn Long ruft an, lobt Herrn Vogel.", "Kunde P. V. L. ruft an, lobt Herrn Vogel."),
    ("Customer Tran Van Long rang to thank Zoe.", "Customer T. V. L. rang to thank Zoe."),
    ("Danke an Frau Marx! – k. van den Broek, Kleve", "Danke an Frau Marx! – k. B., Kleve"),
    (
        "Alles bestens, danke Sven. Gruß m. de Vries, Emden",
        "Alles bestens, danke Sven. Gruß m. V., Emden",
    ),
    ("Best, r. o'neill, Limerick - thanks to Zoe", "Best, r. O., Limerick - thanks to Zoe"),
    (
        "SMS: 'danke an die frau vom service, gruß oksana und taras' – an Sven",
        "SMS: 'danke an die frau vom service, gruß O. und T.' – an Sven",
    ),
    (
        "Text: 'tell the lady thanks, from fiona and dougie' - for Zoe",
        "Text: 'tell the lady thanks, from F. and D.' - for Zoe",
    ),
    ("cheers Zoe, S. K. & wee ruaridh", "cheers Zoe, S. K. & wee R."),
    ("Zoe you're a star 🌟 - chiamaka", "Zoe you're a star 🌟 - c."),
    ("Kind regards, FRANCESCA BIANCHI, Edinburgh", "Kind regards, F. B., Edinburgh"),
    (
        "Danke Herr Vogel! Viele Grüße, DIMITRIOS KARAGIANNIS, Stuttgart",
        "Danke Herr Vogel! Viele Grüße, D. K., Stuttgart",
    ),
    ("big love from us, hodan warsame, to ryan", "big love from us, H. W., to ryan"),
    ("ein großes danke von mir, lina haddad, an ben", "ein großes danke von mir, L. H., an ben"),
    ("its emeka obi, thanks Ben", "its E. O., thanks Ben"),
    ("hey its yaw mensah, cheers to ben", "hey its Y. M., cheers to ben"),
]

KEPT = [
    "its iphone app, just wanted to say it crashes less now thanks to Zoe",
    "its vodafone sim, thanks for sorting it Ben",
    "its dyson fan, thanks for the quick swap",
    "its tesco app, just wanted to say thanks",
    "Danke an Herrn Vogel, der Transporter (ein Van) kam pünktlich.",
    "siehe – s. oben, danke Sven",
    "Gruß a. d. Ruhr, danke Sven",
    "'love from mum and dad' - for Zoe",
    "SMS: 'gruß euch und allen' – an Sven",
    "thanks from me, your customer, to Zoe",
    "thanks from us, big fans, to Zoe",
    "a dram & wee bit, thanks Zoe",
    "Thanks Owen 😊 - cheers",
    "Thanks Owen 😊 - brilliant",
    "Regards, BRITISH GAS, Leeds",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_thirtyeighth_session_shape_is_redacted_once(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT)
def test_a_look_alike_of_a_thirtyeighth_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, AGENTS)
