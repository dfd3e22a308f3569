"""A name typed in lower case after "under the name of", "name on the order is".

The words after such a cue name whose order or account it is; in a message that is not all in
lower case (which ``redact_cased`` reads) the name rules need capitals, so "order is under
the name of hina malik" kept the name. Here two or three words after the cue that end the
clause (a listed first name may have had its capital put in by ``redact_cased``: "hina
Malik") are the name when none is a function word, each is no English word or is a listed
first name, and one at least is no English word ("hina malik"; "under the name of my
husband", "under the name of love" and "name on the order is wrong again" stay).
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import english_word, function_words
from feedback.first_names import is_first_name

__all__ = ["lower_owner"]

_SP = r"[ \t\u00a0]"
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)?"
_NAME_RE = re.compile(rf"(?P<name>{_WORD}(?:{_SP}+{_WORD}){{1,2}})(?={_SP}*(?:[.!?,;:)\n]|\Z))")


def _name_word(word: str, known: frozenset[str]) -> bool:
    folded = word.casefold()
    return (
        folded not in function_words()
        and not is_agent_word(word, known)
        and (not english_word(folded) or is_first_name(word))
    )


def lower_owner(text: str, pos: int, known: frozenset[str]) -> list[Candidate]:
    """The lower-case name at ``pos`` (right after the cue), as initials ("H. M.")."""
    m = _NAME_RE.match(text, pos)
    if m is None:
        return []
    words = m.group("name").split()
    if not all(_name_word(w, known) for w in words):
        return []
    if all(english_word(w.casefold()) for w in words):
        return []
    initials = " ".join(f"{w[0].upper()}." for w in words)
    return [Candidate(m.start(), m.end("name"), RedactionKind.NAME, initials, Priority.NAME)]
