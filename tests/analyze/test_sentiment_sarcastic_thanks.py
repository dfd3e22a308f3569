"""Sarcastic thanks in English: the German rules knew "Danke für nichts", the English ones
did not ("Thanks for nothing." scored neutral, "Thanks for ruining my weekend." mixed)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        *["Thanks for nothing.", "Thanks for nothing!", "Thanks for ruining my weekend."],
        *["Thanks a bunch for cutting me off", "Thanks for hanging up on me."],
    ],
)
def test_a_sarcastic_thanks_is_negative(text):
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the model still hears "thank you" as thanks: negative in score, neutral in label
        ("Thank you for nothing!", "Thank you for nothing"),
        ("Thank you for wasting my time.", "Thank you for wasting my time"),
    ],
)
def test_a_sarcastic_thank_you_pulls_down_and_names_the_phrase(text, phrase):
    sentiment = analyze_text(text).sentiment
    assert sentiment.compound < 0
    assert sentiment.label != "positive"
    assert sentiment.evidence[0].text == phrase


def test_a_plain_thanks_stays_positive():
    assert analyze_text("Thanks for the quick fix!").sentiment.label == "positive"
    # thanks for mending something broken is no sarcasm
    assert analyze_text("Thanks for fixing the broken router").sentiment.label == "positive"


@pytest.mark.parametrize(
    "text", ["Danke für garnichts", "Vielen Dank für gar nichts!", "Danke für nix."]
)
def test_sarcastic_thanks_as_typed_is_negative_and_frustrated(text):
    result = analyze_text(text)
    assert result.sentiment.label == "negative"
    assert [e.label for e in result.emotions] == ["frustration"]
