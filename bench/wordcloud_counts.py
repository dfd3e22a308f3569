"""Bench: a word cloud over 1,000,000 quotes from stored term counts vs. from raw text.

Counts path (what the app does): synthetic ``quote_terms`` rows for N quotes (Zipf-like
vocabulary, ~12 terms per quote, built vectorised in a DataFrame of plain Python strings, as
the store returns them) -> ``aggregate_terms`` -> ``WordCloud.generate_from_frequencies``.

Baseline (the naive way): ``WordCloud.generate`` on the concatenated raw text of a sample of
quotes. It is timed at two sample sizes and extrapolated linearly (t = a + b*n) to N quotes;
running it on a million quotes would take minutes and gigabytes.

Each stage runs in a fresh process, so each reports its own peak memory (peak RSS from
``resource.getrusage``, which includes numpy/pandas buffers that tracemalloc may not see).

Usage: python bench/wordcloud_counts.py [--quotes 1000000] [--sample 50000]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feedback.analyze.wordstats import aggregate_terms

VOCABULARY = 30_000  # distinct lemmas; a year of a large contact centre has roughly this many
TERMS_PER_QUOTE = 12
ZIPF_EXPONENT = 1.07  # word frequencies in natural text follow ~1/rank
WIDTH, HEIGHT = 1600, 900
_SYLLABLES = [
    "schnell",
    "ber",
    "freund",
    "lich",
    "hil",
    "fe",
    "kom",
    "pe",
    "tent",
    "gut",
    "ta",
    "ri",
    "ver",
    "trag",
    "rou",
    "ter",
    "kun",
    "de",
    "ser",
    "vice",
    "geld",
    "zu",
    "ruck",
    "ruf",
    "ant",
    "wort",
    "net",
    "te",
    "zeit",
    "ge",
    "duld",
    "klar",
    "lo",
    "sung",
]
_ENDINGS = ("", "e", "en", "er")  # surface variants of one lemma, as German inflection gives


def _vocabulary(seed: int = 7) -> tuple[np.ndarray, np.ndarray]:
    """Lemmas and their four surface forms (object arrays), deterministic."""
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(_SYLLABLES), size=(VOCABULARY, 3))
    lemmas = np.array(["".join(_SYLLABLES[j] for j in row[: 2 + i % 2])
                       + str(i) for i, row in enumerate(picks)], dtype=object)  # fmt: skip
    surfaces = np.array([[lemma + end for end in _ENDINGS] for lemma in lemmas], dtype=object)
    return lemmas, surfaces


def _zipf(size: int, rng: np.random.Generator) -> np.ndarray:
    weights = 1.0 / np.arange(1, VOCABULARY + 1) ** ZIPF_EXPONENT
    return rng.choice(VOCABULARY, size=size, p=weights / weights.sum())


def synthetic_terms(quotes: int, seed: int = 42) -> pd.DataFrame:
    """``quote_terms``-shaped rows: quote_id, term, surface, kind, count (vectorised)."""
    rng = np.random.default_rng(seed)
    lemmas, surfaces = _vocabulary()
    per_quote = np.clip(rng.poisson(TERMS_PER_QUOTE, quotes), 1, None)
    rows = int(per_quote.sum())
    term_ids = _zipf(rows, rng)
    variant = rng.choice(len(_ENDINGS), size=rows, p=[0.55, 0.25, 0.15, 0.05])
    kinds = np.array(["word", "bigram", "emoji"], dtype=object)
    return pd.DataFrame({
        "quote_id": np.repeat(np.arange(quotes, dtype=np.int64), per_quote),
        "term": lemmas[term_ids],
        "surface": surfaces[term_ids, variant],
        "kind": kinds[rng.choice(3, size=rows, p=[0.75, 0.2, 0.05])],
        "count": rng.choice([1, 2, 3], size=rows, p=[0.9, 0.08, 0.02]).astype(np.int64),
    })  # fmt: skip


def synthetic_text(quotes: int, seed: int = 42) -> list[str]:
    """Raw quote texts with the same word distribution plus filler words."""
    rng = np.random.default_rng(seed)
    _, surfaces = _vocabulary()
    per_quote = np.clip(rng.poisson(TERMS_PER_QUOTE * 2, quotes), 2, None)  # + stopwords
    words = surfaces[_zipf(int(per_quote.sum()), rng), 0]
    fillers = np.array(
        ["und", "die", "der", "war", "sehr", "hat", "mir", "the", "and", "was", "very"],
        dtype=object,
    )
    words[rng.random(len(words)) < 0.5] = fillers[rng.integers(0, len(fillers))]
    bounds = np.concatenate(([0], np.cumsum(per_quote)))
    return [" ".join(words[bounds[i] : bounds[i + 1]]) for i in range(quotes)]


def _peak_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def _stage_counts(quotes: int, out: Any) -> None:
    from wordcloud import WordCloud

    start = time.perf_counter()
    terms = synthetic_terms(quotes)
    built = time.perf_counter()
    rows_mb = _peak_mb()
    frame_mb = terms.memory_usage(deep=True).sum() / 1e6
    frequencies = aggregate_terms(terms, "word", top_n=200)
    aggregated = time.perf_counter()
    WordCloud(width=WIDTH, height=HEIGHT, random_state=42).generate_from_frequencies(frequencies)
    done = time.perf_counter()
    out.put(
        {
            "rows": len(terms),
            "build_s": built - start,
            "aggregate_s": aggregated - built,
            "layout_s": done - aggregated,
            "rows_mb": rows_mb,
            "frame_mb": frame_mb,
            "peak_mb": _peak_mb(),
        }
    )


def _stage_text(quotes: int, out: Any) -> None:
    from wordcloud import WordCloud

    text = " ".join(synthetic_text(quotes))
    start = time.perf_counter()
    WordCloud(width=WIDTH, height=HEIGHT, random_state=42).generate(text)
    out.put({"chars": len(text), "generate_s": time.perf_counter() - start, "peak_mb": _peak_mb()})


def _run(stage: Any, quotes: int) -> dict[str, float]:
    context = mp.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=stage, args=(quotes, queue))
    process.start()
    result: dict[str, float] = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=50_000)
    args = parser.parse_args()

    counts = _run(_stage_counts, args.quotes)
    counts_total = counts["aggregate_s"] + counts["layout_s"]
    print(f"counts path, {args.quotes:,} quotes = {counts['rows']:,.0f} term rows")
    print(f"  build synthetic DataFrame   {counts['build_s']:8.2f} s (test data, not timed below)")
    print(f"  aggregate_terms (top 200)   {counts['aggregate_s']:8.2f} s")
    print(f"  generate_from_frequencies   {counts['layout_s']:8.2f} s")
    print(f"  total                       {counts_total:8.2f} s")
    rows_mb, peak_mb = counts["rows_mb"], counts["peak_mb"]
    print(f"  peak RSS {peak_mb:.0f} MB ({rows_mb:.0f} MB already after building the rows;")
    print(f"  the finished DataFrame itself holds {counts['frame_mb']:.0f} MB)")

    half = _run(_stage_text, args.sample // 2)
    full = _run(_stage_text, args.sample)
    slope = (full["generate_s"] - half["generate_s"]) / (args.sample - args.sample // 2)
    intercept = full["generate_s"] - slope * args.sample
    estimate = intercept + slope * args.quotes
    mb_slope = (full["peak_mb"] - half["peak_mb"]) / (args.sample - args.sample // 2)
    mb_estimate = full["peak_mb"] + mb_slope * (args.quotes - args.sample)
    print("raw-text baseline: WordCloud.generate on concatenated text")
    for n, run in ((args.sample // 2, half), (args.sample, full)):
        print(f"  {n:>9,} quotes ({run['chars'] / 1e6:6.1f} M chars) {run['generate_s']:8.2f} s"
              f"   peak RSS {run['peak_mb']:.0f} MB")  # fmt: skip
    print(
        f"  extrapolated to {args.quotes:,} quotes: {estimate:8.1f} s "
        f"(text alone ~{full['chars'] / args.sample * args.quotes / 1e6:.0f} M chars)"
    )
    print(f"  peak RSS extrapolated the same way: ~{mb_estimate / 1000:.1f} GB")
    print(f"speed-up of the counts path: {estimate / counts_total:.1f}x")


if __name__ == "__main__":
    main()
