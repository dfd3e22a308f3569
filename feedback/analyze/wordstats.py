"""Word statistics over many quotes, from per-quote term rows: pure pandas/numpy, no I/O.

Input is a DataFrame shaped like the store's ``quote_terms`` table: columns ``quote_id``,
``term`` (lemma), ``surface`` (as written), ``kind`` ("word" | "bigram" | "emoji") and
``count`` (>= 1). A cloud over a million quotes is a groupby over these counts (or over rows
the store already grouped in SQL; ``quote_id`` is then optional), never concatenated text.

Speed: each string column is factorized once (hashing Python strings is the dominant cost;
categorical columns skip it), everything after that is integer work (``np.bincount``).
12 M rows aggregate in a few seconds; see bench/wordcloud_counts.py.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd

TERM_COLUMNS = ("quote_id", "term", "surface", "kind", "count")
_REQUIRED = {"term", "surface", "kind", "count"}


class _Summed:
    """Per term (code order): values, summed counts, best surface; and the rows' term codes."""

    def __init__(self, terms: pd.DataFrame, kind: str) -> None:
        missing = _REQUIRED - set(terms.columns)
        if missing:
            raise ValueError(f"term rows lack the column(s): {', '.join(sorted(missing))}")
        self.mask = (terms["kind"] == kind).to_numpy(dtype=bool, na_value=False)
        # Factorize the Series, not .to_numpy(): pandas 3 keeps strings in Arrow, whose C++
        # factorize is ~10x faster than hashing the Python objects a conversion would create.
        term_codes, term_values = terms["term"][self.mask].factorize()
        surface_codes, surface_values = terms["surface"][self.mask].factorize()
        self.terms = np.asarray(term_values, dtype=object)
        surfaces = np.asarray(surface_values, dtype=object)
        counts = terms["count"].to_numpy()[self.mask].astype(np.float64)
        self.term_codes: npt.NDArray[np.intp] = term_codes
        width = max(len(surfaces), 1)
        # One integer per (term, surface) pair; summing by pair is a bincount.
        pair_codes, pairs = pd.factorize(term_codes.astype(np.int64) * width + surface_codes)
        pair_counts = np.bincount(pair_codes, weights=counts, minlength=len(pairs))
        pair_terms = pairs // width
        table = pd.DataFrame(
            {
                "t": pair_terms,
                "surface": surfaces[pairs % width] if len(pairs) else np.array([], dtype=object),
                "c": pair_counts,
            }
        )
        # Most frequent surface of each term; alphabetical on ties, so output is stable.
        table = table.sort_values(["t", "c", "surface"], ascending=[True, False, True])
        best = table.drop_duplicates("t")
        self.best = np.empty(len(self.terms), dtype=object)
        self.best[best["t"].to_numpy()] = best["surface"].to_numpy()
        totals = np.bincount(pair_terms, weights=pair_counts, minlength=len(self.terms))
        self.totals = np.rint(totals).astype(np.int64)  # float sums are exact below 2**53

    def order(self, top_n: int | None) -> npt.NDArray[np.intp]:
        """Term codes, most frequent first (alphabetical on ties), the first ``top_n``."""
        keys = self.terms
        ranked = np.lexsort((keys.astype(str), -self.totals)) if len(keys) else keys.astype(int)
        return ranked if top_n is None else ranked[:top_n]


def term_table(terms: pd.DataFrame, kind: str = "word", top_n: int | None = None) -> pd.DataFrame:
    """One row per term, most frequent first: ``term``, ``surface``, ``count``, ``quotes``.

    ``surface`` is the term's most frequent written form (ties: alphabetical), ``count`` the
    summed occurrences, ``quotes`` the number of distinct quotes it occurs in (needs
    ``quote_id``; without it, the number of rows). ``top_n`` keeps the first n (None: all).
    """
    summed = _Summed(terms, kind)
    order = summed.order(top_n)
    codes = summed.term_codes
    if "quote_id" in terms.columns and len(codes):
        quote_codes, quote_ids = terms["quote_id"][summed.mask].factorize()
        unique_pairs = pd.unique(codes.astype(np.int64) * len(quote_ids) + quote_codes)
        quotes = np.bincount(unique_pairs // len(quote_ids), minlength=len(summed.terms))
    else:
        quotes = np.bincount(codes, minlength=len(summed.terms))
    return pd.DataFrame(
        {
            "term": pd.Series(summed.terms[order], dtype=object),
            "surface": pd.Series(summed.best[order], dtype=object),
            "count": summed.totals[order],
            "quotes": quotes[order].astype(np.int64),
        }
    )


def aggregate_terms(
    terms: pd.DataFrame, kind: str = "word", top_n: int | None = None
) -> dict[str, int]:
    """Most frequent surface form -> summed count, biggest first, ready for
    ``WordCloud.generate_from_frequencies``; terms whose display forms coincide are summed.

    ``top_n`` keeps the n most frequent terms (None: all). No rows of ``kind`` gives ``{}``.
    """
    summed = _Summed(terms, kind)
    order = summed.order(top_n)
    out: dict[str, int] = {}
    for surface, count in zip(
        summed.best[order].tolist(), summed.totals[order].tolist(), strict=True
    ):
        out[surface] = out.get(surface, 0) + int(count)
    return out
