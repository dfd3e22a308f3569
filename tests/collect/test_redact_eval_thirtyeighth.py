"""The thirty-eighth redaction session's sets stay at what they measured (figures in
docs/benchmarks.md, "Redaction").

Held-out 38 (German and English review posts, voicemail transcripts, ticket and form exports,
Christmas cards, letters, tweets, SMS and WhatsApp, with 55 names of many origins) was
committed before the rules were read and measured before (names 0.873, structured 0.963) and
once at the end (names 0.909, structured 0.963; words kept 0.992, capitalised 0.996 both times).
Dev 38 holds the misses quoted from held-out 37 and the "its <brand> <thing>," look-alikes; it
was tuned on (names 0.522 -> 0.935).
"""

from __future__ import annotations

from tests.collect.redact_floors import Floor, floors_test

FLOORS: dict[str, Floor] = {  # cases, German ones, then the four floors just below the figures
    "redaction_dev38_cases.jsonl": (50, 25, 0.93, 0.99, 0.99, 0.99),
    "redaction_holdout38_cases.jsonl": (50, 25, 0.90, 0.96, 0.99, 0.99),
}

test_the_thirtyeighth_sessions_sets_stay_at_their_measured_figures = floors_test(FLOORS)
