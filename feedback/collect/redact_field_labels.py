"""Field labels that are listed first names too: "Reg: 12-KY-3344", "PIN: 4711", "Vin: WVW…".

A word before a colon and the customer's data reads like a sender's name to the rules for
signatures and chat lines ("Gaz: 07700 900123"). A few labels of a form or a vehicle are also
in the first-name list ("Reg" for Reginald, "Tan", "Vin", "Sim"); before a colon (or "no",
"nr", "#") and a value holding a digit or a placeholder they label the value: the value is
redacted by its own rule and the label stays. "Reg: thanks a lot" and "Tan Wei Ming: 0171 …"
(two words) are still read as names.
"""

from __future__ import annotations

import re

__all__ = ["field_label"]

_LABELS = frozenset(["reg", "rego", "pin", "tan", "vin", "sim", "iban", "fin"])
_VALUE_AFTER_RE = re.compile(
    r"\.?[ \t\u00a0]*(?:(?i:no|nr|number|nummer)\.?[ \t\u00a0]*)?[:#][ \t\u00a0]*"
    r"(?:\[|[^\s\d]*\d)"
)


def field_label(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is one label word before a colon and a value."""
    return text[start:end].casefold() in _LABELS and _VALUE_AFTER_RE.match(text, end) is not None
