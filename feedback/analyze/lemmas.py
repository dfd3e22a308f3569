"""Lemmas for word statistics: simplemma, plus a repair for German adjectives it misses.

"schnelle" and "schneller" group under "schnell", "took" under "take"; each distinct
(token, language) is lemmatised once (``lru_cache``).

simplemma runs with ``low_memory=True`` everywhere (``LOW_MEMORY``): its dictionaries stay
compressed and are decoded a block at a time, about 20 MB for German and English instead of
about 130 MB, for about 33 µs more per distinct word (docs/benchmarks.md); the lemmas are the
same. Every simplemma call of the analysis passes it, or the big dictionaries load after all.
"""

from __future__ import annotations

import functools

import simplemma

_LEMMA_LANGS = ("de", "en")
LOW_MEMORY = True
# German adjective endings, longest first: simplemma leaves some inflected adjectives alone
# ("kompetenteste") or maps them to a verb ("tolle" -> "tollen"); see _german_adjective.
_DE_ENDINGS = (
    "esten",
    "ester",
    "estes",
    "estem",
    "este",
    "sten",
    "ster",
    "stes",
    "stem",
    "ste",
    "en",
    "er",
    "es",
    "em",
    "e",
)


def _simplemma(word: str, language: str) -> str:
    return simplemma.lemmatize(word, lang=language, greedy=True, low_memory=LOW_MEMORY).lower()


def known(word: str, language: str) -> bool:
    """True when simplemma's ``language`` dictionary holds ``word`` (a correctly spelt word)."""
    return simplemma.is_known(word, language, low_memory=LOW_MEMORY)


@functools.lru_cache(maxsize=262_144)
def lemma(token: str, language: str) -> str:
    """Lower-case lemma of ``token`` ("schnelleren" -> "schnell", "took" -> "take").

    ``language`` other than de/en: the token lower-cased (no guess at a lemmatiser).
    """
    if language not in _LEMMA_LANGS:
        return token.lower()
    word = token.lower() if token.isupper() and len(token) > 1 else token  # "SUPER" -> "super"
    found = _simplemma(word, language)
    if language == "de":
        lower = word.lower()
        if word[:1].isupper() and found == lower:  # "Schneller" opening a sentence: try "schneller"
            found = _simplemma(lower, "de")
        found = _german_adjective(lower, found)
    return found


def _german_adjective(word: str, found: str) -> str:
    """Repair simplemma for inflected adjectives it does not know or confuses with a verb.

    When the lemma is the word itself ("kompetenteste") or the word plus "n" ("tolle" ->
    "tollen"), strip an ending and accept the stem if simplemma knows it as its own lemma.
    """
    if found not in (word, word + "n"):
        return found
    for ending in _DE_ENDINGS:
        stem = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(stem) >= 3
            and known(stem, "de")
            and _simplemma(stem, "de") == stem
        ):
            return stem
    return found
