"""Names after "ask for", in "from X and the kids", nicknames (redact_cues.py), and towns with
a river or region in brackets that stay (redact_places.py)."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

AGENTS = ("Olga Petrova", "Bex Hall", "Robert Lane")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who to ask for, when no agent is called so
        ("Yes: 0151 2345678, ask for Bridget", "Yes: [PHONE], ask for B."),
        ("Rufen Sie an und fragen Sie nach Bridget.", "Rufen Sie an und fragen Sie nach B."),
        ("Bitte nach Bridget Jones fragen.", "Bitte nach B. J. fragen."),
        # who the message is from
        ("Thank u Bex!!!! from Tash and the kids", "Thank u Bex!!!! from T. and the kids"),
        ("Danke Bex! Von Tash und den Kindern", "Danke Bex! Von T. und den Kindern"),
        ("Thanks Bex, Love, Tash x", "Thanks Bex, Love, T. x"),
        ("Olga was lovely. Thank you from Funmi", "Olga was lovely. Thank you from F."),
        ("Olga was lovely. Thank you from Funmi.", "Olga was lovely. Thank you from F."),
        ("Call me Ishmael. Olga knows.", "Call me I. Olga knows."),
        # nicknames: quoted after a family word, after "calls him", in brackets
        ('my son "Bobby" loves the new tablet', 'my son "B." loves the new tablet'),
        ("unser Kleiner „Maxi“ liebt das Tablet", "unser Kleiner „M.“ liebt das Tablet"),
        (
            "My husband (everyone calls him Bear) was thrilled",
            "My husband (everyone calls him B.) was thrilled",
        ),
        (
            "Mein Mann (alle nennen ihn nur Schnuffi) ist froh",
            "Mein Mann (alle nennen ihn nur S.) ist froh",
        ),
        ('our cat called "Mimi" sat on the router', 'our cat called "M." sat on the router'),
        ("Call me Ishmael, and thanks Olga", "Call me I., and thanks Olga"),
        (
            "Michael (Mike) called yesterday and Olga helped.",
            "M. (M.) called yesterday and Olga helped.",
        ),
    ],
)
def test_the_cued_name_goes(text, expected):
    assert redact(text, AGENTS).text == expected
    assert redact(expected, AGENTS).text == expected  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "Please ask for Olga when you call.",  # an agent
        "Please ask for Premium when you call, or ask for help.",
        "Greetings from Berlin and the team!",
        "Thanks from Leeds",
        'the "Pro" plan is great, a film called "Titanic"',
        # found on real reviews: a phone call, an instruction, an abbreviation
        "I called Paris office this morning and Olga answered.",
        "Can someone please call me ASAP?",
        "Call me Chairman, or call me Monday.",
        "Robert (Bob) fixed my router.",  # an agent and what he is called
        # towns with a river or region in brackets
        "Wir wohnen in Halle (S.) und Frankfurt (Oder), danke Olga",
        "Grüße aus Halle (Saale)",
        "Viele Grüße aus Weiden (Opf.) und Lutherstadt Wittenberg",
    ],
)
def test_ordinary_words_agents_and_towns_stay(text):
    assert redact(text, AGENTS).text == text
