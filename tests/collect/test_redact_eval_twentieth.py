"""Floors of the twentieth redaction session (docs/benchmarks.md, "Redaction"): held-out set 19
(105 cases, 53 de / 52 en, 130 structured items in the shapes customers type; written and
committed before any rule changed, read for the baseline, structured 0.938 after one label was
changed to the project's rules, and at the end, 0.962) and development set 20 (142 cases, 71 /
71, tuned on: structured 0.933 -> 1.000). Never tune on held-out 19. Held-out 15's structured
floor is raised to this session's figure (0.944 -> 0.958)."""

from __future__ import annotations

import pytest

from feedback.collect.redact_eval import DEFAULT_CASES
from tests.collect.redact_floors import assert_at_floors

# size, German cases, names, structured, words kept, capitalised kept: just below the figures
FLOORS20 = {
    DEFAULT_CASES.with_name("redaction_dev20_cases.jsonl"): (142, 71, 0.99, 0.995, 0.995, 0.995),
    DEFAULT_CASES.with_name("redaction_holdout19_cases.jsonl"): (105, 53, 0.99, 0.96, 0.99, 0.985),
    DEFAULT_CASES.with_name("redaction_holdout15_cases.jsonl"): (100, 50, 0.94, 0.955, 0.995, 0.98),
}


@pytest.mark.parametrize("path", list(FLOORS20), ids=["dev20", "holdout19", "holdout15"])
def test_the_twentieth_sessions_sets_stay_at_their_measured_figures(path):
    assert_at_floors(path, FLOORS20[path])
