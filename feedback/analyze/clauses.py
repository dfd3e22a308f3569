"""Clauses and sentences of a token list with breaks (``tokenize_with_breaks``): which tokens
are clause punctuation, and where the clause or sentence holding a cue starts and ends. Used
by the agent check (``agent_context``) and the sentiment rescue rules."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from feedback.analyze.agent_words import CACHE_LIMIT

_BREAK_CHARS = frozenset(".,;:…–—!?")
_SENTENCE_END = frozenset(".!?…")


class BreakKinds(dict[str, int]):
    """Token -> 0 (a word), 1 (a clause break: , ; :), 2 (a sentence end: . ! ? …); filled on
    first sight, so that a quote's tokens are classified in C (``map``)."""

    def __missing__(self, token: str) -> int:
        if len(self) >= CACHE_LIMIT:
            self.clear()
        kind = 0
        if token[:1] in _BREAK_CHARS and token[-1:] in _BREAK_CHARS:
            kind = 2 if any(ch in _SENTENCE_END for ch in token) else 1
        self[token] = kind
        return kind


BREAK_KIND = BreakKinds()


def is_break(token: str) -> bool:
    """True for clause punctuation tokens of ``tokenize_with_breaks`` and !/? runs."""
    return BREAK_KIND[token] > 0


def break_kinds(tokens: Sequence[str]) -> list[int]:
    """``is_break`` of every token, as 0 (word), 1 (clause break), 2 (sentence end)."""
    return list(map(BREAK_KIND.__getitem__, tokens))


class Clauses:
    """Where a quote's clauses and sentences end: sorted positions of break tokens."""

    def __init__(self, tokens: Sequence[str]) -> None:
        self.size = len(tokens)
        self.breaks = [i for i, brk in enumerate(map(BREAK_KIND.__getitem__, tokens)) if brk]
        self.ends = [i for i in self.breaks if BREAK_KIND[tokens[i]] == 2]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds (``hi`` exclusive) of the clause holding tokens ``start``..``end``."""
        return _bounds(self.breaks, start, end, self.size)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        return _bounds(self.ends, start, end, self.size)


def _bounds(stops: list[int], start: int, end: int, size: int) -> tuple[int, int]:
    at = bisect.bisect_left(stops, start)
    lo = stops[at - 1] + 1 if at > 0 else 0
    after = bisect.bisect_right(stops, end)
    hi = stops[after] if after < len(stops) else size
    return lo, hi


def words_in(tokens: Sequence[str], lo: int, hi: int) -> int:
    """How many of tokens ``lo``..``hi`` (exclusive) are words, not clause breaks."""
    return sum(not BREAK_KIND[tokens[i]] for i in range(lo, hi))


def ends_sentence(token: str) -> bool:
    return BREAK_KIND[token] == 2
