"""Per-quote term counts for word clouds and top-term tables: words, bigrams, emoji.

``extract_terms`` turns the shared tokens of one quote into ``Term`` rows (the store keeps them
in ``quote_terms``; clouds are built from summed counts, never from raw text):

- ``word``: lemma (lower case) as ``term``, the form as written as ``surface``, so "schnelle"
  and "schneller" group under "schnell"; the cloud later shows the most frequent surface.
- ``bigram``: two *adjacent* content words ("schnelle Hilfe", "super freundlich"); a stopword,
  emoji or punctuation in between breaks adjacency.
- ``emoji``: emoji sequences, grouped without skin tone / variation selector (👍🏽 -> 👍), and
  ASCII emoticons (decision: they are the same signal, typed by people without an emoji
  keyboard; grouped without the nose, ":-)" -> ":)").

Dropped: stopwords (``stopwords.py``: function words, greetings, thanks, sign-off phrases),
redaction placeholders ([EMAIL], [REF] ...), single letters (initials "M."), tokens without a
letter or with 3+ digits (numbers, order ids), !/? runs, and ``extra_stopwords`` (agent names).

Hot path: each distinct (token, language) is classified once (``lru_cache``), so a quote costs
about one cached call per token.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import simplemma

from feedback.analyze.stopwords import stop_phrases, stopwords
from feedback.analyze.tokens import is_emoji, is_emoticon
from feedback.analyze.types import Term, TermKind

_LEMMA_LANGS = ("de", "en")
_PLACEHOLDER_RE = re.compile(r"\[[A-Z]+\]\Z")
# Variation selectors and skin tones: 👍🏽 and 👍 are one emoji in the counts.
_EMOJI_MODIFIERS = dict.fromkeys(
    map(ord, "\ufe0f\ufe0e\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")
)
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


class TokenClass(NamedTuple):
    kind: TermKind | None  # None: not counted (stopword, placeholder, number ...)
    key: str  # grouping key: lemma (words) or normalised emoji
    lower: str  # lower-case surface, for agent names and stop phrases


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


def emoji_key(token: str) -> str:
    """Grouping key of an emoji or emoticon: no skin tone or variation selector, no nose."""
    if is_emoticon(token):
        return token.replace("-", "").replace("'", "")
    return token.translate(_EMOJI_MODIFIERS) or token  # a lone skin tone stays itself


@functools.lru_cache(maxsize=262_144)
def classify_token(token: str, language: str) -> TokenClass:
    """How ``token`` counts: kind (None = not counted), grouping key, lower-case form."""
    lower = token.lower()
    if is_emoji(token) or is_emoticon(token):
        return TokenClass("emoji", emoji_key(token), lower)
    if (
        len(token) < 2
        or _PLACEHOLDER_RE.match(token)
        or not any(ch.isalpha() for ch in token)
        or sum(ch.isdigit() for ch in token) >= 3
    ):
        return TokenClass(None, "", lower)
    stop = stopwords(language)
    if lower in stop or lower.replace("’", "'") in stop:
        return TokenClass(None, "", lower)
    key = lemma(token, language)
    if key in stop:
        return TokenClass(None, "", lower)
    return TokenClass("word", key, lower)


def _names(extra: frozenset[str]) -> frozenset[str]:
    """Agent names etc. as lower-case single words ("Anna Meier" -> anna, meier)."""
    return frozenset(word.lower() for item in extra for word in item.split())


def extract_terms(
    tokens: Sequence[str], language: str, extra_stopwords: frozenset[str] = frozenset()
) -> tuple[Term, ...]:
    """Term counts of one quote: words, then bigrams, then emoji, each in first-seen order.

    ``count`` >= 1 is how often the term occurs in this quote; ``surface`` is its most
    frequent written form here (first seen on ties).
    """
    names = _names(extra_stopwords) if extra_stopwords else frozenset()
    phrases = stop_phrases()
    # term -> {surface: count}, one dict per kind (insertion order = first seen)
    words: dict[str, dict[str, int]] = {}
    bigrams: dict[str, dict[str, int]] = {}
    emoji: dict[str, dict[str, int]] = {}
    previous: tuple[str, str] | None = None  # (lemma, surface) of the last content word
    skip = 0
    for i, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        info = classify_token(token, language)
        rests = phrases.get(info.lower)
        if rests:
            nxt = tuple(t.lower() for t in tokens[i + 1 : i + 1 + len(rests[0])])
            hit = next((rest for rest in rests if nxt[: len(rest)] == rest), None)
            if hit is not None:
                skip, previous = len(hit), None
                continue
        kind, key = info.kind, info.key
        if kind is None or (names and (info.lower in names or key in names)):
            previous = None
            continue
        _count(words if kind == "word" else emoji, key, token)
        if kind == "word":
            if previous is not None and previous[0] != key:
                _count(bigrams, f"{previous[0]} {key}", f"{previous[1]} {token}")
            previous = (key, token)
        else:
            previous = None
    terms: list[Term] = []
    groups: tuple[tuple[TermKind, dict[str, dict[str, int]]], ...] = (
        ("word", words),
        ("bigram", bigrams),
        ("emoji", emoji),
    )
    for kind_name, group in groups:
        for term, surfaces in group.items():
            if len(surfaces) == 1:
                ((surface, count),) = surfaces.items()
            else:  # max() keeps the first of equals: first seen wins ties
                surface, count = max(surfaces, key=surfaces.__getitem__), sum(surfaces.values())
            terms.append(Term(term, surface, kind_name, count))
    return tuple(terms)


def _count(group: dict[str, dict[str, int]], key: str, surface: str) -> None:
    surfaces = group.get(key)
    if surfaces is None:
        group[key] = {surface: 1}
    else:
        surfaces[surface] = surfaces.get(surface, 0) + 1
