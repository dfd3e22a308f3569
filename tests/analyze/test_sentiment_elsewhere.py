"""A recommendation to go elsewhere is no praise ("Ich würde Ihnen dringend empfehlen, woanders zu
übernachten" was praise through "empfehlen"; sentiment/elsewhere.py); support without a clue
complains; the customer's own "Ich hatte keine Ahnung, dass …" is surprise, not a complaint."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich würde Ihnen dringend empfehlen, woanders zu übernachten.", "de"),
        ("Empfehle jedem, sich woanders hin zu wenden.", "de"),
        ("I'd strongly recommend you go elsewhere.", "en"),
        ("I recommend taking your business elsewhere.", "en"),
    ],
)
def test_recommending_to_go_elsewhere_is_no_praise(rules, text, language):
    assert rules.score(text, language).compound < 0
    assert analyze_text(text).sentiment.label != "positive"


def test_a_recommendation_in_another_sentence_stays(rules):
    text = "Frau Kaya kann ich nur empfehlen. Die Filiale davor hat uns woanders hin geschickt."
    verdict = rules.score(text, "de")
    assert any(e.weight > 0 and "empfehlen" in e.text for e in verdict.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Der Kundendienst hat absolut keine Ahnung.",
        "Der Verkäufer ließ sich Zeit.",
        "Support has no idea how to fix it.",
    ],
)
def test_no_clue_and_taking_ones_time_complain(text):
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Ich hatte keine Ahnung, dass das so einfach geht – danke!",
        "Frau Kaya hat sich Zeit genommen.",
    ],
)
def test_own_surprise_and_time_taken_praise(text):
    assert analyze_text(text).sentiment.label == "positive"
