"""How a name is read at a position, shared by the context rules (``redact_context``) and the
line rule (``redact_line_names``): a name after a cue (optionally a listed first name first), a
word in lower case, and the names joined to it by "und"/"and"/"&"."""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_names import name_after
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import function_words, known_word

__all__ = ["INITIAL_START_RE", "LINE_END_RE", "lower_case_name", "named", "with_more"]

_SP = r"[ \t\u00a0]"
LINE_END_RE = re.compile(rf"{_SP}*[.!]?{_SP}*(?:\n|\Z)")
INITIAL_START_RE = re.compile(r"[^\W\d_]\.")
_AND_RE = re.compile(rf"{_SP}+(?:und|and|&){_SP}+")
_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")


def named(
    text: str, pos: int, known: frozenset[str], *, listed: bool, lead_initials: bool = False
) -> Candidate | None:
    return name_after(
        text, pos, known, after_title=False, first_name=listed, lead_initials=lead_initials
    )


_LOWER_WORD_RE = re.compile(r"[a-zà-öø-ÿ]{2,}(?:-[a-zà-öø-ÿ]{2,})?(?![\w'’-])")


def lower_case_name(text: str, pos: int, known: frozenset[str]) -> Candidate | None:
    m = _LOWER_WORD_RE.match(text, pos)
    if m is None or m.group() in function_words() or is_agent_word(m.group(), known):
        return None
    initial = m.group()[0].upper() + "."
    return Candidate(m.start(), m.end(), RedactionKind.NAME, initial, Priority.NAME)


def with_more(text: str, first: Candidate | None, known: frozenset[str]) -> list[Candidate]:
    """``first`` and the names joined to it: "Ella and Noah", "Ingrid und Walter Fuchs"."""
    found: list[Candidate] = []
    while first is not None:
        found.append(first)
        more = _AND_RE.match(text, first.end)
        first = _joined(text, more.end(), known) if more else None
    return found


def _joined(text: str, pos: int, known: frozenset[str]) -> Candidate | None:
    """The name after "und"/"and"/"&": a listed first name, or a word no dictionary knows
    ("Johanna & Ferdl Pichler"; "Anna und Team" stays)."""
    listed = named(text, pos, known, listed=True)
    if listed is not None:
        return listed
    unlisted = named(text, pos, known, listed=False)
    word = _FIRST_WORD_RE.match(text, pos)
    if unlisted is None or word is None or known_word(word.group()):
        return None
    return unlisted
