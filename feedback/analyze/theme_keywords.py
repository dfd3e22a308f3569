"""Keyword syntax of the theme taxonomy: folding tokens and parsing keyword patterns.

Per word of a keyword: ``word`` (exact), ``stem*`` (prefix), ``*stem`` (suffix), ``*stem*``
(infix); a lone ``*`` marks an optional gap. Words are compared in folded form (``fold``), so
"Lösung", "Loesung" and "LÖSUNG" are one word.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from feedback.analyze.tokens import tokenize

PatternKind = Literal["exact", "prefix", "suffix", "infix"]
MAX_PHRASE_WORDS = 6
MIN_STEM = 3  # a wildcard stem shorter than this ("a*") would match almost every token
# Why expand rather than strip umlauts: "lös*" must not turn into "los*" (los, lose, Losnummer);
# expanding keeps the words apart and still matches customers who type "loesung".
_FOLDED = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("’", "'"), ("‘", "'"), ("`", "'"))


def _fold(token: str) -> str:
    """Matching form of a token: NFC, lower case, umlauts expanded (ä -> ae), ß -> ss.

    Called for every token a theme cue's check reads (about a hundred per quote), so the
    common cases skip ``str.translate`` with its table (about 2 µs a word): an ASCII word can
    only hold the backtick, and each other folded character is replaced on its own (no
    replacement holds a folded character, so the order does not matter)."""
    if token.isascii():
        low = token.lower()
        return low.replace("`", "'") if "`" in low else low
    low = unicodedata.normalize("NFC", token).lower()
    for char, folded in _FOLDED:
        if char in low:
            low = low.replace(char, folded)
    return low


# ``fold`` remembers each token's form: the agent checks fold the same words about fifty
# times a quote, and a dict lookup costs a fraction of even the ASCII path. The table is
# cleared at ``FOLD_CACHE_LIMIT`` entries, which bounds its memory.
FOLD_CACHE_LIMIT = 100_000


class _FoldCache(dict[str, str]):
    """Token -> ``_fold(token)``, filled on first sight (the lookup itself runs in C)."""

    def __missing__(self, token: str) -> str:
        if len(self) >= FOLD_CACHE_LIMIT:
            self.clear()
        form = self[token] = _fold(token)
        return form


fold = _FoldCache().__getitem__


@dataclass(frozen=True, slots=True)
class WordPattern:
    """One word of a keyword: ``stem`` is folded; ``kind`` says where ``*`` stood."""

    kind: PatternKind
    stem: str


def parse_keyword(text: str) -> tuple[WordPattern, ...]:
    """Parse a keyword such as ``"schnell*"`` or ``"nahm sich * zeit"`` into word patterns.

    A lone ``*`` is not a word: it is allowed only as a gap marker and is dropped, since every
    phrase already tolerates ``phrase_gap`` tokens between its words. Raises ``ValueError``.
    """
    words: list[WordPattern] = []
    for raw in fold(text).split():
        if raw == "*":
            continue
        stem = raw.strip("*")
        if not stem or "*" in stem:
            raise ValueError(f"'{raw}': '*' may only open or close a word")
        starts, ends = raw.startswith("*"), raw.endswith("*")
        if not (starts or ends):
            parts = tokenize(stem)
            if not parts:
                raise ValueError(f"'{raw}' contains no word")
            words.extend(WordPattern("exact", part) for part in parts)
            continue
        if tokenize(stem) != [stem]:
            raise ValueError(f"'{raw}': a wildcard word must be a single token")
        if len(stem) < MIN_STEM:
            raise ValueError(f"'{raw}': a wildcard stem needs at least {MIN_STEM} characters")
        kind: PatternKind = "infix" if starts and ends else "suffix" if starts else "prefix"
        words.append(WordPattern(kind, stem))
    if not words:
        raise ValueError("empty keyword")
    if len(words) > MAX_PHRASE_WORDS:
        raise ValueError(f"a phrase may have at most {MAX_PHRASE_WORDS} words")
    return tuple(words)
