"""K-fold cross-validation of the sentiment analyser (model with the rules) over train + dev.

The dev split alone is small (German 2,684 texts) and, as it turned out, easier than the rest:
at analyser 2026.12.56 German dev read 0.744, test 0.712 and this cross-validation 0.716. A
model setting measured here is judged on five times as many held-out texts. Each fold's model
is fitted as ``feedback/train/fit.py`` fits the shipped one (same inputs, feature selection and
solver) on the other folds, and every held-out text is labelled as the analyser labels it
(``hybrid.combine``; the folds and fitting: feedback/train/cv.py, which also chooses the shipped
model's C). Test is never read. Needs requirements-train.txt and data/external/.

    python bench/sentiment_cv.py --language de --c 0.2 0.3 --folds 5
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from feedback.analyze.evaluate import sentiment_metrics
from feedback.analyze.sentiment import RuleBasedScorer
from feedback.train.corpora import Row, load
from feedback.train.cv import cross_validated as cv_labels
from feedback.train.fit import CHAR_LANGUAGES, _dev_cases, _function_words, _inputs


def cross_validated(
    rows: Sequence[Row], language: str, cs: Sequence[float], folds: int
) -> dict[float, list[str]]:
    """For each C, the analyser's label of every row by the model fitted without its fold."""
    rules = RuleBasedScorer(models=None)
    chars = CHAR_LANGUAGES.get(language, 0.0)
    settings = (language, chars, _function_words(language))
    inputs = _inputs(rows, rules, chars)
    labels = [r.label for r in rows]
    texts = [r.text for r in rows]
    return cv_labels(texts, labels, inputs, _dev_cases(rows, rules), settings, cs, folds)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--language", default="de", choices=("de", "en"))
    parser.add_argument("--c", type=float, nargs="+", default=[0.2])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    data = load(args.language)
    rows = data["train"] + data["dev"]
    gold = [r.label for r in rows]
    sources = sorted({r.source for r in rows})
    for c, predicted in cross_validated(rows, args.language, args.c, args.folds).items():
        parts = [f"all {sentiment_metrics(gold, predicted).macro_f1:.4f}"]
        for source in sources:
            idx = [i for i, r in enumerate(rows) if r.source == source]
            f1 = sentiment_metrics([gold[i] for i in idx], [predicted[i] for i in idx]).macro_f1
            parts.append(f"{source} {f1:.4f}")
        print(f"{args.language} C {c}: {len(rows)} texts, {args.folds} folds, " + ", ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
