"""Emotion cues: multi-label, negation-aware, scores in [0, 1] with evidence."""

from __future__ import annotations

import pytest

from feedback.analyze.emotions import detect_emotions
from feedback.analyze.tokens import tokenize
from feedback.analyze.types import EMOTIONS


def labels(text: str) -> dict[str, float]:
    return {hit.label: hit.score for hit in detect_emotions(tokenize(text), "de")}


@pytest.mark.parametrize(
    ("text", "emotion"),
    [
        ("Tausend Dank für Ihre Hilfe!", "gratitude"),
        ("Thank you so much, I really appreciate it", "gratitude"),
        ("Mir ist ein Stein vom Herzen gefallen, endlich geht es wieder", "relief"),
        ("Phew, what a relief", "relief"),
        ("Ich habe mich riesig gefreut 😊", "joy"),
        ("Hut ab, das war absolut professionell", "admiration"),
        ("I was so impressed, you are a legend", "admiration"),
        ("Das hätte ich nicht gedacht, ich bin positiv überrascht", "surprise"),
        ("Schon wieder in der Warteschleife 🙄", "frustration"),
        ("So annoying, I'm fed up", "frustration"),
        ("Eine Frechheit, ich bin stinksauer 😡", "anger"),
        ("This is unacceptable, I'm furious", "anger"),
        ("🙏🙏", "gratitude"),
    ],
)
def test_detects(text: str, emotion: str) -> None:
    assert emotion in labels(text)


def test_multi_label_and_evidence() -> None:
    hits = detect_emotions(
        tokenize("Vielen Dank, ich bin so erleichtert! Wow, unerwartet schnell.")
    )
    found = {hit.label for hit in hits}
    assert {"gratitude", "relief", "surprise"} <= found
    gratitude = next(hit for hit in hits if hit.label == "gratitude")
    assert gratitude.evidence == ("Vielen Dank",)
    assert all(0.0 < hit.score <= 1.0 and hit.label in EMOTIONS for hit in hits)
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)


def test_negated_cue_does_not_count() -> None:
    assert "frustration" not in labels("Ich war überhaupt nicht genervt")
    assert "admiration" not in labels("I was not impressed")


def test_repeated_evidence_raises_the_score() -> None:
    once = labels("Danke")["gratitude"]
    twice = labels("Danke, danke, dankbar!")["gratitude"]
    assert twice > once


def test_neutral_text_has_no_emotion() -> None:
    assert detect_emotions(tokenize("Bitte senden Sie mir die Rechnung.")) == ()


@pytest.mark.parametrize(
    "text", ["Thanks for nothing.", "Vielen Dank für nichts!", "Danke für gar nichts."]
)
def test_sarcastic_thanks_is_frustration_not_gratitude(text: str) -> None:
    found = labels(text)
    assert "gratitude" not in found
    assert found["frustration"] > 0.5
