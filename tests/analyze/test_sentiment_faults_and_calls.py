"""English dev split, fifteenth session: faults and verdicts that scored 0 ("so many hiccups
with the videos", "the charger wont work", "Staff was cordial"), a product's name praising
("stop working the macbook pro" through "pro"), and a call for help praising through "help"
("Can you help?", "Please help!"); "unfriendly" is as strong as "rude" ("so unfriendly omg" of
our own set had turned neutral with the retrained model). Each has a look-alike that keeps its
reading."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text
from feedback.analyze.sentiment import RuleBasedScorer

RULES = RuleBasedScorer(models=None)


@pytest.mark.parametrize(
    "text",
    [
        "There were so many hiccups with the videos.",
        "Within two months there were too many bugs.",
        "The charger wont work.",
        "The charger doesn't work anymore.",
        "The power cord was scratched.",
        "Stop working the macbook pro",
        "so unfriendly omg",
        "The staff were unfriendly.",
    ],
)
def test_faults_complain(text):
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    "text",
    ["Staff was cordial.", "The lectures are captivating.", "No bugs at all, works perfectly."],
)
def test_courtesy_and_look_alikes_praise(text):
    assert analyze_text(text).sentiment.label == "positive"


def test_a_negated_unfriendly_is_no_complaint():
    assert RULES.score("Not unfriendly, just busy.", "en").compound > 0


def test_a_product_name_praises_nothing_but_a_pro_does():
    assert RULES.score("I bought the macbook pro last week.", "en").compound == 0
    assert RULES.score("She is a real pro!", "en").compound > 0


@pytest.mark.parametrize(
    "text", ["Can you help?", "Please help, my flight was moved.", "I need help with my booking."]
)
def test_a_call_for_help_is_no_praise(text):
    assert RULES.score(text, "en").compound <= 0


@pytest.mark.parametrize(
    "text",
    [
        "She was able to help me, thank you!",
        "Thanks for your help",
        "Can you help? Your agent Maria was wonderful.",
    ],
)
def test_help_given_still_praises(text):
    assert RULES.score(text, "en").label == "positive"
