"""Asking for a real person complains, reaching one praises; help asked for is no praise, help
thanked for is (sentiment/asked_for.py). "free" after what is left out ("fat free milk",
"gluten-free") and "feel free" are no praise, nor are an answer ("yes") and account nouns
("credit card", "award travel"; lexicon_en.tsv)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text

# (quote, label of the analyser)
HUMANS = [
    ("@user need to chat with an actual human ASAP!", "negative"),
    ("I need to speak to a real person", "negative"),
    ("Can I speak to a real person please", "negative"),
    ("@user is there a real live person somewhere I can go and speak to?", "negative"),
    ("Is it possible to talk to a real human? I just want to reach a human.", "negative"),
    ("Finally got to speak to a real person and she sorted it.", "positive"),
    ("I was put through to a live person within a minute, brilliant.", "positive"),
    ("Thank you for letting me talk to a real person. Jenny was great.", "positive"),
    ("You're one of the few companies where I can actually reach a human being.", "positive"),
]
# (quote, whether "help" stays praise among the rules' evidence)
HELP = [
    ("@user GF was on hold for 4 hours and call was dropped!!! HELP!!!!! Need a flight!!!", False),
    ("@user Can I get some help with a support ticket?", False),
    ("Help me understand why I switched.", False),
    ("I cant get anyone on the phone to help with my booking.", False),
    ("Been on hold for an hour trying to get help.", False),
    ("Thanks so much for your help, Jenny!", True),
    ("She was a great help and very patient.", True),
    ("Help was quick and friendly.", True),
    ("The agent did help me.", True),
]
# (quote, label of the rules, whether "free" is among the rules' evidence)
FREE = [
    ("I mix it with a banana and fat free milk.", "neutral", False),
    ("These are sugar-free and gluten-free.", "neutral", False),
    ("All but one of the snacks are gluten and wheat free.", "neutral", False),
    ("Please feel free to contact me.", "neutral", False),
    ("Call the toll free number.", "neutral", False),
    ("I got a free upgrade!", "positive", True),
]


@pytest.mark.parametrize(("text", "label"), HUMANS)
def test_a_human_asked_for_complains_and_reached_praises(rules, text, label):
    sign = 1 if label == "positive" else -1
    assert rules.score(text, "en").compound * sign > 0
    assert analyze_text(text).sentiment.label == label


@pytest.mark.parametrize(("text", "given"), HELP)
def test_help_praises_only_when_given(rules, text, given):
    verdict = rules.score(text, "en")
    assert any(e.text.lower() == "help" and e.weight > 0 for e in verdict.evidence) is given
    assert (verdict.label == "positive") is given


@pytest.mark.parametrize(("text", "label", "praised"), FREE)
def test_free_of_something_is_no_praise(rules, text, label, praised):
    verdict = rules.score(text, "en")
    assert verdict.label == label
    assert any("free" in e.text.lower() for e in verdict.evidence) is praised


# (quote, label of the rules): an answer and an account noun are no verdict.
ANSWERS_AND_ACCOUNTS = [
    ("@user yes, supposed to be here by 6PM. I have a Board Meeting tomorrow.", "neutral"),
    ("Yes.", "neutral"),
    ("@user just get the RR credit card and get the points of family that way", "neutral"),
    ("@user can I book one way tickets with award travel/points", "neutral"),
    ("Yes! She was amazing.", "positive"),
    ("They gave me a £10 credit as an apology, lovely.", "positive"),
]


@pytest.mark.parametrize(("text", "label"), ANSWERS_AND_ACCOUNTS)
def test_answers_and_account_nouns_are_no_verdict(rules, text, label):
    verdict = rules.score(text, "en")
    assert verdict.label == label
    assert not any(
        e.text.lower() in ("yes", "credit card", "award travel") for e in verdict.evidence
    )
