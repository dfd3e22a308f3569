"""The one small interface every sentiment scorer implements."""

from __future__ import annotations

from collections.abc import Sequence
from math import sqrt
from typing import Protocol, runtime_checkable

from feedback.analyze.types import Sentiment, SentimentLabel

ALPHA = 15.0  # VADER's normalisation constant
POSITIVE, NEGATIVE = 0.05, -0.05  # VADER's label thresholds on the compound
# "mixed": both sides carry at least this much valence (VADER units; about one clear sentiment word
# each) and the weaker side is at least MIXED_RATIO of the stronger. Scorers also report "mixed"
# when a contrast joins clear praise and a clear complaint ("X, aber Y").
MIXED_MIN = 1.6
MIXED_RATIO = 0.6


def normalize(total: float) -> float:
    """VADER's squashing of a valence sum into [-1, 1]: ``s / sqrt(s² + 15)``."""
    return total / sqrt(total * total + ALPHA)


def label_for(compound: float, positive: float, negative: float) -> SentimentLabel:
    """Label from the compound (-1 .. 1) and the positive / negative valence masses (>= 0)."""
    weaker, stronger = min(positive, negative), max(positive, negative)
    if weaker >= MIXED_MIN and weaker >= MIXED_RATIO * stronger:
        return "mixed"
    if compound >= POSITIVE:
        return "positive"
    if compound <= NEGATIVE:
        return "negative"
    return "neutral"


@runtime_checkable
class SentimentScorer(Protocol):
    """Scores one quote. Implementations are built once and are safe to call repeatedly."""

    @property
    def name(self) -> str:
        """Short identifier that changes when the scorer's data or model changes."""
        ...

    def score(self, text: str, language: str, tokens: Sequence[str] | None = None) -> Sentiment:
        """Sentiment of ``text`` in ``language`` ("de", "en" or "other").

        ``tokens`` are ``tokenize_with_breaks(text)`` (or ``tokenize(text)``) when the caller has
        them already; scorers that need tokens tokenise themselves when ``None``. The result's
        ``compound`` is in [-1, 1] and its label is positive / neutral / negative / mixed.
        """
        ...
