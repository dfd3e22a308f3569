"""Verdicts customers write as scores or point by point: "10/10 for Jenny", "Full marks to Dave",
"Note 1 mit Sternchen" were neutral, "5 stars for Jenny" too (the model's "neutral" won over the
rules' clear praise), and "Freundlich ja, geholfen nein" was praise (sentiment/scores.py,
sentiment/yes_no.py, sentiment/hybrid.py)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text
from feedback.analyze.sentiment.scores import score_valence
from feedback.analyze.tokens import tokenize_with_breaks


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("10/10 for Jenny", ["10/10", "for", "Jenny"]),
        ("Service 4,5/5!", ["Service", "4,5/5", "!"]),
        # Dates and "24/7" are no scores.
        ("am 12/05/2026", ["am", "12", "05", "2026"]),
        ("1/5/26", ["1", "5", "26"]),
        ("24/7 erreichbar", ["24", "7", "erreichbar"]),
        ("Delivered on 1/5, thanks", ["Delivered", "on", "1", "5", ",", "thanks"]),
        ("am 3/10 angerufen", ["am", "3", "10", "angerufen"]),
        ("25/10 arrival", ["25", "10", "arrival"]),
    ],
)
def test_a_score_is_one_token_and_a_date_is_not(text, tokens):
    assert tokenize_with_breaks(text) == tokens


@pytest.mark.parametrize(
    ("token", "sign"),
    [
        *[("10/10", 1), ("9/10", 1), ("4,5/5", 1), ("12/10", 1)],
        *[("3/10", -1), ("1/5", -1), ("3/5", 0), ("6/10", 0), ("abc", 0)],
    ],
)
def test_score_valence_by_share_of_the_scale(token, sign):
    value = score_valence(token)
    assert (value > 0) - (value < 0) == sign


@pytest.mark.parametrize(
    "text",
    [
        "5 stars for Jenny",
        "10/10 for Jenny",
        "Full marks to Dave",
        "10 out of 10, Jenny!",
        "Note 1 mit Sternchen für Herrn Yilmaz",
        "10 von 10 Punkten für Frau Kaya",
        "Service 9/10, Frau Kaya war toll",
        "Bitte geben Sie mein Lob an Frau Kaya weiter.",
    ],
)
def test_a_top_score_is_praise(text):
    assert analyze_text(text).sentiment.label == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "I give it 1 out of 5",
        "Leider nur 1 von 5 Sternen",
        "3/10 would not recommend",
        "Das war wohl nix.",
    ],
)
def test_a_bottom_score_is_a_complaint(text):
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    ("text", "taken_back"),
    [
        ("Freundlich ja, geholfen nein.", "geholfen nein"),
        ("Friendly yes, helpful no.", "helpful no"),
        ("Freundlich: ja. Kompetent: nein.", "Kompetent nein"),
        ("Friendly: yes. Helpful: no.", "Helpful no"),
    ],
)
def test_praise_granted_and_taken_back_is_mixed(text, taken_back):
    sentiment = analyze_text(text).sentiment
    assert sentiment.label == "mixed"
    weights = {e.text: e.weight for e in sentiment.evidence}
    assert weights[taken_back] < 0


@pytest.mark.parametrize(
    "text",
    [
        "Was she helpful? Yes, very. Any issues? No.",
        "Problem gelöst: ja! Freundlich: ja!",
        "No complaints, great service",
    ],
)
def test_yes_and_no_without_a_taken_back_praise_stay_praise(text):
    assert analyze_text(text).sentiment.label == "positive"
