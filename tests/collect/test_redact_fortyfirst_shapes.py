"""Shapes added in the forty-first redaction session (dev set 41 and held-out 40's known misses):
handles after "– von", "Nutzer:", "Instagram user", a hashtag and a dash, or "von" opening the
last sentence; "zu" in a name after a name label ("Absender: Prof. Dr. Hans-Georg zu Solms");
a first name joined to a found full name ("Sabine u. Klaus Oltmanns"); "bin übrigens die
Chiara", "Die Meron Haile hier"; "caller"/"Name" before a full name, "Name given:"; a date of
birth four words after "DOB"; a card's first digits before its mask; initials, a particle and a
surname after a closing before a comma; an agent's surname after a title ends the name ("Herr
Horn Fragen"); a landmark is no person ("London Bridge"); a house's name, a hyphenated village
and the full postcode are an address ("Rose Cottage, Lower Swell, Stow-on-the-Wold GL54 1LF").
With their look-alikes.
"""

# ruff: noqa: E501 (a shape and its result on one line each)
from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

# Agents of these messages: kept wherever they are named
STAFF = ("Lars Vogel", "Zoe Hart", "Ben Ott", "Ina Marx", "Anna Meier", "Owen Price", "Max Horn")

# text -> what redaction makes of it (once, and again unchanged)
SHAPES: dict[str, str] = {
    "Rezension – von lena_k_1990: Danke an Frau Marx!": "Rezension – von [HANDLE]: Danke an Frau Marx!",
    "Super App! – Nutzer: wanderfalke_77": "Super App! – Nutzer: [HANDLE]",
    "Kommentar unter eurem Post: danke Ben!! – von @opa_heinz_61": "Kommentar unter eurem Post: danke Ben!! – von [HANDLE]",
    "Tweet: thanks to Zoe 🙏 #happy – @big_dave_from_leeds": "Tweet: thanks to Zoe 🙏 #happy – [HANDLE]",
    "Facebook user greta.holm.84: thanks Owen!": "Facebook user [HANDLE]: thanks Owen!",
    "Bestellung storniert, danke Ina. von anke.roemer": "Bestellung storniert, danke Ina. von [HANDLE]",
    "Absender: Prof. Dr. Ernst-August zu Solms\nDanke Frau Marx.": "Absender: Prof. Dr. E. S.\nDanke Frau Marx.",
    "Viele Grüße aus Kiel, Ulrike u. Jens Petersen": "Viele Grüße aus Kiel, U. u. J. P.",
    "Danke an Frau Marx! Eure Kunden Marion und Dieter Hansen": "Danke an Frau Marx! Eure Kunden M. und D. H.",
    "Hi! Bin übrigens die Giulia (giulia@web.de), danke Lars": "Hi! Bin übrigens die G. ([EMAIL]), danke Lars",
    "Die Saba Tesfay hier, danke Frau Marx!": "Die S. T. hier, danke Frau Marx!",
    "Hat alles geklappt. Bin der Dawit.": "Hat alles geklappt. Bin der D.",
    "Notes: caller Kofi Asante, thanked Owen.": "Notes: caller K. A., thanked Owen.",
    "Rückruf wg. Rechnung, Name Wang Fang, danke an Frau Marx": "Rückruf wg. Rechnung, Name W. F., danke an Frau Marx",
    "DOB on the account is 12/03/1980, thanks Owen": "DOB on the account is [BIRTHDATE], thanks Owen",
    "Karte 4921 81** **** 0029 gesperrt, danke Lars": "Karte [CARD] gesperrt, danke Lars",
    "Visa 5100 **** **** 1234 refunded, thanks Zoe": "Visa [CARD] refunded, thanks Zoe",
    "Kind regards, D. Ó Murchú, 087 123 4567": "Kind regards, D. M., [PHONE]",
    "Cheers Owen, best, T. Kowalski, 14 Elm Road, York YO1 7HH": "Cheers Owen, best, T. K., [ADDRESS]",
    "Thanks Zoe! Mrs J. Ellery, Ivy Cottage, Lower Slaughter, Bourton-on-the-Water GL54 2AB": "Thanks Zoe! Mrs J. E., [ADDRESS]",
}
# look-alikes that stay as written
UNCHANGED = (
    "Bewertung von heute: alles gut, danke Ben",
    "Nutzer: zufrieden",
    "Ich bin der Meinung, dass Frau Marx toll war.",
    "Ich bin die Neue hier und danke Lars",
    "Die Telekom hier war schnell",
    "The caller ID Service was great, thanks Owen",
    "Bei Fragen ruft Herr Horn Sie an, danke!",
    "Danke an Herrn Horn für alles",
    "Thanks, D.C. Area team, and Zoe",
    "Our new contract ends 2026, thanks Zoe",
    "Ich danke Herrn Ott von Herzen.",
    "We walked past London Bridge and the shop was shut, but Zoe helped",
    "Met at Victoria Station, Zoe was lovely",
    "Thanks Zoe, we love Stow-on-the-Wold in the Cotswolds",
)


@pytest.mark.parametrize("text", sorted(SHAPES))
def test_a_forty_first_session_shape_is_redacted_once(text: str) -> None:
    assert_redacted_once(text, SHAPES[text], STAFF)


@pytest.mark.parametrize("text", UNCHANGED)
def test_a_look_alike_of_a_forty_first_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, STAFF)


def test_a_first_name_before_an_agents_full_name_stays() -> None:
    # "Anna" is an agent's first name here: not the partner of "Peter Müller"
    assert_redacted_once("Danke an Anna und Peter Müller!", "Danke an Anna und P. M.!", STAFF)
