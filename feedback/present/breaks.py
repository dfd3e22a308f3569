"""Where a word too long for its line may be cut on the collage, and whether the cut takes a
hyphen. Plain Python: no fonts here (:func:`feedback.present.typeset.wrap` measures)."""

from __future__ import annotations

import unicodedata

from feedback.analyze.tokens import EMOJI_RE

_ZWJ = "\u200d"
# Characters that belong to the one before them: joiners, the keycap and variation selectors.
_JOINING = frozenset({_ZWJ, "\u200c", "\u20e3", *map(chr, range(0xFE00, 0xFE10))})


def places_to_cut(word: str) -> list[int]:
    """Where ``word`` may be cut: before each character but the first, a character being an
    emoji sequence (skin tone, joined family, flag, keycap) or a letter with the marks,
    joiners and variation selectors after it."""
    inside = [False] * (len(word) + 1)
    for match in EMOJI_RE.finditer(word):
        for i in range(match.start() + 1, match.end()):
            inside[i] = True
    return [
        i
        for i in range(1, len(word))
        if not inside[i] and not _joins_previous(word[i]) and word[i - 1] != _ZWJ
    ]


def between_letters(word: str, cut: int) -> bool:
    """True where a cut at ``cut`` parts two letters (it takes a hyphen); False between
    emoji, digits or signs, which break without one, as on the wall."""
    before = next((ch for ch in reversed(word[:cut]) if not _joins_previous(ch)), "")
    return before.isalpha() and word[cut : cut + 1].isalpha()


def _joins_previous(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M") or ch in _JOINING
