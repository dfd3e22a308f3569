"""A name right before the customer's redacted data: "Obrigada! Thaís Nascimento, [ADDRESS]".

A signature often gives the name and then the address, e-mail address or phone number on the
same line. Once an earlier pass has put a placeholder there, two or three capitalised words
after a break (a sentence's end, a line's start, a comma, a dash) and before ", [ADDRESS]",
", [EMAIL]" or ", [PHONE]" are the sender's name when no dictionary knows any of them; a
listed first name that reads as no ordinary word may open the name. The placeholder vouches
for the name as a greeting would: "Liebe Grüße und danke, Ngozi Okonkwo-Eze, [EMAIL]" → "N. O.,
[EMAIL]". "Danke! Deutsche Telekom, [ADDRESS]" and "Bad Homburg, [ADDRESS]" stay (words the
dictionaries know), and so does an agent's name. A closing before the name is no part of it
("Rgds Ciaran, [PHONE]" → "Rgds C., [PHONE]"); after a closing one name word will do.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import (
    closing_words,
    function_words,
    known_word,
    reads_as_word,
)
from feedback.first_names import is_first_name

__all__ = ["find_placeholder_names", "unknown_name_word"]

_SP = r"[ \t\u00a0]"
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:[-'’][A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+)?"
# closings written short, before a signature: "Rgds Ciaran, [PHONE]"
_SHORT_CLOSINGS = frozenset(["rgds", "brgds", "regds", "kr", "br", "vg", "mfg", "glg", "thx"])
_BEFORE_DATA_RE = re.compile(
    rf"(?:\A|[\n,;:]|[.!?…]{_SP}|{_SP}[–—-]{_SP}){_SP}*"
    rf"(?P<name>{_NAME}(?:{_SP}+{_NAME}){{0,2}}){_SP}*,?{_SP}*\[(?:ADDRESS|EMAIL|PHONE)\]"
)


def unknown_name_word(word: str) -> bool:
    """No dictionary knows ``word`` or any part of it ("Okonkwo-Eze", "O'Sullivan")."""
    return not any(known_word(part) for part in re.split(r"[-'’]", word) if part)


def _name(words: list[str], known: frozenset[str]) -> bool:
    if any(is_agent_word(w, known) or w.casefold() in function_words() for w in words):
        return False
    first_ok = unknown_name_word(words[0]) or (
        is_first_name(words[0]) and not reads_as_word(words[0])
    )
    return first_ok and all(unknown_name_word(w) for w in words[1:])


def find_placeholder_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names before a placeholder of the customer's data (see the module docstring;
    ``known``: the agents' name keys)."""
    if "[" not in text:
        return []
    found: list[Candidate] = []
    for m in _BEFORE_DATA_RE.finditer(text):
        words = m.group("name").split()
        start = m.start("name")
        closed = words[0].casefold() in closing_words() or words[0].casefold() in _SHORT_CLOSINGS
        if closed:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        if len(words) < (1 if closed else 2) or not _name(words, known):
            continue
        initials = " ".join(f"{w[0]}." for w in words)
        found.append(Candidate(start, m.end("name"), RedactionKind.NAME, initials, Priority.NAME))
    return found
