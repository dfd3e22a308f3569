"""A message that is one judging word ("Mies", "Fine", "Ideal", "Fair!") is a verdict, not a
signature: customers answer a satisfaction survey with one word, and many such words are also
someone's first name ("Mies", "Joy", "Hope", "Grace"). A word counts as judging when the German
or English sentiment lexicon gives it a valence; names such as "Klaus", "Frank" or "Rose" have
none there and stay names."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["verdict_alone"]

_DASHES = ("-", "–", "—")
_ONE_WORD_RE = re.compile(r"\W*([^\W\d_]+)[\W_]*", re.UNICODE)


@lru_cache(maxsize=4096)
def _judging(word: str) -> bool:
    # Loaded on first use only: most messages are longer than one word.
    from feedback.analyze.sentiment.english import english_lexicon
    from feedback.analyze.sentiment.german import german_lexicon

    return bool(english_lexicon().info(word)[1] or german_lexicon().info(word)[1])


def verdict_alone(text: str) -> bool:
    """True where ``text`` is one word, give or take punctuation, that judges. After a dash
    ("— Grace") the word signs: a verdict is not set off like a signature."""
    if text.lstrip().startswith(_DASHES):
        return False
    m = _ONE_WORD_RE.fullmatch(text)
    return m is not None and _judging(m.group(1).casefold())
