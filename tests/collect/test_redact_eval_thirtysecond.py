"""The thirty-second redaction session's sets stay at what they measured (figures in
docs/benchmarks.md, "Redaction").

Dev 32 holds customers' own names in casual English messages (chats, texts, social posts):
"its … here", "i'm …", "the name's …", "… from accounts here", possessives before "account" or
"phone", sign-offs, nicknames beside a bracketed full name, names of many origins and with
particles, and texts that must stay as written; it was tuned on (names 0.373 -> 0.961).
Held-out 32 holds the same kinds in other sentences; it was committed untouched before the
rules were read and measured once at the end (names 0.426 -> 0.915).
"""

from __future__ import annotations

from tests.collect.redact_floors import Floor, floors_test

FLOORS: dict[str, Floor] = {  # cases, German ones, then the four floors just below the figures
    "redaction_dev32_cases.jsonl": (58, 0, 0.96, 0.99, 0.98, 0.98),
    "redaction_holdout32_cases.jsonl": (52, 0, 0.91, 0.99, 0.98, 0.96),
}

test_the_thirtysecond_sessions_sets_stay_at_their_measured_figures = floors_test(FLOORS)
