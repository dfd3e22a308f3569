"""Theme precision and recall on real review sentences labelled by others: M-ABSA (issue 12).

M-ABSA (github.com/swaggy66/M-ABSA, Apache-2.0 by its data card; see docs/data.md) annotates
review sentences with aspect categories. Its hotel and restaurant reviews mark sentences about
the staff with ``service general``, its phone-shop reviews with ``Seller Service#...`` and its
laptop reviews with ``SUPPORT#...``; food reviews have no such category (their service is
shipping, not a person). Those labels were written by the dataset's annotators, not here, so
this measures the theme detector against labels nobody on this project chose. A sentence is
"about a service person" when any of its aspects has one of those categories; precision is the
share of sentences where any theme fired that are about a service person. Sentences without
any annotation (``[]``, about one in five in the hotel reviews) carry no label and are left out.

The German sentences are machine translations of the English ones (same labels). Course and
sight reviews are left out: their "Instructor"/"faculty" aspects are teaching, not service.

Put the files at ``data/external/m-absa/<domain>/<de|en>/{train,dev,test}.txt`` first. ``train``
(four times dev) and ``dev`` are the splits to look at while changing the detector; ``test`` is
held out. ``train`` is not held out from everything: it trained the sentence check
(``feedback/analyze/about_service.py``), so its figures are flattered by that model.

    .venv/bin/python bench/theme_precision_absa.py             # figures on the test split
    .venv/bin/python bench/theme_precision_absa.py --split dev --show

``--credited`` counts the themes a quote is stored and shown with ("praised for": the full
analysis, ``Analysis.credited``) instead of every aspect named.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from theme_precision import themes_of  # noqa: E402

DATA = ROOT / "data" / "external" / "m-absa"
DOMAINS = ("hotel", "restaurant", "phone", "laptop", "food")
SERVICE_PREFIXES = ("service general", "seller service#", "support#")
# The category of each (aspect, category, polarity) triple; aspects may hold quotes ("Raga's").
_CATEGORY_RE = re.compile(r"""['"]([^'"]+)['"], '(?:positive|negative|neutral)'\]""")


def about_service(labels: str) -> bool:
    return any(c.lower().startswith(SERVICE_PREFIXES) for c in _CATEGORY_RE.findall(labels))


def sentences(language: str, split: str, domain: str) -> list[tuple[str, bool]]:
    """(sentence, about a service person) of one file; a missing file stops with its path."""
    path = DATA / domain / language / f"{split}.txt"
    if not path.exists():
        raise SystemExit(f"missing {path.relative_to(ROOT)}: see docs/data.md")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, labels = line.partition("####")
        if text.strip() and _CATEGORY_RE.search(labels):  # "[]": not annotated, no label
            out.append((text.strip(), about_service(labels)))
    return out


def credited_of(sentence: str, language: str) -> tuple[str, ...]:
    """The themes the sentence would be stored and shown with (``Analysis.credited``)."""
    from feedback.analyze.pipeline import analyze_text

    return analyze_text(sentence).credited


def evaluate(
    language: str, split: str, show: bool = False, credited: bool = False
) -> dict[str, float]:
    counts: Counter[str] = Counter()
    found = credited_of if credited else themes_of
    for domain in DOMAINS:
        for sentence, service in sentences(language, split, domain):
            themes = found(sentence, language)
            fired = bool(themes)
            counts["sentences"] += 1
            counts["service"] += service
            counts["tp"] += fired and service
            counts["fp"] += fired and not service
            counts["fn"] += service and not fired
            counts[f"fired_{domain}"] += fired
            if show and fired != service:
                mark = "FP" if fired else "FN"
                print(f"{mark} {language} {domain} {themes} {sentence}")
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return {
        "sentences": counts["sentences"],
        "about_service": counts["service"],
        "fired": tp + fp,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        **{d: counts[f"fired_{d}"] for d in DOMAINS},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev", "test"), default="test")
    parser.add_argument("--show", action="store_true", help="print the misses")
    parser.add_argument("--credited", action="store_true", help="the themes stored and shown")
    args = parser.parse_args()
    for language in ("de", "en"):
        figures = evaluate(language, args.split, args.show, args.credited)
        print(language, args.split, {k: round(v, 3) for k, v in figures.items()})


if __name__ == "__main__":
    main()
