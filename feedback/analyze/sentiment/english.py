"""English: VADER's lexicon and rules, run by our engine so that every score comes with evidence.

The lexicon is VADER's own (read from the installed vaderSentiment package through one cached
``SentimentIntensityAnalyzer``: VADER re-reads its files on every construction), its boosters and
negators, plus our customer-service additions in lexicon_en.tsv (which also override a few VADER
entries that mislead on thank-you quotes, e.g. "problem" in "fixed my problem"). The arithmetic is
VADER's (same constants and normalisation), so scores stay close to ``polarity_scores``; it is not
a byte-for-byte port (VADER's "least"/"kind of" special cases and emoji-to-words translation are
replaced by our phrase entries and emoji weights). ``vader_polarity`` gives the untouched VADER.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from feedback.analyze.language import segment_votes
from feedback.analyze.sentiment.engine import RuleEngine
from feedback.analyze.sentiment.hashtags import with_hashtag_words
from feedback.analyze.sentiment.lexicon import Lexicon
from feedback.analyze.sentiment.loader import build_lexicon
from feedback.analyze.tokens import tokenize_with_breaks
from feedback.analyze.types import Sentiment

ENGLISH_FILES = ("lexicon_shared.tsv", "lexicon_en.tsv")


@lru_cache(maxsize=1)
def vader_analyzer() -> Any:
    """The one ``SentimentIntensityAnalyzer`` of this process (construction reads ~7,500 lines)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_polarity(text: str) -> float:
    """Plain VADER compound for ``text`` (for comparison and benchmarks), in [-1, 1]."""
    return float(vader_analyzer().polarity_scores(text)["compound"])


@lru_cache(maxsize=1)
def english_lexicon() -> Lexicon:
    """VADER's lexicon, boosters and negators plus lexicon_en.tsv, built once per process."""
    from vaderSentiment import vaderSentiment as vader

    analyzer = vader_analyzer()
    words = {w.lower(): float(v) for w, v in analyzer.lexicon.items()}
    boosters = {w: float(v) for w, v in vader.BOOSTER_DICT.items()}
    return build_lexicon(
        "en", "en", ENGLISH_FILES, words, boosters, tuple(w.lower() for w in vader.NEGATE)
    )


class EnglishScorer:
    """VADER-based English sentiment with evidence; ``german`` (optional) scores German clauses."""

    def __init__(self, lexicon: Lexicon | None = None, german: Lexicon | None = None) -> None:
        self.lexicon = lexicon or english_lexicon()
        self._words = frozenset(self.lexicon.words)  # pieces of a hashtag (sentiment/hashtags.py)
        self._engine = RuleEngine(self.lexicon, german, segment_votes("en") if german else None)

    @property
    def name(self) -> str:
        """ "vader-en" plus the first 8 hex digits of the lexicon digest (VADER's + ours)."""
        return f"vader-en-{self.lexicon.digest[:8]}"

    def score(
        self, text: str, language: str = "en", tokens: Sequence[str] | None = None
    ) -> Sentiment:
        """Sentiment of an English quote (``language`` is accepted for the protocol and ignored);
        a hashtag counts as the words it is made of ("#badservice")."""
        toks = tokens if tokens is not None else tokenize_with_breaks(text)
        return self._engine.score(with_hashtag_words(toks, text, self._words))

    def score_tokens(self, tokens: Sequence[str]) -> Sentiment:
        """Sentiment of tokens already cut (a clause of a quote)."""
        return self._engine.score(tokens)
