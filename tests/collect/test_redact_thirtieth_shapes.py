"""Shapes added in the thirtieth redaction session (dev set 30, mostly German): a lower-case
self-introduction with an article ("bin die chantal aus lichtenberg"), a lower-case first name
after "gruß von", a name signed "i.A."/"i.V.", "von und zu" inside a signature, a full name in
lower case after "it's" before a comma; a customer number read out digit by digit or with a
slash between blanks; a house number with a half and a floor after a slash. With their
look-alikes."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Sonja Brandl", "Sean Walsh", "Kevin Marsh", "Tim Ulrich")

REDACTED = [
    (
        "My contact +91 91234 56789, Flat 204, Green Meadows, Koramangala, Bengaluru 560034.",
        "My contact [PHONE], [ADDRESS].",
    ),
    (
        "The installer never came. Regards, J. De la Cruz",
        "The installer never came. Regards, J. C.",
    ),
    (
        "huhu! danke an Frau Brandl 😍 bin die chantal aus lichtenberg",
        "huhu! danke an Frau Brandl 😍 bin die C. aus lichtenberg",
    ),
    ("hi bin der jonas schmitz aus köln, danke!", "hi bin der J. S. aus köln, danke!"),
    (
        "Router läuft. gruß von anne-kathrin aus dem erdgeschoss",
        "Router läuft. gruß von A. K. aus dem erdgeschoss",
    ),
    ("Alles erledigt, danke! lg von jan", "Alles erledigt, danke! lg von J."),
    ("Sonst alles prima, danke! i.A. Schröder", "Sonst alles prima, danke! i.A. S."),
    ("Vielen Dank.\ni. V. Dr. Albers\nBüro Nord", "Vielen Dank.\ni. V. Dr. A.\nBüro Nord"),
    (
        "Danke für die Reklamation.\nMit vorzüglicher Hochachtung\nLeopold von und zu Hohenberg",
        "Danke für die Reklamation.\nMit vorzüglicher Hochachtung\nL. H.",
    ),
    (
        "hi it's bridget mcnamara, calling back for Sean",
        "hi it's B. M., calling back for Sean",
    ),
    (
        "Meine Kundennummer ist 5 3 0 2 8 8 1 6, Rückruf bitte",
        "Meine Kundennummer ist [REF], Rückruf bitte",
    ),
    ("Kd.-Nr. 31 207 / 4455, Frage geklärt", "Kd.-Nr. [REF], Frage geklärt"),
    ("Neue Adresse: Hauptstraße 5 1/2, 93047 Regensburg", "Neue Adresse: [ADDRESS]"),
    ("Anschrift: Am Alten Markt 3a / 2. OG, 24103 Kiel", "Anschrift: [ADDRESS]"),
]

KEPT = [
    "ich bin der meinung, dass Herr Ulrich super war",
    "ich bin die erste aus der familie, Danke an Frau Brandl",
    "bin die mama, danke an Kevin",
    "gruß von zuhause, Danke!",
    "i.A. Ihr Kundenservice",
    "Danke, i.A. Team Süd",
    "Das Paket ist i.O. Danke",
    "hi it's monday morning, Sean fixed it",
    "hallo hier ist anna zuhause, Danke",
    "Rechnung 11 / 2024 war falsch",
    "Rechnung 2023 / 2024 war falsch",
    "Auftrag 3 2 1 los, danke",
    "Nach 5 1/2 Stunden kam der Techniker, danke",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_a_thirtieth_session_shape_is_redacted_once(text: str, expected: str) -> None:
    assert_redacted_once(text, expected, AGENTS)


@pytest.mark.parametrize("text", KEPT)
def test_a_look_alike_of_a_thirtieth_session_shape_stays(text: str) -> None:
    assert_redacted_once(text, text, AGENTS)
