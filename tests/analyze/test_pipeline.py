"""The orchestrator: one tokenisation, all analysers, versioned results."""

from __future__ import annotations

import pytest

from feedback.analyze import ANALYSER_VERSION, Analysis, Analyzer, analyze_text
from feedback.analyze.sentiment import RuleBasedScorer
from feedback.analyze.taxonomy import load_taxonomy
from feedback.analyze.types import Sentiment


def test_full_analysis(analyzer: Analyzer) -> None:
    result = analyzer.analyze("Vielen Dank, Frau Kaya war superschnell und sehr freundlich! 🙏")
    assert isinstance(result, Analysis)
    assert result.language == "de"
    assert result.sentiment.label == "positive"
    assert result.sentiment.evidence
    assert "gratitude" in {hit.label for hit in result.emotions}
    assert {"speed", "friendliness"} <= {hit.label for hit in result.themes}
    assert result.terms
    assert result.version.startswith(ANALYSER_VERSION + "+rules-")
    assert "terms" not in result.to_dict()


def test_english_and_emoji_only(analyzer: Analyzer) -> None:
    english = analyzer.analyze("Thank you so much, the agent fixed my problem in minutes.")
    assert (english.language, english.sentiment.label) == ("en", "positive")
    emoji = analyzer.analyze("👍👍")
    assert (emoji.language, emoji.sentiment.label) == ("other", "positive")
    assert Analyzer(default_language="de").analyze("👍👍").language == "de"


def test_caller_language_and_empty_text(analyzer: Analyzer) -> None:
    assert analyzer.analyze("Top", language="de").language == "de"
    empty = analyzer.analyze("   ")
    assert empty.sentiment == Sentiment(0.0, "neutral")
    assert empty.version == analyzer.version


def test_analyze_many_keeps_order(analyzer: Analyzer) -> None:
    texts = ["Danke!", "Unverschämt!", "Bitte um Rückruf."]
    labels = [a.sentiment.label for a in analyzer.analyze_many(texts)]
    assert labels == ["positive", "negative", "neutral"]
    assert analyze_text("Danke!").sentiment.label == "positive"


class _Fixed:
    name = "fixed-1"

    def score(self, text: str, language: str, tokens: object = None) -> Sentiment:
        return Sentiment(-0.5, "negative")


def test_scorer_is_pluggable_and_named_in_the_version() -> None:
    custom = Analyzer(scorer=_Fixed())
    assert custom.analyze("Danke!").sentiment.label == "negative"
    assert "+fixed-1." in custom.version


def test_version_follows_lexicon_and_taxonomy() -> None:
    base = Analyzer(scorer=RuleBasedScorer())
    other_taxonomy = load_taxonomy({"themes": {"speed": {"keywords": {"de": ["wieselflink*"]}}}})
    changed = Analyzer(scorer=RuleBasedScorer(), taxonomy=other_taxonomy)
    assert base.version != changed.version
    assert base.version != Analyzer(scorer=_Fixed()).version


def test_env_selects_missing_model_with_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEEDBACK_SENTIMENT_MODEL", "/nonexistent/model")
    with pytest.raises((FileNotFoundError, ImportError)):
        Analyzer()
