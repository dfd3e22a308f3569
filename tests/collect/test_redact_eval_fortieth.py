"""The fortieth redaction session's sets stay at what they measured (figures in
docs/benchmarks.md, "Redaction").

Held-out 40 (120 cases, 61 German and 59 English: chats, mails, WhatsApp and SMS, call notes,
app-store and Google reviews, social-media comments; 128 names of many origins, 96 structured
items) was committed before the round's rules were read and measured before (names 0.977,
structured 0.969) and once at the end (the same figures: the round's rules caught none of its
misses). Its misses were not read before that final read. Dev 40 (119 cases, other texts) was
tuned on (names 0.961 -> 0.992).
"""

from __future__ import annotations

from tests.collect.redact_floors import Floor, floors_test

FLOORS: dict[str, Floor] = {  # cases, German ones, then the four floors just below the figures
    "redaction_dev40_cases.jsonl": (119, 60, 0.99, 0.99, 0.995, 0.995),
    "redaction_holdout40_cases.jsonl": (120, 61, 0.97, 0.96, 0.985, 0.99),
}

test_the_fortieth_sessions_sets_stay_at_their_measured_figures = floors_test(FLOORS)
