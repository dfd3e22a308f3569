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

from feedback.analyze.lemmas import lemma as lemma  # re-exported: callers import it from here
from feedback.analyze.praise_words import (
    FOREIGN,
    INTENSIFIER,
    NEGATION_WINDOW,
    NEGATOR,
    PROBLEM,
    RESET,
    WISH,
    comparative,
    negates,
    role,
    sayable,
)
from feedback.analyze.stopwords import stop_phrases, stopwords
from feedback.analyze.tokens import is_emoji, is_emoticon
from feedback.analyze.types import Term, TermKind

# One quote that says "freundlich" 32 times is one customer: it counts at most this often.
MAX_PER_QUOTE = 3
_CACHE_LIMIT = 200_000  # distinct tokens (or bigrams) per cache before it is cleared
_BREAKS = frozenset(".,;:…–—!?")
# Quotes with these sentiment labels give no terms: the clouds show praise.
_NOT_PRAISE = frozenset(("negative", "neutral"))
_PLACEHOLDER_RE = re.compile(r"\[[A-Z]+\]\Z")
# Variation selectors and skin tones: 👍🏽 and 👍 are one emoji in the counts.
_EMOJI_MODIFIERS = dict.fromkeys(
    map(ord, "\ufe0f\ufe0e\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")
)


class TokenClass(NamedTuple):
    kind: TermKind | None  # None: not counted (stopword, placeholder, number ...)
    key: str  # grouping key: lemma (words) or normalised emoji
    lower: str  # lower-case surface, for agent names and stop phrases


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


class _Entry(NamedTuple):
    """Everything ``extract_terms`` needs of one token in one language, computed once."""

    token: str
    kind: TermKind | None
    key: str
    lower: str
    rests: tuple[tuple[str, ...], ...] | None  # stop phrases starting with this token
    single: Term | None  # the token's term when it occurs once in a quote (the usual case)
    role: int  # praise_words.role: negator, problem word, other language ... or PLAIN
    comparative: bool  # "schneller", "better": not counted after a wish ("hätte", "could")


class _Entries(dict[str, _Entry]):
    """Token -> ``_Entry`` of one language; a missing token is classified on first sight."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.phrases = stop_phrases()
        self.bigrams: dict[tuple[str, str], Term] = {}  # (surface, surface) -> bigram term

    def bigram(self, first: _Entry, second: _Entry) -> Term:
        """The term of two adjacent content words; interned, since pairs repeat across quotes."""
        pair = (first.token, second.token)
        term = self.bigrams.get(pair)
        if term is None:
            if len(self.bigrams) >= _CACHE_LIMIT:
                self.bigrams.clear()
            term = Term(f"{first.key} {second.key}", " ".join(pair), "bigram", 1)
            self.bigrams[pair] = term
        return term

    def __missing__(self, token: str) -> _Entry:
        info = classify_token(token, self.language)
        single = Term(info.key, token, info.kind, 1) if info.kind is not None else None
        kind = role(info.lower, self.language) if info.kind != "emoji" else 0
        if token[:1] in _BREAKS and token[-1:] in _BREAKS:
            kind = RESET  # a clause break of tokenize_with_breaks ends negation
        rests = self.phrases.get(info.lower)
        key = info.lower if info.kind is None and kind == INTENSIFIER else info.key
        more = info.kind == "word" and comparative(info.lower, info.key, self.language)
        entry = _Entry(token, info.kind, key, info.lower, rests, single, kind, more)
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        self[token] = entry
        return entry


@functools.lru_cache(maxsize=16)
def _entries(language: str) -> _Entries:
    return _Entries(language)


def extract_terms(
    tokens: Sequence[str],
    language: str,
    extra_stopwords: frozenset[str] = frozenset(),
    *,
    sentiment: str | None = None,
) -> tuple[Term, ...]:
    """Praise term counts of one quote: words, then bigrams, then emoji, each in first-seen order.

    ``count`` >= 1 is how often the term occurs in this quote; ``surface`` is its most
    frequent written form here (first seen on ties). A quote whose ``sentiment`` label is
    negative or neutral gives none; problem words, words of the other language and negated
    words are left out, and only pairs a person would say are bigrams (``praise_words``).
    ``tokens`` may hold clause breaks (``tokenize_with_breaks``); they end negation and pairs.
    """
    if sentiment in _NOT_PRAISE:
        return ()
    names = _names(extra_stopwords) if extra_stopwords else frozenset()
    entries = _entries(language)
    # term -> its first occurrence, per kind (insertion order = first seen)
    words: dict[str, Term] = {}
    bigrams: dict[str, Term] = {}
    emoji: dict[str, Term] = {}
    again: list[Term] = []  # later occurrences of terms seen before in this quote (rare)
    previous: _Entry | None = None  # the last content word
    skip = negated = wished = 0
    for i, token in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        entry = entries[token]
        if entry.rests:
            nxt = tuple(t.lower() for t in tokens[i + 1 : i + 1 + len(entry.rests[0])])
            hit = next((rest for rest in entry.rests if nxt[: len(rest)] == rest), None)
            if hit is not None:
                skip, previous = len(hit), None
                continue
        if entry.role == NEGATOR or entry.role == RESET:
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            negating = entry.role == NEGATOR and negates(token, following, language)
            negated = NEGATION_WINDOW if negating else 0
            wished = 0 if entry.role == RESET else wished
            previous = None
            continue
        if entry.role == WISH:
            wished = NEGATION_WINDOW
            previous = None
            continue
        term = entry.single
        if wished and entry.kind == "word":
            wished -= 1
            if entry.comparative:  # "hätte besser laufen können": a wish, not praise
                previous = None
                continue
        if negated and entry.kind != "emoji":
            negated -= 1
            if term is not None:
                previous = None
                continue
        if term is None and entry.role == INTENSIFIER:
            previous = entry  # "sehr" is a stopword, but "sehr freundlich" is a pair
            continue
        if (
            term is None
            or entry.role == PROBLEM
            or entry.role == FOREIGN
            or (names and (entry.lower in names or entry.key in names))
        ):
            previous = None
            continue
        group = words if entry.kind == "word" else emoji
        if term.term in group:
            again.append(term)
        else:
            group[term.term] = term
        if group is emoji:
            previous = None
            continue
        if (
            previous is not None
            and previous.key != entry.key
            and sayable(previous.token, entry.token, language)
        ):
            pair = entries.bigram(previous, entry)
            if pair.term in bigrams:
                again.append(pair)
            else:
                bigrams[pair.term] = pair
        previous = entry
    if again:
        return _counted((words, bigrams, emoji), again)
    return (*words.values(), *bigrams.values(), *emoji.values())


def _counted(groups: tuple[dict[str, Term], ...], again: list[Term]) -> tuple[Term, ...]:
    """The groups' terms in order, those occurring ``again`` with their count and their most
    frequent surface (the first seen on ties)."""
    later: dict[tuple[str, str], list[str]] = {}
    for term in again:
        later.setdefault((term.kind, term.term), []).append(term.surface)
    out: list[Term] = []
    for group in groups:
        for key, first in group.items():
            more = later.get((first.kind, key))
            if more is None:
                out.append(first)
                continue
            surfaces = {first.surface: 1}
            for surface in more:
                surfaces[surface] = surfaces.get(surface, 0) + 1
            best = max(surfaces, key=surfaces.__getitem__)
            out.append(Term(key, best, first.kind, min(1 + len(more), MAX_PER_QUOTE)))
    return tuple(out)
