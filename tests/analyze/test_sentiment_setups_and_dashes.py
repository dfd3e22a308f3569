"""A complaint's set-up that praised, and clause ends the rules missed (sentences written for these
tests; lexicon_en.tsv, ``passes._SCOPE_ENDS``, ``tokens.tokenize_with_breaks``): a customer's
loyalty, a department's name, a frank opener, a quantity's "well", a friend or a third party judge
nothing; "this is how you treat", "are you kidding me", "funny how", "nobody has called me back",
"straight to voicemail" reproach; cleared doubts, thanks announced ("I would like to thank") and
promises kept praise, unless the thanks is for a complaint; "was" opens no German clause
(``language.segment_votes``); a spaced hyphen and "but" end a
negation's reach."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text
from feedback.analyze.tokens import tokenize_with_breaks

COMPLAINTS = [
    "I have been a loyal customer for twelve years and this is how you treat me.",
    "Is this how you treat people who have paid for a year in advance?",
    "To be honest, nobody has called me back since Tuesday.",
    "I waited well over an hour for someone to pick up.",
    "Are you kidding me? The parcel went back to the depot again.",
    "Funny how nobody ever answers the phone after five.",
    "Every time I ring it goes straight to voicemail.",
    "Third time this week the router has dropped out.",
    "I was told a third party would sort it and nothing happened.",
]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        *((text, -1) for text in COMPLAINTS),
        ("Anita cleared all my doubts about the new tariff.", 1),
        ("She was so patient and cleared my doubts one by one.", 1),
        ("My friend recommended you and the service was great.", 1),
        ("Honestly the best help I have had from any company.", 1),
        ("Customer care was brilliant this time.", 1),
        ("Sorted straight away, thank you.", 1),
        ("Well done to the whole team!", 1),
        ("The app has improved a lot since the update.", 1),
        ("The new plan was not cheap but worth it.", 1),  # "but" ends the negation's reach
        ("The first engineer did not show up - the second one was brilliant.", 1),
        ("Sam was fantastic.", 1),  # "was" is English too: no German clause
        ("Priya was so patient with me.", 1),
        ("I would like to thank Mark for sorting out my account.", 1),
        ("I wanted to say thank you to Leah on the night shift.", 1),
        ("The new router does exactly what they promised.", 0),  # no phrase: "does … promised"
        ("The engineer did exactly what he said he would.", 1),
        ("I would like to thank you for yet another delay.", -1),  # ironic, announced
        ("I called customer care about my bill.", 0),
        ("I am entitled to a refund under the contract, as far as I know.", 0),
        ("Just curious, when does the new tariff start?", 0),
    ],
)
def test_the_rules_hear_the_verdict(rules, text, sign):
    verdict = rules.score(text, "en")
    assert (verdict.compound > 0) - (verdict.compound < 0) == sign, verdict


@pytest.mark.parametrize("text", COMPLAINTS[:7])
def test_complaints_are_negative(text):
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Anita cleared all my doubts about the new tariff.",
        "I did not expect much - Tom was fantastic.",
        "I would like to thank Mark for sorting out my account.",
    ],
)
def test_praise_is_positive(text):
    assert analyze_text(text).sentiment.label == "positive"


def test_a_spaced_hyphen_is_a_break_and_a_word_hyphen_is_not():
    assert tokenize_with_breaks("did not - I loved it") == ["did", "not", "–", "I", "loved", "it"]
    words = ["a", "well-known", "brand", "–", "sadly"]
    assert tokenize_with_breaks("a well-known brand -- sadly") == words
    assert tokenize_with_breaks("minus -5 degrees") == ["minus", "5", "degrees"]
