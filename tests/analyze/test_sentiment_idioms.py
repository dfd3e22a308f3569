"""Everyday idioms of praise whose words alone read as criticism or as nothing: "Kann man nicht
meckern" scored negative (the negator alone), "Keine Ahnung, was ich ohne Sie gemacht hätte"
negative, "Sie haben sich so viel Zeit für mich genommen" neutral."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        "Kann man nicht meckern.",
        "Da kann man echt nicht meckern!",
        "Sie haben sich so viel Zeit für mich genommen.",
        "Ich weiß nicht, was ich ohne Sie gemacht hätte.",
        "Keine Ahnung, was ich ohne Ihre Hilfe gemacht hätte!",
    ],
)
def test_a_german_idiom_of_praise_is_positive(text):
    sentiment = analyze_text(text).sentiment
    assert sentiment.label == "positive"
    assert sentiment.compound > 0.3


@pytest.mark.parametrize(
    "text",
    [
        "I don't know what I would have done without you.",
        "Not sure what I'd have done without you.",
    ],
)
def test_an_english_idiom_of_praise_pulls_up_despite_its_negator(text):
    # the English model hears "don't know" / "not sure" as neutral; the score says praise
    sentiment = analyze_text(text).sentiment
    assert sentiment.compound > 0.2
    assert sentiment.label != "negative"


def test_a_complaint_after_not_wanting_to_complain_stays_a_complaint():
    sentiment = analyze_text("Ich will nicht meckern, aber die Wartezeit war lang.").sentiment
    assert sentiment.compound < 0
