"""The 20 biggest words and pairs of the German and English clouds of the demo data, and the
analysis time per quote (issue 12: before/after figures for docs/benchmarks.md).

Analyses the demo quotes (seed 42, 3,000 quotes, ending 2026-12-01) with the code on the path:
run it from a checkout of an older commit to get that commit's figures, e.g.

    git archive HEAD feedback | tar -x -C /tmp/head && PYTHONPATH=/tmp/head python bench/...

Clouds count only approved quotes in the app; here every demo quote counts.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

if not any("head" in p for p in sys.path[:2]):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feedback.analyze.pipeline import Analyzer
from feedback.demo.generate import generate_demo_quotes

QUOTES = 3000
END = date(2026, 12, 1)


def main() -> None:
    quotes = generate_demo_quotes(42, QUOTES, END)
    analyzer = Analyzer()
    analyzer.warm_up()
    texts = [q.text for q in quotes]
    analyzer.analyze_many(texts)  # warm the token caches, as a running app has them
    started = time.process_time()
    analyses = analyzer.analyze_many(texts)
    per_quote = (time.process_time() - started) / len(texts) * 1e6
    counts: dict[tuple[str, str], Counter[str]] = {}
    for analysis in analyses:
        for term in analysis.terms:
            if term.kind in ("word", "bigram"):
                key: tuple[str, str] = (analysis.language, str(term.kind))
                counts.setdefault(key, Counter())[term.term] += term.count
    print(f"{per_quote:.1f} µs CPU per quote (whole analysis, {len(texts)} demo quotes)")
    for key in sorted(counts):
        top = ", ".join(f"{word} {n}" for word, n in counts[key].most_common(20))
        print(f"{key[0]} {key[1]}: {top}")


if __name__ == "__main__":
    main()
