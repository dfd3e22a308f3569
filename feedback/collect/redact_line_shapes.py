"""Names in three shapes of a line that contact-centre messages have and other rules miss.

* a ticket's or mail's subject line ("Subject:", "Betreff:") that ends with a name in
  brackets: "Subject: Thanks - account [REF] (Whitmore)", "Betreff: Rückfrage (Okonjo)". The
  word in brackets must be in title case, no dictionary may know it and no first-name list (an
  agent's first name is kept anyway): "(Update)", "(Leipzig)", "(EVAG)" stay, and so do forum
  titles opened by "Re:" alone ("Re: KVB AG (Infokanal)");
* the recipient typed before an address on the same line: "Deliver to: Chidi Okeke
  [ADDRESS]": two or three capitalised words after a colon or at a line's start, none of
  them a word a dictionary knows ("Thanks to Royal Mail [ADDRESS]", "We moved to Green Street
  [ADDRESS]" stay; listed first names are ``redact_trailing``'s);
* two senders joined by "&", "and" or "und" after a greeting that closes the message: "Love,
  Blessing & Emeka", "Liebe Grüße, Ama & Kofi". One of the two must be a listed first name or
  a word no dictionary knows, but for after "Love" or kisses; kin words ("Love, Mum & Dad")
  and function words stay, and a thanks is no greeting ("Thanks, Bill & Ted" may thank two
  agents).

Agents' names (``known``) are kept by ``name_after``, as everywhere.
"""

from __future__ import annotations

import re

from feedback.collect.redact_kin_words import KIN_WORDS
from feedback.collect.redact_names import name_after
from feedback.collect.redact_patterns import Candidate
from feedback.collect.redact_trailing import (
    after_break,
    closing_words,
    function_words,
    known_word,
)
from feedback.first_names import is_first_name

__all__ = ["find_line_shape_names"]

_SP = r"[ \t\u00a0]"
_NAME_WORD = r"[A-ZÄÖÜÀ-ÝĀ-Ž][^\W\d_]+(?:['’-][^\W\d_]+)*"
# A labelled subject line ("Re:" alone opens forum posts too) that ends with the bracket
_SUBJECT_RE = re.compile(
    rf"(?im)^{_SP}*(?:subject|betreff){_SP}*:[^\n]*?{_SP}\((?-i:([A-ZÄÖÜ][a-zäöüß]+"
    rf"(?:['’-][A-ZÄÖÜ]?[a-zäöüß]+)*))\)[^\w\n]*$"
)
_BEFORE_ADDRESS_RE = re.compile(
    rf"(?m)(?:^|(?<=:)){_SP}*(?P<name>{_NAME_WORD}(?:{_SP}+{_NAME_WORD}){{1,2}}),?{_SP}+\[ADDRESS\]"
)
_PAIR_RE = re.compile(
    rf"(?P<closing>[^\W\d_]+),?{_SP}+(?P<first>{_NAME_WORD}){_SP}+(?:&|and|und){_SP}+"
    rf"(?P<second>{_NAME_WORD})[^\w\n]*\Z"
)
_JOINED_RE = re.compile(rf"{_SP}(?:&|and|und){_SP}")
_THANKS = frozenset(["thanks", "thx", "danke", "ta", "from", "von"])
# Closings that only a sender writes: after them two words joined are two names ("Love,
# Blessing & Emeka": the dictionaries know both words)
_LOVING = frozenset(["love", "xx", "xxx", "bussi"])
_KIN_RE = re.compile(rf"(?i:{KIN_WORDS}|family|familie)\Z")


def _unknown(word: str) -> bool:
    """Capitalised, no function word, and no dictionary knows it."""
    return word.casefold() not in function_words() and not known_word(word)


def _subject_names(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _SUBJECT_RE.finditer(text):
        word = m.group(1)
        if is_first_name(word) or not _unknown(word):
            continue
        named = name_after(text, m.start(1), known, after_title=True)
        if named is not None and named.end == m.end(1):
            found.append(named)
    return found


def _recipients(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _BEFORE_ADDRESS_RE.finditer(text):
        words = m.group("name").split()
        if not after_break(text, m.start("name")) or not all(_unknown(w) for w in words):
            continue
        named = name_after(text, m.start("name"), known, after_title=True)
        if named is not None and named.end == m.end("name"):
            found.append(named)
    return found


def _signed_pair(text: str, known: frozenset[str]) -> list[Candidate]:
    tail = text[-80:]
    joined = _JOINED_RE.search(tail)
    m = _PAIR_RE.search(tail, max(0, joined.start() - 40)) if joined else None
    if m is None:
        return []
    closing = m.group("closing").casefold()
    if closing not in closing_words() or closing in _THANKS:
        return []
    words = (m.group("first"), m.group("second"))
    if any(w.casefold() in function_words() or _KIN_RE.match(w) for w in words):
        return []
    if closing not in _LOVING and not any(is_first_name(w) or _unknown(w) for w in words):
        return []
    offset = len(text) - len(tail)
    found: list[Candidate] = []
    for group in ("first", "second"):
        start, end = m.span(group)
        named = name_after(text, offset + start, known, after_title=True)
        if named is None or named.end != offset + end:
            return []
        found.append(named)
    return found


def find_line_shape_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names in a subject's brackets, before an address, and pairs of senders (docstring)."""
    found: list[Candidate] = []
    if "(" in text and ":" in text:
        found += _subject_names(text, known)
    if "[ADDRESS]" in text:
        found += _recipients(text, known)
    found += _signed_pair(text, known)
    return found
