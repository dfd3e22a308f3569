"""Split contractions ("wouldn ' t", "did n't") are read as the negators they are."""

from __future__ import annotations

import pytest

from feedback.analyze.contractions import joined
from feedback.analyze.pipeline import Analyzer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i wouldn ' t recommend this", "i wouldn't recommend this"),
        ("They did n't include pita", "They didn't include pita"),
        ("ca n't wait", "can't wait"),
        ("you wo n ' t regret it", "you won't regret it"),
        ("it ' s great and I 've been back", "it's great and I've been back"),
        ("can ’ t fault them", "can’t fault them"),
        ("geht ' s noch?", "geht's noch?"),
    ],
)
def test_split_contractions_are_joined(text: str, expected: str) -> None:
    assert joined(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "don't",
        "He said 'thanks' and left",
        "the ' s ' key",
        "Rock 'n' roll",
        "'s-Hertogenbosch",
        "Ich bin in ' ner Stunde da",
        "Danke, Frau O'Neill!",
    ],
)
def test_other_apostrophes_stay(text: str) -> None:
    assert joined(text) == text


def test_a_split_negator_negates(analyzer: Analyzer) -> None:
    split = analyzer.analyze("i wouldn ' t recommend this chromebook .", "en").sentiment
    whole = analyzer.analyze("i wouldn't recommend this chromebook.", "en").sentiment
    assert split.label == whole.label == "negative"
    assert analyzer.analyze("They did n't include the pita .", "en").sentiment.label != "positive"
