"""A name spelled out letter by letter: "it's Bukola, B-U-K-O-L-A", "that's C-H-U-K-W-U".

Four or more capital letters joined by hyphens spell a name when the text also writes the
word they make as a name (capitalised: "Bukola") and no dictionary knows it ("S-T-O-P, Stop"
and "N-A-S-A … NASA" stay). The spelled name becomes its first letter, as the name does.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import known_word

__all__ = ["find_spelled_names"]

_SPELLED_RE = re.compile(r"(?<![\w-])[A-ZÀ-Þ](?:-[A-ZÀ-Þ]){3,}(?![\w-])")


def find_spelled_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """The spelled-out names of ``text`` (see the module docstring)."""
    found: list[Candidate] = []
    if "-" not in text:
        return found
    for m in _SPELLED_RE.finditer(text):
        word = m.group().replace("-", "")
        if known_word(word.capitalize()) or known_word(word.casefold()):
            continue
        if is_agent_word(word, known) or not re.search(rf"\b{word.capitalize()}\b", text):
            continue
        initial = word[0] if text.startswith(".", m.end()) else word[0] + "."  # no "C.."
        found.append(Candidate(m.start(), m.end(), RedactionKind.NAME, initial, Priority.NAME))
    return found
