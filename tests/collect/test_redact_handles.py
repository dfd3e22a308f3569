"""Social-media handles: a customer's becomes ``[HANDLE]``, a company's or an agent's stays
(redact_handles.py)."""

from __future__ import annotations

import pytest

from feedback.collect.redact import RedactionKind, redact

AGENTS = ("Lena Schulz", "Priti Sharma")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my sister @anjali_mehta_ was impressed", "my sister [HANDLE] was impressed"),
        ("@TelcoCareUK @shaun_mcbride thanks both", "@TelcoCareUK [HANDLE] thanks both"),
        ("Customer (@kateosullivan): hiya", "Customer ([HANDLE]): hiya"),
        ("Danke an Priti! (gepostet von @max.vogt)", "Danke an Priti! (gepostet von [HANDLE])"),
        ("jamie @jamie_okafor92 · 2h", "jamie [HANDLE] · 2h"),
        # run together in lower case, as on real airline tweets
        ("@united @carrieunderwood sang it best", "@united [HANDLE] sang it best"),
        ("cc @chasefoster, thanks Priti", "cc [HANDLE], thanks Priti"),
    ],
)
def test_a_customers_handle_becomes_a_placeholder(text, expected):
    result = redact(text, AGENTS)
    assert result.text == expected
    assert RedactionKind.HANDLE in [f.kind for f in result.findings]
    assert redact(result.text, AGENTS).text == expected  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "@lena_support thanks for the quick answer!",  # the company's support handle
        "@StromNord_Hilfe Danke an Priti",
        "honestly Priti at @ShopRiteNG was a star",
        "Shoutout an @energie_sued und @QuickCartCS",
        "thanks @priti_sharma, you were great",  # an agent's own handle
        # brands run words together too (real airline tweets): a word at the end or the start
        "@southwestair @americanair thanks for the rebooking",
        "as seen in @orlandosentinel and @chicagotribune, free @vitaminwater and @beatsmusic",
    ],
)
def test_companies_and_agents_handles_stay(text):
    assert redact(text, AGENTS).text == text


def test_an_email_address_is_no_handle():
    assert redact("Mail an anna.schmidt@web.de", AGENTS).text == "Mail an [EMAIL]"
