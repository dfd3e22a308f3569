"""Sentiment scorers behind one protocol (``SentimentScorer``).

``RuleBasedScorer`` is the built-in default: German rules for "de", VADER-based rules for "en", and
both for "other" (clauses vote by function words). ``TransformersScorer`` (optional, needs the
``transformers`` package and a local model) is the alternative.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace

from feedback.analyze.markup import without_handles
from feedback.analyze.sentiment.base import SentimentScorer, label_for, normalize
from feedback.analyze.sentiment.engine import RuleEngine
from feedback.analyze.sentiment.english import EnglishScorer, english_lexicon, vader_polarity
from feedback.analyze.sentiment.german import GermanScorer, german_lexicon
from feedback.analyze.sentiment.hybrid import combine
from feedback.analyze.sentiment.model import ModelSet, load_models
from feedback.analyze.sentiment.rescue import rescued
from feedback.analyze.tokens import tokenize_with_breaks
from feedback.analyze.types import Sentiment

__all__ = [
    "EnglishScorer",
    "GermanScorer",
    "RuleBasedScorer",
    "SentimentScorer",
    "label_for",
    "normalize",
    "vader_polarity",
]


class RuleBasedScorer:
    """Default scorer: dispatches on the language; mixed-language clauses use the other lexicon."""

    def __init__(self, models: ModelSet | bool | None = True) -> None:
        """``models``: the trained models to combine with the rules (True: the shipped file,
        None or False: rules alone)."""
        de, en = german_lexicon(), english_lexicon()
        self.german = GermanScorer(de, english=en)
        self.english = EnglishScorer(en, german=de)
        # Unknown language ("Top 👍", "Daumen hoch", French): both lexicons, the clearer wins.
        self._other_en = RuleEngine(en)
        self._other_de = RuleEngine(de)
        self.models: ModelSet | None = (
            load_models() if models is True else models if isinstance(models, ModelSet) else None
        )
        digest = hashlib.sha256(f"{de.digest}:{en.digest}".encode()).hexdigest()
        self._name = f"rules-{digest[:8]}"
        if self.models is not None:
            self._name += f"+lm-{self.models.digest[:8]}"

    @property
    def name(self) -> str:
        """ "rules-" plus 8 hex digits over both lexicons' digests, and "+lm-" plus 8 of the
        model file's digest when the model is used."""
        return self._name

    def score(self, text: str, language: str, tokens: Sequence[str] | None = None) -> Sentiment:
        """Sentiment of ``text``; ``language`` picks the lexicon and the model ("de", "en",
        anything else: both lexicons, no model)."""
        toks = list(tokens) if tokens is not None else tokenize_with_breaks(text)
        if language == "de" or language == "en":
            scorer = self.german if language == "de" else self.english
            # An @handle ("@user", analyze/markup.py) is no word for the rules: "Thanks @o2
            # for absolutely nothing" is the phrase "thanks for absolutely nothing". The
            # model learnt from tweets with "@user" in them and keeps it.
            rules = scorer.score(text, language, without_handles(toks, text))
            model = self.models.models.get(language) if self.models is not None else None
            verdict = rules if model is None else combine(model, rules, toks, language)
            if verdict.label in ("negative", "neutral") and rescued(
                toks, language, scorer.score_tokens, trouble_first=verdict.label == "neutral"
            ):
                return replace(verdict, label="mixed")
            return verdict
        english = self._other_en.score(toks)
        german = self._other_de.score(toks)
        return german if abs(german.compound) > abs(english.compound) else english
