"""A model "positive" that is a weak plurality does not beat the rules' complaint, clear praise
beside a complaint idiom is mixed (hybrid.combine), and a neutral complaint that ends in a
person's rescue is mixed (rescue.py)."""

from __future__ import annotations

import math

from feedback.analyze.sentiment import RuleBasedScorer
from feedback.analyze.sentiment.hybrid import combine
from feedback.analyze.sentiment.model import RULE_FEATURES, LinearModel
from feedback.analyze.sentiment.rescue import rescued
from feedback.analyze.tokens import tokenize_with_breaks
from feedback.analyze.types import Evidence, Sentiment

COMPLAINT = Sentiment(-0.15, "negative", (Evidence("waiting", -0.15),))
TOKENS = tokenize_with_breaks("Well, I have been waiting for two weeks now.")


def _model(neg: float, neu: float, pos: float) -> LinearModel:
    """A model that gives every quote these probabilities (its bias alone)."""
    rules = {name: [0.0, 0.0, 0.0] for name in RULE_FEATURES}
    return LinearModel([math.log(neg), math.log(neu), math.log(pos)], rules, {})


def test_a_weak_model_positive_does_not_beat_the_rules_complaint() -> None:
    verdict = combine(_model(0.30, 0.34, 0.36), COMPLAINT, TOKENS, "en")
    assert verdict.compound < 0
    assert verdict.label == "negative"


def test_a_model_sure_of_praise_still_overrules_a_faint_complaint() -> None:
    verdict = combine(_model(0.05, 0.15, 0.80), COMPLAINT, TOKENS, "en")
    assert verdict.compound > 0
    assert verdict.label == "positive"


def test_a_neutral_quote_is_rescued_only_when_the_words_before_the_person_complain() -> None:
    english = RuleBasedScorer(models=None).english
    trouble = tokenize_with_breaks("Waited 3 days for a reply, then Tom solved it in one call.")
    calm = tokenize_with_breaks("I called on Monday and Tom solved it in one call.")
    assert rescued(trouble, "en", english.score_tokens, trouble_first=True)
    assert not rescued(calm, "en", english.score_tokens, trouble_first=True)


def test_clear_praise_beside_a_complaint_idiom_is_mixed_where_the_model_hears_neither() -> None:
    text = (
        "Problem gelöst, danke. Eine kleine Entschädigung für die 2 Wochen Ausfall wäre aber "
        "schon drin gewesen."
    )
    tokens = tokenize_with_breaks(text)
    rules = RuleBasedScorer(models=None).german.score(text, "de", tokens)
    assert rules.label == "positive"
    assert combine(_model(0.31, 0.55, 0.14), rules, tokens, "de").label == "mixed"
    plain = tokenize_with_breaks("Problem gelöst, danke.")
    praise = RuleBasedScorer(models=None).german.score("Problem gelöst, danke.", "de", plain)
    assert combine(_model(0.31, 0.55, 0.14), praise, plain, "de").label != "mixed"
