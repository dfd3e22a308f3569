"""Redaction cases from chat messages, e-mail footers and call notes: (id, input, known
names[, expected output]).

Appended to ``REDACTED`` (redacted_cases.py) and ``KEPT`` (kept_cases.py); the known names
are ``AGENTS`` or none, as the store round trip knows no others."""

from __future__ import annotations

from tests.collect.name_cases import AGENTS, NONE

MESSAGE_REDACTED = [
    # a closing word before the agent's first name at the end, then a customer's full name
    (
        "msg_thx_then_customer",
        "Great help today. Thx Brenda Okafor",
        AGENTS,
        "Great help today. Thx B. O.",
    ),
]

MESSAGE_KEPT = [
    # "Thx" is no first name of a customer: the agent is thanked
    ("msg_thx_agent", "Mail it to me please. Thx Tasha.", AGENTS),
    # a German adjective that is a listed first name too
    ("msg_beste_adjective", "⭐⭐⭐⭐⭐ Beste Banking-App! Danke Jonas", AGENTS),
]
