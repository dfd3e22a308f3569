"""The thirty-sixth redaction session's sets stay at what they measured (figures in
docs/benchmarks.md, "Redaction").

Held-out 36 (DE/AT/CH and UK/IE/US chats, mails, WhatsApp, SMS, social posts, call notes and
form exports: names of many origins, surname first, in lower case, phone numbers, e-mail
addresses, IBANs, sort codes, addresses, customer/order/contract numbers, dates of birth,
plates, handles) was committed before the rules were read and measured before (names 0.922,
structured 0.974) and once at the end (names 0.938, structured 1.000). Dev 36 holds the same
kinds in other messages and the misses quoted from rounds 34 and 35; it was tuned on (names
0.937 -> 1.000, structured 0.946 -> 1.000).
"""

from __future__ import annotations

from tests.collect.redact_floors import Floor, floors_test

FLOORS: dict[str, Floor] = {  # cases, German ones, then the four floors just below the figures
    "redaction_dev36_cases.jsonl": (60, 30, 0.99, 0.99, 0.99, 0.99),
    "redaction_holdout36_cases.jsonl": (60, 30, 0.93, 0.99, 0.99, 0.99),
}

test_the_thirtysixth_sessions_sets_stay_at_their_measured_figures = floors_test(FLOORS)
