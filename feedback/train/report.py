"""Figures on the real splits: 3-class macro-F1 of the analyser, of the old analyser's labels and
of bare VADER, per language (``python -m feedback train --report``; docs/benchmarks.md)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from feedback.analyze.evaluate import sentiment_metrics
from feedback.analyze.sentiment.base import NEGATIVE, POSITIVE
from feedback.analyze.types import Sentiment
from feedback.train.corpora import Row


def three_class(sentiment: Sentiment) -> str:
    """The 3-class label of a result: "mixed" counts by the sign of its compound (the real data
    has no mixed class; a mixed complaint with a thank-you is still a complaint there)."""
    if sentiment.label != "mixed":
        return sentiment.label
    if sentiment.compound >= POSITIVE:
        return "positive"
    return "negative" if sentiment.compound <= NEGATIVE else "neutral"


def vader_label(compound: float) -> str:
    """VADER's documented thresholds: >= 0.05 positive, <= -0.05 negative."""
    if compound >= POSITIVE:
        return "positive"
    return "negative" if compound <= NEGATIVE else "neutral"


def macro_f1(rows: Sequence[Row], predict: Callable[[Row], str]) -> tuple[float, float]:
    """(macro-F1, accuracy) of ``predict`` on ``rows``, each in [0, 1]."""
    report = sentiment_metrics([r.label for r in rows], [predict(r) for r in rows])
    return report.macro_f1, report.accuracy
