"""Scoring the analyser against a labelled CSV: pure functions, plain Python and pandas.

Sentiment: accuracy, macro-F1 (over the labels that occur in gold or prediction, like
scikit-learn's default), per-class precision/recall/F1 and a confusion matrix. Themes (multi-label):
micro and macro F1 and per-theme precision/recall/F1. Every figure is in [0, 1]. Reports are
given overall and per language (the CSV's ``language`` column when present, else the detected one).
The CLI prints them in the reader's language (feedback/cli/evaluate_report.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pandas as pd

from feedback.analyze.types import THEMES, Analysis

Task = Literal["sentiment", "themes", "both"]
SENTIMENT_LABELS = ("positive", "neutral", "negative", "mixed")


@dataclass(frozen=True, slots=True)
class ClassScores:
    """Precision, recall and F1 (each in [0, 1]) of one class, and its gold count."""

    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class SentimentReport:
    n: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, ClassScores]
    # confusion[gold][predicted] = count
    confusion: dict[str, dict[str, int]]


@dataclass(frozen=True, slots=True)
class ThemeReport:
    n: int
    micro_precision: float
    micro_recall: float
    micro_f1: float
    macro_f1: float
    per_theme: dict[str, ClassScores]


@dataclass(slots=True)
class EvaluationReport:
    """Reports keyed by language ("all" for everything); language accuracy when gold has it."""

    sentiment: dict[str, SentimentReport] = field(default_factory=dict)
    themes: dict[str, ThemeReport] = field(default_factory=dict)
    language_accuracy: dict[str, float] = field(default_factory=dict)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _scores(tp: int, fp: int, fn: int) -> ClassScores:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return ClassScores(precision, recall, _f1(precision, recall), tp + fn)


def sentiment_metrics(gold: Sequence[str], predicted: Sequence[str]) -> SentimentReport:
    """Single-label metrics; ``gold`` and ``predicted`` are aligned label sequences."""
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    present = set(gold) | set(predicted)
    labels = [lab for lab in SENTIMENT_LABELS if lab in present]
    labels += sorted(present - set(labels))
    confusion = {g: dict.fromkeys(labels, 0) for g in labels}
    for g, p in zip(gold, predicted, strict=True):
        confusion[g][p] += 1
    per_class: dict[str, ClassScores] = {}
    for lab in labels:
        tp = confusion[lab][lab]
        fp = sum(confusion[g][lab] for g in labels) - tp
        fn = sum(confusion[lab].values()) - tp
        per_class[lab] = _scores(tp, fp, fn)
    n = len(gold)
    accuracy = sum(confusion[lab][lab] for lab in labels) / n if n else 0.0
    macro = sum(s.f1 for s in per_class.values()) / len(per_class) if per_class else 0.0
    return SentimentReport(n, accuracy, macro, per_class, confusion)


def theme_metrics(
    gold: Sequence[frozenset[str]],
    predicted: Sequence[frozenset[str]],
    themes: Iterable[str] = THEMES,
) -> ThemeReport:
    """Multi-label metrics over ``themes``; each element is the set of themes of one text.

    Macro-F1 averages over themes that occur in gold or prediction (others have no signal).
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted differ in length")
    per_theme: dict[str, ClassScores] = {}
    active: list[float] = []
    tp_all = fp_all = fn_all = 0
    for theme in themes:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if theme in g and theme in p)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if theme not in g and theme in p)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if theme in g and theme not in p)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        per_theme[theme] = _scores(tp, fp, fn)
        if tp + fp + fn:
            active.append(per_theme[theme].f1)
    micro = _scores(tp_all, fp_all, fn_all)
    macro = sum(active) / len(active) if active else 0.0
    return ThemeReport(len(gold), micro.precision, micro.recall, micro.f1, macro, per_theme)


def parse_themes(cell: object) -> frozenset[str]:
    """A ``;``-separated theme cell (NaN / empty -> no themes)."""
    if not isinstance(cell, str):
        return frozenset()
    return frozenset(t.strip() for t in cell.split(";") if t.strip())


def load_labelled(path: Path | str) -> pd.DataFrame:
    """Read a labelled CSV: ``text`` plus ``sentiment`` (or ``label``), optional ``language`` and
    ``themes``. Returns columns text, sentiment (may be missing), language, themes (frozensets)."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "text" not in frame.columns:
        raise ValueError(f"{path}: needs a 'text' column, has {list(frame.columns)}")
    if "sentiment" not in frame.columns and "label" in frame.columns:
        frame = frame.rename(columns={"label": "sentiment"})
    if "themes" in frame.columns:
        frame["themes"] = frame["themes"].map(parse_themes)
    return frame


def evaluate_frame(
    frame: pd.DataFrame, analyze: Callable[[str], Analysis], task: Task = "both"
) -> EvaluationReport:
    """Run ``analyze`` on every text and score the tasks the frame has labels for."""
    analyses = [analyze(text) for text in frame["text"]]
    detected = [a.language for a in analyses]
    has_gold_language = "language" in frame.columns
    languages = list(frame["language"]) if has_gold_language else detected
    report = EvaluationReport()
    groups: dict[str, list[int]] = {"all": list(range(len(frame)))}
    for i, lang in enumerate(languages):
        groups.setdefault(lang, []).append(i)
    if has_gold_language:
        for name, rows in groups.items():
            report.language_accuracy[name] = sum(detected[i] == languages[i] for i in rows) / len(
                rows
            )
    if task in ("sentiment", "both") and "sentiment" in frame.columns:
        gold = list(frame["sentiment"])
        pred = [a.sentiment.label for a in analyses]
        for name, rows in groups.items():
            report.sentiment[name] = sentiment_metrics(
                [gold[i] for i in rows], [pred[i] for i in rows]
            )
    if task in ("themes", "both") and "themes" in frame.columns:
        gold_t = list(frame["themes"])
        pred_t = [frozenset(h.label for h in a.themes) for a in analyses]
        for name, rows in groups.items():
            report.themes[name] = theme_metrics(
                [gold_t[i] for i in rows], [pred_t[i] for i in rows]
            )
    return report
