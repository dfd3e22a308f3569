"""Trouble the customer only expected is no complaint when what came instead praises: "Dachte,
das dauert ewig – nach 5 Minuten war alles erledigt" was neutral through "ewig"
(sentiment/expected.py). An expectation in a wish ("Ich hätte mehr erwartet") and expected
trouble that nothing answers stay complaints. "Nobody helped me" was neutral (lexicon)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dachte, das dauert ewig – nach 5 Minuten war alles erledigt.", "de"),
        ("Ich dachte schon, das wird ein Drama, aber Frau Yilmaz hat alles in Ruhe geklärt.", "de"),
        ("I thought it would take forever, but it was sorted in 5 minutes.", "en"),
        ("I expected the worst, but Tom was brilliant.", "en"),
    ],
)
def test_expected_trouble_answered_by_praise_is_no_complaint(rules, text, language):
    verdict = rules.score(text, language)
    assert verdict.label == "positive"
    assert all(e.weight > 0 for e in verdict.evidence)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich hätte mehr erwartet, aber die Dame war nett.", "de"),
        ("I would have expected better, but the lady was nice.", "en"),
    ],
)
def test_an_expectation_in_a_wish_stays_a_complaint(rules, text, language):
    assert any(e.weight < 0 for e in rules.score(text, language).evidence)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I thought it was broken, and it was.", "en"),
        ("I thought the service was terrible. Nobody helped.", "en"),
        ("Ich dachte, das dauert ewig, und so war es auch.", "de"),
    ],
)
def test_expected_trouble_that_nothing_answers_still_complains(rules, text, language):
    assert rules.score(text, language).compound < 0


@pytest.mark.parametrize(
    "text", ["Nobody helped me.", "No one called me back.", "Unfortunately nobody replied."]
)
def test_nobody_acting_is_a_complaint(text):
    assert analyze_text(text).sentiment.label == "negative"
