"""Shapes added in the twenty-eighth redaction session (dev set 28): an unlisted full name
signed before the customer's data in brackets, a family signed in the plural ("Cheers from the
Pearsons", ", the Kowalczyks (…)"), "big"/"little" before a first name at the end, a lower-case
first name after "vom" in German chat (``redact_signature_tails``); an agent's short form kept
("Cheers Nige" to Nigel, "Thanks Kev" to Kevin); an Austrian academic title kept ("Mag."); a
Nigerian street address with its areas and town. With their look-alikes."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Nigel Pratt", "Kevin Dunn", "Max Huber", "Divya Iyer")

REDACTED = [
    (
        "Ms Iyer was brilliant. Thanks, Kavya Menon (Customer ID 70221934)",
        "Ms Iyer was brilliant. Thanks, K. M. (Customer ID [REF])",
    ),
    (
        "The chap I spoke with was great. Cheers from the Pearsons",
        "The chap I spoke with was great. Cheers from the P.",
    ),
    ("Forever grateful, the Kowalczyks (T. & A.)", "Forever grateful, the K. (T. & A.)"),
    ("Thank you Nigel 💐 signed, Big Dave", "Thank you Nigel 💐 signed, Big D."),
    (
        "Chat mit Max war top, danke vom heiko aus kassel",
        "Chat mit Max war top, danke vom H. aus kassel",
    ),
    (
        "Herr Huber war super. Hochachtungsvoll Mag. Renate Steiner",
        "Herr Huber war super. Hochachtungsvoll Mag. R. S.",
    ),
    (
        "Best wishes, Ifeoma Nnadi, 5 Awolowo Road, Ikoyi, Lagos. Tel +234 809 876 5432",
        "Best wishes, I. N., [ADDRESS]. Tel [PHONE]",
    ),
]

KEPT = [
    "Cheers Nige, top bloke.",
    "Vehicle sorted. Thanks Kev",
    "Greetings from the Rockies",
    "Love from the Hills",
    "We saw Big Ben on the way",
    "das war vom feinsten",
    "Kevin Dunn (Customer Care) helped me",
    "Greetings from the Smokies",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_twenty_eighth_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)
