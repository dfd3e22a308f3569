"""Nigerian and Kenyan street addresses with the plot or house first, as ``[ADDRESS]`` candidates.

"Plot 5, Admiralty Way, Lekki, Lagos", "Plot 22, Block C, Lekki Phase 1, Lagos": the number
stands before the street, after "Plot", "Block", "House" or "No.", so the English rules (the
number right before the street's name) left them. The areas and the town after it belong to
it, up to three, each capitalised (a state may follow: "Owerri, Imo State"); a closing or
thanks ends them ("…, Lekki. Thanks").
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


def find_african_addresses(text: str) -> list[Candidate]:
    """Addresses with the plot or house number first (see the module docstring)."""
    kind = RedactionKind.ADDRESS
    return [
        Candidate(m.start(), m.end(), kind, PLACEHOLDERS[kind], Priority.ADDRESS)
        for m in _AFRICAN_RE.finditer(text)
    ]
