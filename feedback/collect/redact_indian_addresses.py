"""Indian addresses: a house number, comma-separated parts and a six-digit PIN code at the end
("22, Anna Salai, Chennai 600002", "H.No. 4-12, MG Road, Secunderabad, Telangana 500003",
"B-204, Sector 15, Noida 201301", "14/2 Park Street, Kolkata 700016").

The PIN alone was a bare number ([REF]) and the street's words were read as a name ("A. S.").
Both ends are needed: a number that starts the address (with "No.", "H.No.", "Plot", "Flat",
"Door No." or a block letter) and a PIN code after the last part, which names the town or
state; two to six parts between them, none with a sentence's full stop.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_indian_addresses"]

_LEAD = (
    r"(?:(?:H\.\s?No\.?|House\sNo\.?|Door\sNo\.?|No\.|Plot(?:\sNo\.?)?|Flat(?:\sNo\.?)?|\#)\s?)?"
    r"(?:[A-Z]{1,2}-?)?\d{1,5}[A-Z]?(?:[/-]\d{1,4}[A-Z]?)*"
)
# One part: words without a comma; a dot only inside an abbreviation ("St.", "Opp.").
_PART = r"[\w'’/-]+\.?(?:\s[\w'’/()-]+\.?){0,4}"
_PIN = r"[1-9]\d{2}\s?\d{3}(?![\d])"
_INDIAN_RE = re.compile(
    # not the last group of a phone number before it: "+91 91234 56789, Flat 204, …"
    rf"(?<![\w/.+-])(?<!\d\s)(?:{_LEAD}),?\s{_PART}(?:,\s?{_PART}){{1,5}}?"
    rf"(?:,\s?|\s?[-–]\s?|\s){_PIN}"
)
_SENTENCE_END_RE = re.compile(r"[a-z]{3,}\.\s")  # "Road. I called": not "H.No. 4" or "St. "
_TOWN_BEFORE_PIN_RE = re.compile(r"[A-Z][a-z]+\s?[,–-]?\s?\Z")


def find_indian_addresses(text: str) -> list[Candidate]:
    """Indian addresses that end with a PIN code (see the module docstring)."""
    found: list[Candidate] = []
    for m in _INDIAN_RE.finditer(text):
        pin = re.search(rf"{_PIN}\Z", m.group())
        if pin is None or not _TOWN_BEFORE_PIN_RE.search(m.group(), 0, pin.start()):
            continue  # the part before the PIN must be a town's or a state's name
        if _SENTENCE_END_RE.search(m.group()):
            continue  # a sentence ended inside it
        found.append(
            Candidate(
                m.start(),
                m.end(),
                RedactionKind.ADDRESS,
                PLACEHOLDERS[RedactionKind.ADDRESS],
                Priority.ADDRESS,
            )
        )
    return found
