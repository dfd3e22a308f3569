"""Shared checks of the redaction tests: a set at its floors, a shape redacted once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from feedback.collect.redact import redact
from feedback.collect.redact_eval import DEFAULT_CASES, evaluate, load_cases

# size, German cases, names, structured, words kept, capitalised kept
Floor = tuple[int, int, float, float, float, float]


def assert_at_floors(path: Path, floor: Floor) -> None:
    """The set at ``path`` has its size and reaches each of its floors."""
    cases = load_cases(path)
    size, german, names, structured, kept, capitalised = floor
    scores = evaluate(cases)
    assert (len(cases), sum(case["lang"] == "de" for case in cases)) == (size, german)
    assert scores.name_recall >= names
    assert scores.structured_recall >= structured
    assert scores.keep_rate >= kept
    assert scores.capitalised_rate >= capitalised


def floors_test(floors: dict[str, Floor]) -> Callable[[str], None]:
    """A test, one case per set of ``floors`` (fixture file name -> floor), that each set
    stays at its floors."""

    @pytest.mark.parametrize("name", sorted(floors))
    def test(name: str) -> None:
        assert_at_floors(DEFAULT_CASES.with_name(name), floors[name])

    return test


def assert_redacted_once(text: str, expected: str, agents: tuple[str, ...]) -> None:
    """``text`` redacts to ``expected``, and a second run changes nothing."""
    first = redact(text, agents).text
    assert first == expected
    assert redact(first, agents).text == first
