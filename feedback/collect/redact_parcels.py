"""Parcel tracking numbers that the other number detectors cut short or miss.

* UPS: "1Z" and sixteen capitals and digits, also in the groups the label prints them in
  ("1Z 9F1 22B 68 9876 5432"); the run detector took the digit groups at its end only;
* a code that mixes capitals and digits with capitals between its digits and holds at least
  eight digits ("H01ABC1234567890", an Evri/Hermes label): no product or tariff name has so
  many digits. Codes with letters only around the digits ("JD123456789GB", "ID12345678") are
  ``redact_numbers``'.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_parcel_numbers"]

_UPS_RE = re.compile(r"(?<![\w-])1Z(?:[ \u00a0]?[0-9A-Z]){16}(?![\w-])")
_MIXED_RE = re.compile(
    r"(?<![\w-])(?=[A-Z\d]{10,30}(?![\w-]))(?=(?:[A-Z]*\d){8})[A-Z\d]*?\d[A-Z]+\d[A-Z\d]*"
)


def find_parcel_numbers(text: str) -> list[Candidate]:
    """UPS numbers in groups and mixed codes of capitals and eight or more digits."""
    # before the phone runs: "1Z 9F1 22B 68 9876 5432" ends in digit groups
    kind, priority = RedactionKind.REFERENCE, Priority.REFERENCE_KEYWORD
    spans = [m.span() for pattern in (_UPS_RE, _MIXED_RE) for m in pattern.finditer(text)]
    return [Candidate(start, end, kind, PLACEHOLDERS[kind], priority) for start, end in spans]
