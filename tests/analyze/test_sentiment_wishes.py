"""Praise in a wish is polite criticism: "Das hätte besser laufen können", "Es könnte schneller
gehen" and "I would have expected better" were scored as praise through "besser" / "better"
(sentiment/wishes.py). A negated wish ("Hätte nicht besser laufen können") and a comparison
("schneller als erwartet") stay the praise they are."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das hätte besser laufen können.", "de"),
        ("Das ginge auch besser.", "de"),
        ("Hätte man besser lösen können.", "de"),
        ("Es könnte schneller gehen.", "de"),
        ("Ich hätte mehr erwartet.", "de"),
        ("I would have expected better.", "en"),
        ("It should have been handled better.", "en"),
        ("I expected more.", "en"),
    ],
)
def test_a_wished_for_comparative_is_criticism(rules, text, language):
    assert rules.score(text, language).compound < -0.1
    assert analyze_text(text).sentiment.compound < 0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hätte nicht besser laufen können.", "de"),
        ("Besser hätte es nicht laufen können.", "de"),
        ("Es hätte kaum besser laufen können.", "de"),
        ("Könnte nicht zufriedener sein.", "de"),
        ("Es ging schneller als erwartet, ich würde jederzeit wieder anrufen.", "de"),
        ("Mit Ihrer Hilfe ging es viel schneller.", "de"),
        ("Couldn't have been better.", "en"),
        ("It could hardly have gone better.", "en"),
        ("Better service than I would have expected.", "en"),
        ("I would recommend them, better than any other provider.", "en"),
    ],
)
def test_a_negated_wish_or_a_comparison_stays_praise(rules, text, language):
    assert rules.score(text, language).compound > 0.1
    assert analyze_text(text).sentiment.label == "positive"


def test_the_evidence_names_the_wish(rules):
    sentiment = rules.score("Das hätte besser laufen können.", "de")
    evidence = {e.text: e.weight for e in sentiment.evidence}
    assert evidence.get("hätte besser", 0) < 0


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Es wäre schön gewesen, wenn mich jemand zurückgerufen hätte.", "negative"),
        ("Does what it says on the tin.", "positive"),
    ],
)
def test_an_idiom_beats_the_models_neutral(text, label):
    # the model has too few examples of such phrases to call them neutral with authority
    assert analyze_text(text).sentiment.label == label
