"""Agents' own names, which redaction keeps: comparison keys of their words and word pairs.

Compared case- and accent-insensitively ("Müller" = "Muller" = "MUELLER") on whole words. A
group of name words is an agent's only when every two neighbours belong to the same agent's
name: with agents Thomas Wolf and Sabine Müller, "Thomas Müller" is a customer.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

__all__ = [
    "FIRST_TOKEN_RE",
    "NAME_TOKEN",
    "agent_nickname",
    "is_agent_name",
    "is_agent_short_form",
    "is_agent_word",
    "known_name_keys",
]

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = rf"(?:[^\W\d_][{_MARKS}]*)+"
# One name word: letters (with combining marks), apostrophes and hyphens inside ("O'Brien",
# "Hans-Peter"), not followed by a digit, "_" or "@" (a handle or an address). Atomic: a
# word may not give back its last letters to get past the look-ahead ("Meier@ web.de" matched
# "Meie" and left "M.r@ web.de", which a second run read as an address).
NAME_TOKEN = rf"(?>{_WORD}(?:['’]{_WORD})*(?:-{_WORD}(?:['’]{_WORD})*)*)(?![\d_@])"
FIRST_TOKEN_RE = re.compile(NAME_TOKEN)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


@functools.lru_cache(maxsize=4096)
def _keys(word: str) -> tuple[str, str]:
    """Accent-tolerant comparison keys: "Müller" -> ("muller", "mueller")."""
    folded = word.casefold()  # also ß -> ss
    german = folded.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return _fold(folded), _fold(german)


# Joins the keys of two words of one agent's name in ``known_name_keys``: no word's key holds it.
_PAIR = "\x00"


@functools.lru_cache(maxsize=64)
def known_name_keys(names: tuple[str, ...]) -> frozenset[str]:
    """Comparison keys of every word of every agent name, and of every two words of one agent's
    name, either way round ("Thomas Wolf", "Wolf Thomas"); cached: the directory rarely changes."""
    keys: set[str] = set()
    for name in names:
        words = FIRST_TOKEN_RE.findall(name)
        for word in words:
            keys.update(_keys(word))
        for i, first in enumerate(words):
            for second in words[i + 1 :]:
                for a, b in zip(_keys(first), _keys(second), strict=True):
                    keys.update((a + _PAIR + b, b + _PAIR + a))
    return frozenset(keys)


def is_agent_word(word: str, known: frozenset[str]) -> bool:
    """True when ``word`` is a word of an agent's name (``known``: ``known_name_keys``)."""
    return not known.isdisjoint(_keys(word))


_MIN_SHORT_FORM = 4  # letters of a short form: "Nige" for Nigel, "Kath"; not "Dan", "Jo"
_MIN_THANKED_SHORT_FORM = 2  # right after thanks: "Thanks Kev", "Cheers Mo!"
_THANKED_RE = re.compile(r"(?i:\b(?:thanks|thank you|thx|cheers|ta|danke))[ \t,]*\Z")


def is_agent_short_form(text: str, start: int, end: int, known: frozenset[str]) -> bool:
    """True when the word at ``start:end`` is the opening of a longer word of an agent's name,
    as a short form is: "Cheers Nige" to Nigel Pratt, "Thanks Kath" to Katherine Ward; with
    two or three letters only right after thanks: "Thanks Kev" to Kevin Dunn."""
    word = text[start:end]
    thanked = _THANKED_RE.search(text, max(0, start - 12), start) is not None
    least = _MIN_THANKED_SHORT_FORM if thanked else _MIN_SHORT_FORM
    if len(word) < least or not word.isalpha():
        return False
    folded = _keys(word)
    return any(
        len(key) > len(folded[0]) and _PAIR not in key and key.startswith(folded) for key in known
    )


def is_agent_name(words: list[str], known: frozenset[str]) -> bool:
    """True when ``words`` name one agent: a word of any agent's name, or words of which every
    two neighbours belong to the same agent's name. With agents Thomas Wolf and Sabine Müller,
    "Thomas Müller" is somebody else: a customer, whose name is redacted."""
    if len(words) == 1:
        return is_agent_word(words[0], known)
    return all(
        any(a + _PAIR + b in known for a, b in zip(_keys(first), _keys(second), strict=True))
        for first, second in itertools.pairwise(words)
    )


_BEFORE_PAREN_RE = re.compile(r"([^\W\d_]+)[ \t\u00a0]*\([ \t\u00a0]*\Z")


def agent_nickname(text: str, start: int, known: frozenset[str]) -> bool:
    """ "agent Rebecca (Becky)": a name in brackets at ``start``, right after an agent's name,
    is what the agent is called, no customer."""
    before = _BEFORE_PAREN_RE.search(text, max(0, start - 40), start)
    return before is not None and is_agent_word(before.group(1), known)
