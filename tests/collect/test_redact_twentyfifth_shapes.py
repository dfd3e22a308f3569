"""Shapes added in the twenty-fifth redaction session: names signed after a dash where a
message ends (``redact_dash_signatures``); speakers' names after "I'm", "it's" and "hier ist"
that ``redact_context`` leaves (``redact_intro_names``); handles of two name parts no dictionary
knows (``redact_handles``); institutions praised by name stay (``redact_orgs``). And the
look-alikes that stay."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Ruth Baxter", "Jonas Albrecht", "Kojo Annan")

REDACTED = [
    ("thanks so much for today - Yaw Boateng", "thanks so much for today - Y. B."),
    ("loved it! - Akosua & Kwabena Darko", "loved it! - A. & K. D."),
    ("Alles super gelaufen. – Oluwadamilare", "Alles super gelaufen. – O."),
    ("cheers Ruth\n- Ifeanyi Chukwu", "cheers Ruth\n- I. C."),
    ("great stuff, thanks - Ewan MacLeod", "great stuff, thanks - E. M."),
    ("I'm Kwame Ofori and Jonas fixed it", "I'm K. O. and Jonas fixed it"),
    ("Hi it's Sibusiso, just a quick thanks", "Hi it's S., just a quick thanks"),
    ("hallo hier ist lukas wegen der rechnung", "hallo hier ist L. wegen der rechnung"),
    ("ty!! 🙌 @ekow.mensah", "ty!! 🙌 [HANDLE]"),
]

KEPT = [
    # a dash before words a dictionary knows, capitals, run-together words, companies, groups
    "thanks a lot - Great Support",
    "I have it - TY!",
    "not so much. Signed, -CaptiveAudience",
    "thanks - Customer Service Team",
    "Danke - Vodafone Deutschland",
    # one word alone without thanks or a sentence's end before the dash: a list of venues
    "04.06.2015 Leipzig – Werk 2 05.06.2015 Dresden – Beatpool",
    "Umsatz (+112%) - Signifik",
    # an agent signs
    "thanks for waiting - Kojo Annan",
    # an English word after "I'm", a weekday after "it's", no name after "hier ist"
    "I'm German and proud",
    "Hi, it's Monday, and it works",
    "hallo hier ist alles wegen dem termin",
    # institutions
    "I went to Duke University and loved it",
    "Ich liebe die Amory University!",
    # handles of brands: letters without vowels, a town with its umlaut written out
    "@sbb_cff_ffs danke",
    "RT @ksta_koeln: Kölner Stadtverwaltung",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_twenty_fifth_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)
