"""Lemmas for word statistics: simplemma, plus a repair for German adjectives it misses.

"schnelle" and "schneller" group under "schnell", "took" under "take"; each distinct
(token, language) is lemmatised once (``lru_cache``).
"""

from __future__ import annotations

import functools

import simplemma

_LEMMA_LANGS = ("de", "en")
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


@functools.lru_cache(maxsize=262_144)
def lemma(token: str, language: str) -> str:
    """Lower-case lemma of ``token`` ("schnelleren" -> "schnell", "took" -> "take").

    ``language`` other than de/en: the token lower-cased (no guess at a lemmatiser).
    """
    if language not in _LEMMA_LANGS:
        return token.lower()
    word = token.lower() if token.isupper() and len(token) > 1 else token  # "SUPER" -> "super"
    found = simplemma.lemmatize(word, lang=language, greedy=True).lower()
    if language == "de":
        lower = word.lower()
        if word[:1].isupper() and found == lower:  # "Schneller" opening a sentence: try "schneller"
            found = simplemma.lemmatize(lower, lang="de", greedy=True).lower()
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
            and simplemma.is_known(stem, lang="de")
            and simplemma.lemmatize(stem, lang="de", greedy=True).lower() == stem
        ):
            return stem
    return found
