"""The town after a signed name stays: "Gerry Malone, Derry BT48 6DQ", "…, York.".

A signature often ends with where the customer lives, after a comma. Some towns are listed
first names too ("Derry", "York", "Chester"), and a list of first names ("Gary, Louise") or a
name ending the message read them as a second person. A single word right after a full name
and a comma, that ends the line or the message or comes before a postcode or a placeholder,
is the town, not a person: the customer's name is redacted and the place is kept, as
everywhere ("postcodes and places outside a street address stay").

The same holds for a town that is a listed first name after a closing's "from" ("love from
london x", "Best wishes from York!", "Liebe Grüße von Paris"): a few towns whose names are
rare as given names; "love from Florence" or "from Sydney" may be a person and still goes.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import Candidate, RedactionKind

__all__ = ["without_signature_places"]

_SP = r"[ \t\u00a0]"
_COMMA_RE = re.compile(rf",{_SP}*")
# towns the list of first names holds that sign a greeting as places far more often than as
# people ("Sydney", "Florence", "Austin", "Jordan" are people as often: not here)
_TOWNS = frozenset(
    [
        "london", "paris", "york", "chester", "kent", "derry", "milan", "dallas", "lincoln",
        "devon", "sheffield", "brooklyn",
    ]
)  # fmt: skip
_FROM_CLOSING_RE = re.compile(
    rf"(?i:\b(?:(?:love|wishes|greetings|regards|thanks|hugs|cheers){_SP}+from"
    # German greetings: "Liebe Grüße von Paris", "Gruß aus London"
    rf"|(?:grüße|grüsse|gruß|gruss|grüßle){_SP}+(?:von|aus))){_SP}+\Z"
)
# after the town: the end of the line or message, or a postcode, a ZIP or a placeholder
# a full name already initialled by an earlier pass: "G. M., Derry"
_INITIALLED_RE = re.compile(rf"(?<![^\W\d_])[^\W\d_]\.(?:{_SP}?[^\W\d_]\.)+\Z")
_TOWN_END_RE = re.compile(rf"[.!]?{_SP}*(?:\n|\Z)|{_SP}+(?:[A-Z]{{1,2}}\d|\d{{3}}|\[)")


def without_signature_places(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without a one-word name that is the town after a full name."""
    full_ends = {
        c.end
        for c in candidates
        if c.kind is RedactionKind.NAME and " " in text[c.start : c.end].strip()
    }
    candidates = [c for c in candidates if not _greeting_town(text, c)]
    if not full_ends and "." not in text:
        return candidates
    return [c for c in candidates if not _town(text, c, full_ends)]


def _greeting_town(text: str, c: Candidate) -> bool:
    """ "love from london x": a town after a closing's "from", no sender."""
    return (
        c.kind is RedactionKind.NAME
        and text[c.start : c.end].casefold() in _TOWNS
        and _FROM_CLOSING_RE.search(text, max(0, c.start - 24), c.start) is not None
    )


def _town(text: str, c: Candidate, full_ends: set[int]) -> bool:
    if c.kind is not RedactionKind.NAME or " " in text[c.start : c.end].strip():
        return False
    before = text.rfind(",", 0, c.start)
    if before < 0 or (
        before not in full_ends and not _INITIALLED_RE.search(text, max(0, before - 12), before)
    ):
        return False
    comma = _COMMA_RE.match(text, before)
    return (
        comma is not None and comma.end() == c.start and _TOWN_END_RE.match(text, c.end) is not None
    )
