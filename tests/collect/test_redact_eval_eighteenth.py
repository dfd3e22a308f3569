"""Floors of the eighteenth redaction session (docs/benchmarks.md, "Redaction"): held-out set 17
(100 cases, 50 de / 50 en, weighted towards names; written and committed before any rule
changed, read for the baseline, names 0.913, and once at the end, 0.939) and development set 18
(80 cases, 40 / 40, tuned on: names 0.891 -> 0.989). Never tune on held-out 17."""

from __future__ import annotations

import pytest

from feedback.collect.redact_eval import DEFAULT_CASES
from tests.collect.redact_floors import assert_at_floors

# size, German cases, names, structured, words kept, capitalised kept: just below the figures
# (dev 17's names raised from 0.94)
FLOORS18 = {
    DEFAULT_CASES.with_name("redaction_dev18_cases.jsonl"): (80, 40, 0.98, 0.99, 0.995, 0.995),
    DEFAULT_CASES.with_name("redaction_holdout17_cases.jsonl"): (100, 50, 0.93, 0.99, 0.985, 0.985),
    DEFAULT_CASES.with_name("redaction_dev17_cases.jsonl"): (80, 40, 0.98, 0.99, 0.995, 0.995),
}


@pytest.mark.parametrize("path", list(FLOORS18), ids=["dev18", "holdout17", "dev17"])
def test_the_eighteenth_sessions_sets_stay_at_their_measured_figures(path):
    assert_at_floors(path, FLOORS18[path])
