"""K-fold cross-validation of the sentiment analyser (the model with the rules) over rows whose
training inputs are already built: the final model's C is chosen by it (``fit.py``), and
``bench/sentiment_cv.py`` prints it per source.

Each fold's model is fitted as the shipped one is (same inputs, feature selection and solver) on
the other folds, and every held-out text is labelled as the analyser labels it
(``hybrid.combine``). The folds are a hash of the text, so reruns and settings share them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from feedback.analyze.sentiment.hybrid import combine
from feedback.train.report import three_class

FOLDS = 5
CV_GRID = (0.2, 0.3, 0.5)  # C values tried; 0.1-2.0 once took too long on a shared machine


def fold_of(text: str, folds: int) -> int:
    """The fold of ``text``: a hash, so reruns and settings share their folds."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big") % folds


def cross_validated(
    texts: Sequence[str],
    labels: Sequence[str],
    inputs: Sequence[dict[str, float]],
    cases: Sequence[tuple[list[str], Any, str]],
    settings: tuple[str, float, frozenset[str]],
    cs: Sequence[float],
    folds: int = FOLDS,
) -> dict[float, list[str]]:
    """For each C, the analyser's label of every row by the model fitted without its fold.
    ``inputs`` and ``cases`` are fit._inputs and fit._dev_cases of the rows; ``settings`` is
    (language, character n-gram scale, function words)."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped,import-not-found,unused-ignore]

    from feedback.train.fit import _spec, fitted_model, linear_model, selected

    language, chars, function_words = settings
    fold = [fold_of(t, folds) for t in texts]
    out = {c: [""] * len(texts) for c in cs}
    for f in range(folds):
        train = [i for i in range(len(texts)) if fold[i] != f]
        held = [i for i in range(len(texts)) if fold[i] == f]
        vec = DictVectorizer(sort=True)
        matrix = vec.fit_transform(selected([inputs[i] for i in train], language, function_words))
        names = vec.get_feature_names_out()
        for c in cs:
            fitted = fitted_model(matrix, [labels[i] for i in train], c)
            model = linear_model(_spec(fitted, names, chars, function_words))
            for i in held:
                tokens, verdict, _ = cases[i]
                out[c][i] = three_class(combine(model, verdict, tokens, language))
    return out
