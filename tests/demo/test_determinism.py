"""The demo generator is deterministic, has a small API, and scales to 100,000 quotes."""

from __future__ import annotations

from datetime import date

import pytest

from feedback.demo import generate_demo, generate_demo_quotes
from tests.demo.conftest import END


def test_same_arguments_give_identical_output() -> None:
    first = generate_demo(seed=7, n_quotes=400, end=END)
    second = generate_demo(seed=7, n_quotes=400, end=END)
    assert first == second


def test_different_seeds_give_different_quotes() -> None:
    a = generate_demo_quotes(seed=1, n_quotes=300, end=END)
    b = generate_demo_quotes(seed=2, n_quotes=300, end=END)
    assert a != b
    assert len({q.text for q in a} & {q.text for q in b}) < 60  # mostly different texts


def test_quotes_function_matches_generate_demo() -> None:
    assert generate_demo_quotes(seed=3, n_quotes=200, end=END) == (
        generate_demo(seed=3, n_quotes=200, end=END).quotes
    )


def test_default_end_is_today_and_nothing_lies_in_the_future() -> None:
    quotes = generate_demo_quotes(n_quotes=300)
    assert max(q.said_on for q in quotes) <= date.today()


def test_edge_arguments() -> None:
    assert generate_demo(n_quotes=0, end=END).quotes == ()
    assert len(generate_demo(n_quotes=5, end=END, months=1).quotes) == 5
    with pytest.raises(ValueError):
        generate_demo(n_quotes=-1, end=END)
    with pytest.raises(ValueError):
        generate_demo(end=END, months=0)


# --- scale ------------------------------------------------------------------------------------


def test_hundred_thousand_quotes() -> None:
    """The benchmark's 100k data set stays distinct. Its speed is measured in bench/, not here."""
    big = generate_demo_quotes(n_quotes=100_000, end=END)
    assert len(big) == 100_000
    texts = [q.text for q in big]
    assert (len(texts) - len(set(texts))) / len(texts) < 0.01
    ids = [q.external_id for q in big if q.external_id]
    assert len(ids) == len(set(ids))
