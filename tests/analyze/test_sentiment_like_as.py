""" "like" after no subject compares and praises nothing ("Tastes exactly like the caffeinated
version", "the screen was changing like crazy"); after a subject, or opening the sentence, it is
the verb and still praises (sentiment/like_as.py)."""

from __future__ import annotations

import pytest

# (quote, label of the rules, whether "like" is among the evidence)
CASES = [
    ("Tastes exactly like the caffeinated version.", "neutral", False),
    ("My plane sounds like a DJ scratching.", "neutral", False),
    ("Extras like seat selection cost money.", "neutral", False),
    ("I really like it.", "positive", True),
    ("The kids do like them.", "positive", True),
    ("Like the new app!", "positive", True),
    ("We all like how each video is short.", "positive", True),
    ("I do not like it.", "negative", True),
]


@pytest.mark.parametrize(("text", "label", "liked"), CASES)
def test_like_is_a_verb_only_after_a_subject(rules, text, label, liked):
    verdict = rules.score(text, "en")
    assert verdict.label == label
    assert any("like" in e.text.lower() for e in verdict.evidence) is liked
