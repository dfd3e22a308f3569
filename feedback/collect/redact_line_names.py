"""Tests for a line that holds only a name, shared by ``redact_context``'s line rule: one word
after a dash at the end of the message ("\\n- Arindam", "~ tunde"), or two or three words that
no dictionary knows ("Nomsa Dlamini")."""

from __future__ import annotations

import re

from feedback.collect.redact_lower_signatures import CHAT_WORDS
from feedback.collect.redact_orgs import is_organisation
from feedback.collect.redact_patterns import Candidate
from feedback.collect.redact_trailing import english_word, known_word

__all__ = ["dashed_last_word", "unknown_full_name"]

_SP = r"[ \t\u00a0]"
_MIN_UNLISTED = 3  # letters of a lower-case name the list lacks
_VERB_ENDINGS = ("ed", "ing", "nt", "ly", "ve", "ll")  # "wouldve", "youll"
_NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_TEXT_END_RE = re.compile(rf"{_SP}*[.!]?\s*\Z")


def dashed_last_word(text: str, line: re.Match[str], names: list[Candidate]) -> bool:
    """ "\\n- Arindam", "… [ADDRESS] – Kwesi" at the end of the message: one name word after a
    dash that no dictionary knows ("- Anonymous", "— Team" stay)."""
    if len(names) != 1 or not line.group().strip() or not _TEXT_END_RE.match(text, names[0].end):
        return False
    words = _NAME_WORD_RE.findall(text, names[0].start, names[0].end)
    if len(words) == 1 and words[0].islower() and _chat_like(words[0]):
        return False  # "- lol", "~ thx", "- gonna": no name in lower case
    return len(words) == 1 and not known_word(words[0]) and not is_organisation(words[0])


def _chat_like(word: str) -> bool:
    return (
        len(word) <= _MIN_UNLISTED
        or word in CHAT_WORDS
        or word.endswith(_VERB_ENDINGS)
        or english_word(word)
    )


def unknown_full_name(span: str) -> bool:
    """ "Nomsa Dlamini", "Chinedu Okonkwo" on a line of their own: two or three name words
    that no dictionary knows and that name no company."""
    words = _NAME_WORD_RE.findall(span)  # "Akinwande-Smith" is one surname, not "Smith"
    return (
        2 <= len(words) <= 3 and not any(known_word(w) for w in words) and not is_organisation(span)
    )
