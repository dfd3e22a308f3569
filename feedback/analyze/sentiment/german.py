"""German rules: our own customer-service lexicon (lexicon_de.tsv) on the shared rule engine.

Negation with scope ("nicht", "kein", "nie", "ohne", "weder ... noch", and a trailing "nicht" as in
"Das gefällt mir nicht"), intensifiers and dampeners, contrast and concessive clauses, idioms,
inflections, compounds, umlaut-less spellings and one-letter typos, emoji, caps, "!!!", ironic
praise in waiting complaints, Swiss / Austrian / Bavarian thanks: see ``engine`` and ``lexicon``.
English clauses inside a German quote ("Danke! Great job, thank you") are scored with the English
lexicon when an English lexicon is given. A comma inside a phrase does not break it ("Na, toll.",
"Danke, für nichts!"): see ``spanning_commas``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from feedback.analyze.language import segment_votes
from feedback.analyze.sentiment.engine import RuleEngine
from feedback.analyze.sentiment.lexicon import Lexicon
from feedback.analyze.sentiment.loader import build_lexicon
from feedback.analyze.tokens import tokenize_with_breaks
from feedback.analyze.types import Sentiment

GERMAN_FILES = ("lexicon_shared.tsv", "lexicon_de.tsv")
# Spoken German spelled like English: "Is so'n bissle nervig" is German ("ist"), and a clause
# with no other vote stayed German instead of being scored with the English lexicon (issue 12).
COLLOQUIAL = {"is": 0}


@lru_cache(maxsize=1)
def german_lexicon() -> Lexicon:
    """The German lexicon, loaded once per process (about 10 ms)."""
    return build_lexicon("de", "de", GERMAN_FILES)


class GermanScorer:
    """Rule-based German sentiment; ``english`` (optional) scores English clauses."""

    def __init__(self, lexicon: Lexicon | None = None, english: Lexicon | None = None) -> None:
        self.lexicon = lexicon or german_lexicon()
        votes = segment_votes("de") | COLLOQUIAL if english else None
        self._engine = RuleEngine(self.lexicon, english, votes)

    @property
    def name(self) -> str:
        """ "rules-de" plus the first 8 hex digits of the lexicon digest."""
        return f"rules-de-{self.lexicon.digest[:8]}"

    def score(
        self, text: str, language: str = "de", tokens: Sequence[str] | None = None
    ) -> Sentiment:
        """Sentiment of a German quote (``language`` is accepted for the protocol and ignored)."""
        cut = tokens if tokens is not None else tokenize_with_breaks(text)
        return self._engine.score(spanning_commas(cut, self.lexicon))

    def score_tokens(self, tokens: Sequence[str]) -> Sentiment:
        """Sentiment of tokens already cut (a clause of a quote)."""
        return self._engine.score(spanning_commas(tokens, self.lexicon))


def spanning_commas(tokens: Sequence[str], lexicon: Lexicon) -> Sequence[str]:
    """``tokens`` without each comma that splits a valence or neutral phrase ("Na, toll." is "na
    toll", ironic; "Ja, danke." is the answer "ja danke"): customers set a comma after an
    interjection, the lexicon's phrases have none. Other commas stay clause breaks."""
    if "," not in tokens:
        return tokens
    out = list(tokens)
    low = [t.lower() for t in tokens]
    for i in range(len(low) - 2, 0, -1):  # from the end: deleting keeps earlier indexes
        if low[i] != ",":
            continue
        rest = low[i + 1 :]
        for phrase, kind, _ in lexicon.pairs.get((low[i - 1], low[i + 1]), ()):
            if kind in "wz" and tuple(rest[: len(phrase)]) == phrase:
                del out[i]
                break
    return out
