"""Field labels that are listed first names too: "Reg: 12-KY-3344", "PIN: 4711", "Vin: WVW…".

A word before a colon and the customer's data reads like a sender's name to the rules for
signatures and chat lines ("Gaz: 07700 900123"). A few labels of a form or a vehicle are also
in the first-name list ("Reg" for Reginald, "Tan", "Vin", "Sim"); before a colon (or "no",
"nr", "#") and a value holding a digit or a placeholder they label the value: the value is
redacted by its own rule and the label stays. "Reg: thanks a lot" and "Tan Wei Ming: 0171 …"
(two words) are still read as names.

Two more kinds of label: a phrase whose last word names what the field holds ("Grace Period:
14 days", "Due Date: 3 Dec") before a colon and a value with a digit ("Grace Thompson: 0171 …"
is a chat line and goes); and the value of a mail header that holds a date ("Date: Thu, 3 Dec
2026", "Gesendet: Do, 3. Dez."), where a weekday's abbreviation is no name.
"""

from __future__ import annotations

import re

__all__ = ["field_label"]

_LABELS = frozenset(["reg", "rego", "pin", "tan", "vin", "sim", "iban", "fin"])
_VALUE_AFTER_RE = re.compile(
    r"\.?[ \t\u00a0]*(?:(?i:no|nr|number|nummer)\.?[ \t\u00a0]*)?[:#][ \t\u00a0]*"
    r"(?:\[|[^\s\d]*\d)"
)


# what a field holds, as the last word of a label (no surnames: "Price", "Rate", "Fee" are)
_LABEL_NOUN_WORDS = (
    "period date time number code amount balance limit status type total deadline duration"
    " level size speed tariff datum frist zeitraum laufzeit betrag nummer tarif"
)
_LABEL_NOUNS = frozenset(_LABEL_NOUN_WORDS.split())
_LABEL_VALUE_RE = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]*[^\s\d]{0,3}\d")
_DATE_HEADER_RE = re.compile(
    r"(?im)^[ \t>]*(?:date|datum|sent|gesendet|received|empfangen)[ \t]*:[ \t\u00a0]*\Z"
)


def field_label(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a label before a colon and a value, or the value of a
    date header."""
    span = text[start:end]
    folded = span.casefold()
    if folded in _LABELS and _VALUE_AFTER_RE.match(text, end) is not None:
        return True
    if folded.rsplit(None, 1)[-1] in _LABEL_NOUNS and " " in span:
        return _LABEL_VALUE_RE.match(text, end) is not None
    line_start = text.rfind("\n", 0, start) + 1
    return _DATE_HEADER_RE.search(text, line_start, start) is not None
