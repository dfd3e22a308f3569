"""A title or family title before a customer's name stays a word: "Mr H. G.", "Auntie B.".

Some rules read a name with the word in front of it ("my father, Mr Hamish Grant",
"Account holder: Mrs Philippa Carrington", "Love, Auntie Bev") and initialled the title too
("M. H. G."), and so with an academic title ("Mag. Renate Steiner") and a rank of nobility
("Countess Beatrix von Lindau"). A title names nobody and says how the writer refers to the
person, so the span starts after it and the title's initial is dropped from the replacement.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import Candidate, RedactionKind

__all__ = ["without_lead_titles"]

_LEAD_TITLE_RE = re.compile(
    r"(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Revd|Rev|Sir|Dame|Lady|Lord|Herrn|Herr|Frau"
    r"|Auntie|Aunty|Aunt|Uncle|Nana|Nanna|Nan|Granny|Gran|Grandma|Grandpa|Grandad"
    r"|Tante|Onkel|Oma|Opa"
    # Austrian academic titles, with their dot: "Hochachtungsvoll Mag. Renate Steiner"
    r"|Mag(?=\.)|MMag(?=\.)|Ing(?=\.)|Dipl\.-Ing(?=\.)|DI(?=[ \t\u00a0]+[A-ZÄÖÜ][a-zäöüß.])"
    # ranks of nobility: "Sincerely, Countess Beatrix von Lindau" -> "Countess B. L."
    r"|Countess|Baroness|Baronin|Gräfin|Freifrau|Freiherr|Fürstin|Prinzessin)"
    r"\.?[ \t\u00a0]+(?=[^\W\d_])"
)


def _trimmed(text: str, c: Candidate) -> Candidate:
    m = _LEAD_TITLE_RE.match(text, c.start, c.end)
    if m is None or m.end() >= c.end:
        return c
    head, _, rest = c.replacement.partition(" ")
    if not rest or head != text[c.start] + ".":
        return c  # a replacement not made word by word: left as it is
    return c._replace(start=m.end(), replacement=rest)


# An academic title read alone as a signature's first name ("Mag." -> "M."): no name at all.
_ACADEMIC_ALONE = frozenset(["Mag", "MMag", "Ing", "Dr", "Prof"])


def _title_alone(text: str, c: Candidate) -> bool:
    return text[c.start : c.end] in _ACADEMIC_ALONE and text.startswith(".", c.end)


def without_lead_titles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` with a leading title left out of each name's span and replacement, and
    without an academic title read as a name on its own."""
    return [
        _trimmed(text, c) if c.kind is RedactionKind.NAME else c
        for c in candidates
        if c.kind is not RedactionKind.NAME or not _title_alone(text, c)
    ]
