"""Initials in customers' names: how they are written, and the initial a name word becomes.

``redact_names`` reads initials inside and before a name ("Michael O. Brown", "J.W. Bakker",
"H.-D. Mühlbauer", "Ch. Dietz") and replaces each name word with its initial.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["PREFIXED_SURNAME_RE", "compact", "initial_of", "is_initial", "place_initials"]

# A surname joined to its particle: "al-Hassan", or elided in lower case: "d'Souza",
# "dell'Orto" ("O'Brien", "D'Angelo" are name words already).
PREFIXED_SURNAME_RE = re.compile(
    r"(?:(?:al|el|ad|ul|abu|bin|ibn|van|de|di|da|du|le|la)-"
    r"|(?:d|dall|dell|degli|l)['’](?=[A-ZÄÖÜ]))[^\W\d_]+"
)
_ELIDED_RE = re.compile(r"['’-]")

# Initials of two or three letters: "Ch. Dietz", "Th. Brandt", "Chr. Weber"
_LONG_INITIALS = frozenset(["Ch", "Th", "Ph", "Chr", "Wm"])


def compact(text: str, spans: list[tuple[int, int]]) -> bool:
    """Two or more initials with no space between ("R.T.", "H.-D."): written so by a person,
    never left so by a replacement ("R. T."), so reading on keeps redaction idempotent."""
    written = text[spans[0][0] : spans[-1][1]]
    return (
        len(spans) >= 2
        and not any(ch.isspace() for ch in written)
        and not place_initials(text, spans)
    )


def place_initials(text: str, spans: list[tuple[int, int]]) -> bool:
    """The initials that open ``spans`` spell a place ("D.C.", "U.S.")."""
    letters = ""
    for start, end in spans:
        if not text.startswith(".", end - 1):
            break
        letters += text[start : end - 1]
    return letters in _PLACE_INITIALS


# Places written as initials: "Washington, D.C. Area", "the U.S. Embassy"
_PLACE_INITIALS = frozenset(["DC", "US", "UK", "LA", "NY", "NYC", "EU", "UN", "USA"])


def is_initial(token: str) -> bool:
    return (len(token) == 1 and token.isupper()) or token in _LONG_INITIALS


def _initial(word: str) -> str:
    end = 1
    while end < len(word) and unicodedata.combining(word[end]):
        end += 1
    return word[:end] + "."


def initial_of(word: str) -> str:
    """A name word's initial; a joined particle stays: "al-Hassan" -> "al-H.", "d'Souza" ->
    "d'S."."""
    if PREFIXED_SURNAME_RE.fullmatch(word):
        cut = _ELIDED_RE.search(word)
        if cut is not None:
            return f"{word[: cut.end()]}{_initial(word[cut.end() :])}"
    return _initial(word)
