"""The filter is a value: equal filters are equal and hash equal, as ``extra`` came in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest

from feedback.store.filters import FrozenMapping, QuoteFilter


def test_equal_filters_hash_equal():
    one = QuoteFilter(start=dt.date(2026, 1, 1), team_ids=(1, 2), extra={"b": 2, "a": "x"})
    pairs = FrozenMapping([("b", 2), ("a", "x")])
    two = QuoteFilter(start=dt.date(2026, 1, 1), team_ids=(1, 2), extra=pairs)
    assert one == two
    assert hash(one) == hash(two)
    assert one.extra == {"a": "x", "b": 2}
    assert one.extra["b"] == 2
    assert list(one.extra) == ["a", "b"]
    assert len({one, two, QuoteFilter()}) == 2
    assert hash(QuoteFilter()) == hash(QuoteFilter(extra={}))


def test_different_filters_differ():
    assert QuoteFilter(extra={"a": 1}) != QuoteFilter(extra={"a": 2})
    assert QuoteFilter(channels=("chat",)) != QuoteFilter()


def test_a_filter_cannot_be_changed_in_place():
    flt = QuoteFilter(extra={"a": 1})
    with pytest.raises(dataclasses.FrozenInstanceError):
        flt.extra = {}  # type: ignore[misc]
    assert dataclasses.replace(flt, extra={"b": 1}).extra == {"b": 1}
    assert pickle.loads(pickle.dumps(flt)) == flt
    assert hash(pickle.loads(pickle.dumps(flt))) == hash(flt)
