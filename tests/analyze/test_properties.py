"""Property tests: analysis never raises and scores stay in range, whatever the text."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from feedback.analyze.pipeline import Analyzer
from feedback.analyze.sentiment import RuleBasedScorer
from feedback.analyze.types import EMOTIONS

ANALYZER = Analyzer()
SCORER = RuleBasedScorer()
# Words the rules react to, mixed into random text so the rules actually fire.
VOCAB = [
    "nicht", "kein", "sehr", "etwas", "aber", "obwohl", "weder", "noch", "danke", "toll",
    "schon wieder", "40 Minuten", "Warteschleife", "super", "unfreundlich", "SUPER", "!!!", "?",
    ",", ".", "👍", "😡", ":-)", "not", "but", "great", "again", "2 weeks", "nie", "ohne",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(VOCAB) | st.text(max_size=8), max_size=40).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example("¹ Minuten warten, ² Stunden")  # digits that str.isdigit accepts but float() does not
def test_analyze_never_raises_and_stays_in_range(text: str) -> None:
    result = ANALYZER.analyze(text)
    assert -1.0 <= result.sentiment.compound <= 1.0
    assert result.sentiment.label in ("positive", "neutral", "negative", "mixed")
    assert result.language in ("de", "en", "other")
    for hit in result.emotions:
        assert hit.label in EMOTIONS
        assert 0.0 <= hit.score <= 1.0
    for hit in result.themes:
        assert 0.0 <= hit.score <= 1.0


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["de", "en", "other", "fr"]))
def test_every_language_path_stays_in_range(text: str, language: str) -> None:
    result = SCORER.score(text, language)
    assert -1.0 <= result.compound <= 1.0
    for evidence in result.evidence:
        assert -2.0 <= evidence.weight <= 2.0
