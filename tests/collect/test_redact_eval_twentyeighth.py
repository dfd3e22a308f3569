"""The twenty-eighth redaction session's two sets stay at what they measured (figures in
docs/benchmarks.md, "Redaction").

Held-out 28 is mostly English: customers from Britain, the U.S., Ireland, India, Nigeria and
Australia, a third German-speaking; it was committed untouched before any rule was read and
never tuned on (names 0.923 -> 0.969, structured 0.953 -> 0.977). Dev 28 holds the same kinds
with other values and was tuned on (names 0.927 -> 0.982, structured 0.972 -> 1.000).
"""

from __future__ import annotations

from tests.collect.redact_floors import Floor, floors_test

FLOORS: dict[str, Floor] = {  # cases, German ones, then the four floors just below the figures
    "redaction_dev28_cases.jsonl": (47, 13, 0.98, 0.99, 0.99, 0.98),
    "redaction_holdout28_cases.jsonl": (55, 19, 0.96, 0.97, 0.99, 0.99),
}

test_the_twenty_eighth_sessions_sets_stay_at_their_measured_figures = floors_test(FLOORS)
