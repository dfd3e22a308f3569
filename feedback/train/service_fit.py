"""Train the "about a service person" check of themes (``feedback/analyze/about_service.py``).

A binary logistic regression per language over the sentiment model's word features, trained
on ``service_corpora.training_set``. ``C`` is fixed (1.0: the best of 0.3, 1 and 3 for
precision at the chosen threshold on M-ABSA's dev split); feature counts, pruning and rounding
are the sentiment model's. Reproducible like the sentiment model: deterministic solver, sorted
features, sorted JSON, gzip mtime 0.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from feedback.analyze.about_service import MODEL_PATH
from feedback.analyze.sentiment.model import features
from feedback.analyze.tokens import tokenize_with_breaks
from feedback.train.fit import DIGITS, MIN_COUNT, PRUNE, write_model_file
from feedback.train.service_corpora import training_set

C = 1.0


@dataclass(frozen=True, slots=True)
class FittedCheck:
    language: str
    rows: int
    about_service: int
    spec: dict[str, Any]


def fit_check(language: str, rows: list[tuple[str, bool]] | None = None) -> FittedCheck:
    """Fit the check of ``language`` on ``rows`` (default: ``training_set``)."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped,import-not-found,unused-ignore]

    rows = training_set(language) if rows is None else rows
    inputs = [dict.fromkeys(features(tokenize_with_breaks(text))[0], 1.0) for text, _ in rows]
    counts: Counter[str] = Counter(k for x in inputs for k in x)
    inputs = [{k: v for k, v in x.items() if counts[k] >= MIN_COUNT} for x in inputs]
    vec = DictVectorizer(sort=True)
    matrix = vec.fit_transform(inputs)
    labels = [label for _, label in rows]
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(matrix, labels)
    assert list(model.classes_) == [False, True]
    weights = {
        name: round(float(w), DIGITS)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= PRUNE
    }
    spec = {"bias": round(float(model.intercept_[0]), DIGITS), "weights": weights}
    return FittedCheck(language, len(rows), sum(labels), spec)


def write_check(fitted: list[FittedCheck], path: Path = MODEL_PATH) -> int:
    """Write the file; returns its size in bytes."""
    payload = {
        "languages": {f.language: f.spec for f in fitted},
        "trained": {
            f.language: {"C": C, "rows": f.rows, "about_service": f.about_service} for f in fitted
        },
    }
    return write_model_file(payload, path)
