"""Aggregation of per-quote term rows into cloud frequencies and term tables."""

from __future__ import annotations

import pandas as pd
import pytest

from feedback.analyze.tokens import tokenize
from feedback.analyze.words import extract_terms
from feedback.analyze.wordstats import TERM_COLUMNS, aggregate_terms, term_table


def _rows() -> pd.DataFrame:
    return pd.DataFrame(
        [
            (1, "schnell", "schnelle", "word", 1),
            (1, "hilfe", "Hilfe", "word", 2),
            (2, "schnell", "schnell", "word", 1),
            (2, "schnell", "schnelle", "word", 2),
            (3, "hilfe", "Hilfe", "word", 1),
            (3, "freundlich", "freundlich", "word", 1),
            (3, "schnell hilfe", "schnelle Hilfe", "bigram", 1),
            (3, "🙏", "🙏", "emoji", 3),
        ],
        columns=list(TERM_COLUMNS),
    )


def test_aggregate_maps_most_frequent_surface_to_summed_count() -> None:
    assert aggregate_terms(_rows()) == {"schnelle": 4, "Hilfe": 3, "freundlich": 1}
    assert list(aggregate_terms(_rows())) == ["schnelle", "Hilfe", "freundlich"]
    assert aggregate_terms(_rows(), "bigram") == {"schnelle Hilfe": 1}
    assert aggregate_terms(_rows(), "emoji") == {"🙏": 3}
    assert aggregate_terms(_rows(), top_n=2) == {"schnelle": 4, "Hilfe": 3}


def test_empty_and_missing_kind_give_nothing() -> None:
    assert aggregate_terms(_rows(), "nothing") == {}
    assert aggregate_terms(_rows().iloc[0:0]) == {}
    assert term_table(_rows().iloc[0:0]).empty


def test_term_table_counts_quotes() -> None:
    table = term_table(_rows())
    assert table.to_dict("list") == {
        "term": ["schnell", "hilfe", "freundlich"],
        "surface": ["schnelle", "Hilfe", "freundlich"],
        "count": [4, 3, 1],
        "quotes": [2, 2, 1],
    }
    without_ids = term_table(_rows().drop(columns="quote_id"))
    assert without_ids["quotes"].tolist() == [3, 2, 1]  # rows, when quote ids are absent


def test_ties_are_broken_alphabetically() -> None:
    rows = pd.DataFrame(
        [
            (1, "gut", "gute", "word", 1),
            (2, "gut", "Gut", "word", 1),
            (3, "toll", "toll", "word", 2),
        ],
        columns=list(TERM_COLUMNS),
    )
    assert aggregate_terms(rows) == {"Gut": 2, "toll": 2}


def test_pre_grouped_rows_and_categoricals_work() -> None:
    grouped = _rows().drop(columns="quote_id").astype({"term": "category", "surface": "category"})
    assert aggregate_terms(grouped) == {"schnelle": 4, "Hilfe": 3, "freundlich": 1}


def test_missing_columns_are_reported() -> None:
    with pytest.raises(ValueError, match="surface"):
        aggregate_terms(_rows().drop(columns="surface"))


def test_end_to_end_from_extract_terms() -> None:
    texts = ["Schnelle Hilfe!", "schnelle Antwort", "schnelle Hilfe, wirklich", "Schneller Service"]
    rows = pd.DataFrame(
        [(i, t.term, t.surface, t.kind, t.count)
         for i, text in enumerate(texts) for t in extract_terms(tokenize(text), "de")],
        columns=list(TERM_COLUMNS),
    )  # fmt: skip
    assert aggregate_terms(rows)["schnelle"] == 4
    assert aggregate_terms(rows, "bigram")["Schnelle Hilfe"] == 2  # tie: alphabetical
