"""The thirty-third redaction session's sets stay at what they measured (figures in
docs/benchmarks.md, "Redaction").

Dev 33 holds signature blocks, forwarded mails ("Von: … Gesendet: …", "From: … Sent: …"),
transcripts with the customer's name as the label, WhatsApp exports, agents' call notes,
social replies, Austrian and Swiss forms, compound surnames, names that are words and third
parties; it was tuned on (names 0.874 -> 0.966). Held-out 33 holds the same kinds in other
messages; it was committed untouched before the rules were read and measured once at the end
(names 0.900 -> 0.975).
"""

from __future__ import annotations

from tests.collect.redact_floors import Floor, floors_test

FLOORS: dict[str, Floor] = {  # cases, German ones, then the four floors just below the figures
    "redaction_dev33_cases.jsonl": (60, 30, 0.96, 0.99, 0.99, 0.99),
    "redaction_holdout33_cases.jsonl": (60, 30, 0.97, 0.98, 0.98, 0.96),
}

test_the_thirtythird_sessions_sets_stay_at_their_measured_figures = floors_test(FLOORS)
