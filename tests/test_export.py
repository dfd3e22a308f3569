"""Exports cannot run formulas in a spreadsheet, and agents appear only with consent."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback.export import public_view, safe_cell, to_csv

DANGEROUS = ["=1+1", "+49 30 123", "-2", "@SUM(A1)", "\t=cmd", "\r=cmd", " =1", "＝1"]
HARMLESS = ["Danke!", "1A Service", "", "49,99 €", "Herr M. war super"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_formula_prefixes_are_neutralised(value):
    assert safe_cell(value).startswith("'")


@pytest.mark.parametrize("value", HARMLESS)
def test_harmless_text_is_unchanged(value):
    assert safe_cell(value) == value


@given(st.text())
def test_no_cell_ever_starts_with_a_formula_prefix(text):
    out = safe_cell(text)
    assert not out.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")) or out.startswith("'")


def test_public_view_names_agents_only_with_consent():
    quotes = pd.DataFrame(
        {
            "id": [1, 2],
            "said_on": pd.to_datetime(["2026-01-02", "2026-01-03"]),
            "channel": ["chat", "email"],
            "language": ["de", "de"],
            "team": ["Nord", "Nord"],
            "agent_first_name": ["Anna", "Aylin"],
            "agent_last_name": ["Meier", "Kaya"],
            "agent_consent": [True, False],
            "text": ["=1", "ok"],
            "sentiment_label": ["positive"] * 2,
            "sentiment_compound": [0.9, 0.5],
            "themes": [["speed"], []],
            "rating": [5.0, None],
            "rating_scale": [5, None],
            "status": ["approved"] * 2,
            "source": ["manual"] * 2,
        }
    )
    view = public_view(quotes)
    assert list(view["agent"]) == ["Anna Meier", ""]
    assert list(view["themes"]) == ["speed", ""]
    assert "'=1" in to_csv(view)
    assert view["source_system"].isna().all()  # a frame from before the column was added
