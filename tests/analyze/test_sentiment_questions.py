"""Plain questions are neutral (English dev split, fifteenth session): "@user where is my flight
voucher?" and "What is the policy behind changing passengers' seating assignments at the gate?"
were labelled negative, the model hearing the airline tweets' complaint words in them
(sentiment/questions.py). Complaining and rhetorical questions stay negative, praise with a
question stays praise."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text
from feedback.analyze.sentiment.questions import asks
from feedback.analyze.tokens import tokenize_with_breaks


@pytest.mark.parametrize(
    "text",
    [
        "@user where is my flight voucher?",
        "@user What is the policy behind changing passengers' seating assignments at the gate?",
        "@user @user what about upgrades?",
        "Hi, can I change my flight to Friday?",
        "@user Will you pick up your phone then?",
    ],
)
def test_plain_questions_are_neutral(text):
    assert analyze_text(text).sentiment.label == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "@user why is my bag still missing?",
        "@user how hard is it to unload bags in order of arrival? 45 mins and counting",
        "@user cannot add my frequent flyer number on your website. Can you fix it?",
        "@user no one answers the phone. Is there another number?",
        "@user is this how you treat your loyal customers?",
        "@user website keeps timing out. what's up?",
        "Where is my refund?! This is a joke.",
        "Can anyone explain why my flight was cancelled without notice?",
    ],
)
def test_complaining_questions_stay_negative(text):
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much, Jenny was wonderful! Could you pass this on to her manager?",
        "Great service today. Can I leave a review somewhere?",
    ],
)
def test_praise_with_a_question_stays_praise(text):
    assert analyze_text(text).sentiment.label == "positive"


def test_asks_needs_a_question_word_first():
    # A statement with a question mark ("the 5:50 is sold out too?") is no plain request.
    assert asks(tokenize_with_breaks("Can you send me the receipt?"), ())
    assert not asks(tokenize_with_breaks("The 5:50 is sold out too?"), ())
    assert not asks(tokenize_with_breaks("Can you send me the receipt"), ())
    assert not asks(tokenize_with_breaks("Can you send me the receipt? Never again!"), ())
