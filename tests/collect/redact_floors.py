"""Shared checks of the redaction tests: a set at its floors, a shape redacted once."""

from __future__ import annotations

from pathlib import Path

from feedback.collect.redact import redact
from feedback.collect.redact_eval import evaluate, load_cases

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


def assert_redacted_once(text: str, expected: str, agents: tuple[str, ...]) -> None:
    """``text`` redacts to ``expected``, and a second run changes nothing."""
    first = redact(text, agents).text
    assert first == expected
    assert redact(first, agents).text == first
