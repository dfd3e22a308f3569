"""Theme precision on M-ABSA ``train`` with a sentence check that has not seen the sentences.

``bench/theme_precision_absa.py --split train`` is flattered: the trained sentence check
(``feedback/analyze/about_service.py``) learnt those very sentences, so the false positives it
shows are only those the model let through although it knew them. This bench splits M-ABSA's
``train`` sentences in two halves (by a hash of the lower-cased text), fits the check on
everything it normally learns from except one half, and measures the credited themes
(``Analysis.credited``) of that half with it; then the other way round. Its figures behave
like a held-out split's (the rules were tuned on ``train`` and ``dev`` as well, so they are
still a little flattered), and ``--show`` lists false positives of the kind ``test`` holds
without reading ``test``. Needs scikit-learn (the training extra) and the data of
``python -m feedback.train --theme-check``; two fits per language take about a minute.

    .venv/bin/python bench/theme_precision_absa_cv.py [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from theme_precision_absa import DOMAINS, sentences  # noqa: E402

from feedback.analyze import about_service  # noqa: E402
from feedback.analyze.pipeline import analyze_text  # noqa: E402
from feedback.train.service_corpora import training_set  # noqa: E402
from feedback.train.service_fit import fit_check  # noqa: E402

LANGUAGES = ("de", "en")


def half(text: str) -> int:
    """0 or 1: which half of ``train`` a sentence is in (stable across runs)."""
    digest = hashlib.sha1(text.lower().encode("utf-8"), usedforsecurity=False).hexdigest()
    return int(digest[:8], 16) % 2


def fitted_without(held: int) -> about_service.ServiceModels:
    """The checks of both languages, fitted without M-ABSA ``train`` half ``held``."""
    models = {}
    for language in LANGUAGES:
        absa = {s.lower() for d in DOMAINS for s, _ in sentences(language, "train", d)}
        rows = [
            (text, label)
            for text, label in training_set(language)
            if not (text.lower() in absa and half(text) == held)
        ]
        spec = fit_check(language, rows).spec
        weights = {str(k): float(v) for k, v in spec["weights"].items()}
        models[language] = about_service.ServiceModel(float(spec["bias"]), weights)
    return about_service.ServiceModels(models, f"without half {held}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the false positives")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for held in (0, 1):
        about_service._SHIPPED[:] = [fitted_without(held)]  # the check every analysis reads
        for language in LANGUAGES:
            for domain in DOMAINS:
                for sentence, service in sentences(language, "train", domain):
                    if half(sentence) != held:
                        continue
                    analysis = analyze_text(sentence)
                    fired = bool(analysis.credited)
                    counts[f"{language} tp"] += fired and service
                    counts[f"{language} fp"] += fired and not service
                    counts[f"{language} fn"] += service and not fired
                    if args.show and fired and not service:
                        words = [
                            h.evidence for h in analysis.themes if h.label in analysis.credited
                        ]
                        print(f"FP {language} {domain} {analysis.credited} {words} {sentence}")
    about_service._SHIPPED.clear()
    for language in LANGUAGES:
        tp, fp, fn = (counts[f"{language} {k}"] for k in ("tp", "fp", "fn"))
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(
            f"{language} train, check fitted without the half: fired {tp + fp}, "
            f"precision {precision:.3f}, recall {recall:.3f}"
        )


if __name__ == "__main__":
    main()
