"""A lone name after an emoji at a message's end: "Danke an Frau Schuster 🌻 Emine".

Chat and social messages often sign with the first name after an emoji, with no full stop
before it: "Loved the chat with Molly! 💛 Sade", "Ta very much George 🙏 Dawit". The other rules
read a lone last word as a name only after a sentence, a comma or a greeting, or when the
list knows it after a break. Here the emoji is the break, and an agent named before it vouches
that the message thanks someone and the last word signs it (the agent is thanked already).
The word must be capitalised, three letters or more, not in capitals, no thanks in another
language ("… 🙏 Obrigado"), not a word the message used before ("… Glasfaser 🚀 Glasfaser"),
and either a word no dictionary knows or a listed first name that reads as no ordinary word
("Sade") and no closing; "… 👍 Super", "… 💛 Love" and "… 🙏 Telekom" stay.
"""

from __future__ import annotations

import re
import unicodedata

from feedback.collect.redact_after_agent import THANKS_ABROAD
from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import closing_words, known_word, reads_as_word
from feedback.first_names import is_first_name

__all__ = ["find_emoji_signature"]

_LAST_RE = re.compile(
    r"(?P<emoji>[^\w\s])[ \t\u00a0]*(?P<dash>[-–—][ \t\u00a0]*)?"
    r"(?P<word>[^\W\d_]{3,})[ \t\u00a0.]*\Z"
)
_WORD_RE = re.compile(r"[^\W\d_]+")


def _pictograph(ch: str) -> bool:
    return ch in "\u200d\ufe0f" or unicodedata.category(ch) in ("So", "Sk")


def _name_word(word: str, dashed: bool = False) -> bool:
    if dashed and word.islower():  # "… 🌟 - chiamaka": a dash signs a name in lower case too
        word = word.capitalize()
    if not word[0].isupper() or word.isupper() or reads_as_word(word):
        return False
    if word.casefold() in THANKS_ABROAD or word.casefold() in closing_words():
        return False  # "… 🙏 Obrigado", "… 💛 Love": thanks and closings, no names
    return not known_word(word) or is_first_name(word)


def find_emoji_signature(text: str, known: frozenset[str]) -> list[Candidate]:
    """The last word of ``text`` after an emoji, as its initial, when it signs (see the module
    docstring; ``known``: the agents' name keys)."""
    if not known or len(text) < 8:
        return []
    m = _LAST_RE.search(text[-60:])
    if m is None or not _pictograph(m.group("emoji")):
        return []
    offset = len(text) - len(text[-60:])
    start, end = offset + m.start("word"), offset + m.end("word")
    word = m.group("word")
    before = text[: offset + m.start("emoji")]
    words = _WORD_RE.findall(before)
    if not words or is_agent_word(word, known) or not _name_word(word, m.group("dash") is not None):
        return []
    if word.casefold() in (w.casefold() for w in words):
        return []  # a word the message used before is what it speaks of
    if not any(w[0].isupper() and is_agent_word(w, known) for w in words):
        return []
    return [Candidate(start, end, RedactionKind.NAME, f"{word[0]}.", Priority.NAME)]
