"""The thirty-seventh redaction session's sets stay at what they measured (figures in
docs/benchmarks.md, "Redaction").

Held-out 37 (German and English chats, mails, SMS, social posts, call notes and signatures with
71 names of many origins: particles, hyphens, diacritics, lower case, capitals, initials) was
committed before the rules were read and measured before (names 0.859) and once at the end
(names 0.887; structured, words and capitalised words 1.000 both times).
Dev 37 holds other messages and names and the misses quoted from rounds 34 and 36; it was
tuned on (names 0.817 -> 0.983).
"""

from __future__ import annotations

from tests.collect.redact_floors import Floor, floors_test

FLOORS: dict[str, Floor] = {  # cases, German ones, then the four floors just below the figures
    "redaction_dev37_cases.jsonl": (60, 30, 0.98, 0.99, 0.99, 0.99),
    "redaction_holdout37_cases.jsonl": (60, 30, 0.88, 0.99, 0.99, 0.99),
}

test_the_thirtyseventh_sessions_sets_stay_at_their_measured_figures = floors_test(FLOORS)
