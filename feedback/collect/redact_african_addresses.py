"""Nigerian and Kenyan street addresses with the plot or house first, as ``[ADDRESS]`` candidates.

"Plot 5, Admiralty Way, Lekki, Lagos", "Plot 22, Block C, Lekki Phase 1, Lagos": the number
stands before the street, after "Plot", "Block", "House" or "No.", so the English rules (the
number right before the street's name) left them. The areas and the town after it belong to
it, up to three, each capitalised (a state may follow: "Owerri, Imo State"); a closing or
thanks ends them ("…, Lekki. Thanks").

With the house number right before the street ("5 Awolowo Road, Ikoyi, Lagos"), the areas
after it belong to it when the last of them is a large town of Nigeria, Ghana or Kenya: the
English rules want a postcode there, which these addresses do not have.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_african_addresses"]

_SUFFIX = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Way|Close|Crescent|Drive|Lane|Estate|Layout|Boulevard"
    r"|Expressway|Highway)"
)
_WORD = r"[A-Z][a-z']+"
_STOP = r"(?!(?:Thanks?|Regards|Cheers|God|Please|Kindly|Dear|Yours|Best|Warm|Many|And|The)\b)"
_AFRICAN_RE = re.compile(
    rf"(?<![\w-])(?:Plot|House|No\.?)\s?\d{{1,4}}[A-Za-z]?,?\s"
    rf"(?:Block\s[A-Z\d]{{1,3}},\s)?(?:{_WORD}\s){{1,3}}{_SUFFIX}\b"
    rf"(?:,\s{_STOP}{_WORD}(?:\s(?:{_WORD}|Phase\s\d{{1,2}}|\d{{1,2}}))?){{0,3}}"
)
_TOWN = (
    r"(?:Lagos|Abuja|Ibadan|Kano|Kaduna|Enugu|Port\sHarcourt|Benin\sCity|Owerri|Jos|Abeokuta"
    r"|Onitsha|Warri|Calabar|Uyo|Ilorin|Accra|Kumasi|Tema|Takoradi|Nairobi|Mombasa|Kisumu"
    r"|Nakuru|Eldoret)"
)
_TOWN_ENDED_RE = re.compile(
    rf"(?<![\w/-])\d{{1,4}}[A-Za-z]?,?\s(?:{_WORD}\s){{1,3}}{_SUFFIX}\b"
    rf"(?:,\s{_STOP}{_WORD}(?:\s(?:{_WORD}|Phase\s\d{{1,2}}|\d{{1,2}}))?){{0,2}},\s{_TOWN}\b"
)


def find_african_addresses(text: str) -> list[Candidate]:
    """Addresses with the plot or house number first (see the module docstring)."""
    kind = RedactionKind.ADDRESS
    return [
        Candidate(m.start(), m.end(), kind, PLACEHOLDERS[kind], Priority.ADDRESS)
        for pattern in (_AFRICAN_RE, _TOWN_ENDED_RE)
        for m in pattern.finditer(text)
    ]
