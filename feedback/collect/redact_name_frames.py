"""What stands around a candidate name and shows it is none, or not all of it one.

* An article before two capitalised words makes them a thing, not a person: "a Mercedes
  Sprinter", "mit einem Ford Transit", "the London Bridge store", "the Jack Daniel's gift
  set". People are named without one ("die Ayşe" in southern German is, so only the English
  articles and the German indefinite ones count).
* Words joined by "&" after such an article are a brand: "the Ben & Jerry's promo", "a Marks &
  Spencer gift card" ("Ilse & Heinz Moosbrugger", "Gül & Ahmet Karaca" have no article).
* "in" before two capitalised words makes them a place: "the team in Milton Keynes", "in Bad
  Homburg".
* Not when a title comes between ("an Herrn Klaus Peters") or a family word follows ("the Van
  Wyk family").
* A family word opens no name: "Mein Enkel Dawid" is the grandson Dawid ("Enkel" is also a
  listed first name), so the word stays and only the name after it goes.
"""

from __future__ import annotations

import re

from feedback.collect.redact_kin_words import KIN_WORDS
from feedback.collect.redact_patterns import Candidate, RedactionKind
from feedback.collect.redact_trailing import has_title

__all__ = ["framed_as_thing", "without_kin_word"]

_SP = "[ \t\u00a0]"
_CAP = r"[A-ZÄÖÜ][\w'’-]*"
# the article and the capitalised words between it and the candidate ("the Ben & ", "The
# Jack "), ending where the candidate starts
_BEFORE_RE = re.compile(
    rf"(?:(?<!\S)(?P<article>the|The|a|A|ein|eine|einen|einem|einer|eines|Ein|Eine)"
    rf"|(?<!\S)(?P<place>in)){_SP}+(?P<between>(?:{_CAP}{_SP}*(?:&{_SP}*)?)*)\Z"
)
_AND_AFTER_RE = re.compile(rf"{_SP}*&{_SP}*{_CAP}")
# "the Van Wyk family": a family named by its surname is people
_FAMILY_AFTER_RE = re.compile(
    rf"(?:['’]s)?{_SP}+(?i:family|families|household|clan|kids|children|twins|familie)\b"
)
_KIN_RE = re.compile(rf"(?i:{KIN_WORDS}){_SP}+(?=\S)")
_WINDOW = 60


def framed_as_thing(text: str, c: Candidate) -> bool:
    """True when ``c`` (a name candidate) is a thing's, a brand's or a place's words."""
    if c.kind is not RedactionKind.NAME:
        return False
    m = _BEFORE_RE.search(text, max(0, c.start - _WINDOW), c.start)
    if m is None:
        return False
    between = m.group("between")
    if (
        has_title(between.split())
        or (m.group("place") and between)
        or _FAMILY_AFTER_RE.match(text, c.end)
    ):
        return False  # "an Herrn Klaus Peters", "the Van Wyk family" are people
    joined = "&" in between or _AND_AFTER_RE.match(text, c.end) is not None
    several = bool(between) or bool(re.search(rf"\w{_SP}+\w", text[c.start : c.end]))
    if m.group("place"):
        return several and not joined
    return several or joined


def without_kin_word(text: str, c: Candidate) -> Candidate:
    """``c`` without a family word it opens with ("Enkel Dawid" -> "Dawid")."""
    if c.kind is not RedactionKind.NAME:
        return c
    m = _KIN_RE.match(text, c.start, c.end)
    if m is None:
        return c
    words = text[c.start : c.end].split()
    shown = c.replacement.split()
    if len(words) < 2 or len(shown) != len(words):
        return c
    return c._replace(start=m.end(), replacement=" ".join(shown[1:]))
