"""Customer complaints that praised or scored 0, and their look-alikes (sentences written for
these tests): hashtags read as their words (``sentiment/hashtags.py``), "deserve better", "no
idea how to help", "won't fix" (lexicon_en.tsv), what is lacking is no praise
(``sentiment/judged.lacked_praise``), thanks for a complaint verb the lexicon has in another form
(``sentiment/thanks_for.py``)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text

COMPLAINTS = [
    "Two hours on the phone #badcustomerservice",
    "Lost my bag again #neveragain",
    "Booked the wrong date for me #epicfail",
    "Your customers deserve better.",
    "We deserve better service than this.",
    "The agent had no idea how to help me.",
    "The technician had no clue how to reset the router.",
    "They still won't fix the leak.",
    "The technician couldn't fix my connection.",
]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        *((text, -1) for text in COMPLAINTS),
        ("The pizza lacks quality and good taste.", -1),
        ("The reply lacked any real help.", -1),
        ("The support team is lacking in basic friendliness and patience.", -1),
        ("Jenny sorted it in minutes #greatservice", 1),
        ("Thanks #welldone", 1),
        ("She deserves a raise, she was brilliant.", 1),
        ("I have no idea how to thank you enough.", 1),
        ("He fixed it in ten minutes.", 1),
        ("It lacks nothing, the service was great.", 1),  # the break ends the lack
        ("The room lacked a kettle but the staff were lovely.", 1),  # so does "but"
        ("I lack the words to thank you, you were wonderful.", 1),
        ("Flying to Denver today #travelday", 0),
        ("Ordered the #BloodyMary on the plane", 0),  # a drink, no curse
    ],
)
def test_the_rules_hear_the_verdict(rules, text, sign):
    verdict = rules.score(text, "en")
    assert (verdict.compound > 0) - (verdict.compound < 0) == sign
    assert bool(verdict.evidence) == bool(sign)


@pytest.mark.parametrize("text", COMPLAINTS)
def test_complaints_are_negative(text):
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    ("text", "ironic"),
    [
        ("Thanks for forcing me to check my carry-on.", True),
        ("Thank you for delaying us again.", True),
        ("Thanks for helping me with the forms.", False),
        ("Thanks for calling me back so quickly.", False),
    ],
)
def test_thanks_for_a_complaint_verb_is_ironic(rules, text, ironic):
    verdict = rules.score(text, "en")
    assert (verdict.compound < 0) == ironic
    assert any(e.text.endswith("(ironic)") for e in verdict.evidence) == ironic


def test_german_lack_is_paint(rules):
    assert rules.score("Der Lack glänzt super schön.", "de").compound > 0
