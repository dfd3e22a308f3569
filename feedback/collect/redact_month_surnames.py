"""A surname that is a month, on a line that is only a name: "Herzliche Grüße\\nAnja März".

The name rules stop at a month ("bis März", "seit Juli"), which is right in a sentence. On a
line that holds nothing but a first name found by another rule and a month, the month is the
surname: a date would carry a day or a year ("Anja, 3. März"), and no one signs with a month.
The first name's candidate is widened to take it ("A. M.").
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import Candidate, RedactionKind

__all__ = ["with_month_surnames"]

_MONTH_AFTER_RE = re.compile(
    r"[ \t\u00a0]+(?P<month>Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September"
    r"|Oktober|November|Dezember|January|February|March|May|June|July|October|December)"
    r"[ \t\u00a0]*(?=\n|\Z)"
)
_LINE_START_RE = re.compile(r"(?:\A|\n)[ \t\u00a0]*\Z")


def with_month_surnames(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with a one-word name that opens its line widened by a month after it."""
    widened: list[Candidate] = []
    for c in candidates:
        month = _MONTH_AFTER_RE.match(text, c.end) if c.kind is RedactionKind.NAME else None
        if (
            month is not None
            and " " not in text[c.start : c.end]
            and _LINE_START_RE.search(text, max(0, c.start - 8), c.start) is not None
        ):
            initial = f"{month.group('month')[0]}."
            c = Candidate(
                c.start, month.end("month"), c.kind, f"{c.replacement} {initial}", c.priority
            )
        widened.append(c)
    return widened
