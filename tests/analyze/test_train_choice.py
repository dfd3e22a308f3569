"""Training picks German's regularisation by the labels the analyser gives (the model with the
rules), not by the model's alone: two C values equal alone differed by 0.006 with the rules."""

from __future__ import annotations

from feedback.analyze.sentiment import RuleBasedScorer
from feedback.analyze.sentiment.model import RULE_FEATURES
from feedback.train.corpora import Row
from feedback.train.fit import CHOSEN_WITH_RULES, _combined_f1, _dev_cases


def _spec(bias: list[float], rule_pos: list[float]) -> dict[str, object]:
    rules = {name: [0.0, 0.0, 0.0] for name in RULE_FEATURES}
    rules["rule_pos"] = rule_pos
    return {"bias": bias, "rules": rules, "weights": {}, "quiet": []}


def test_german_c_is_chosen_with_the_rules_english_alone() -> None:
    assert "de" in CHOSEN_WITH_RULES
    assert "en" not in CHOSEN_WITH_RULES


def test_combined_f1_scores_the_labels_the_analyser_gives() -> None:
    rows = [
        Row("Vielen Dank, super Beratung!", "de", "positive", "own"),
        Row("Wie ist der Stand meiner Bestellung", "de", "neutral", "own"),
    ]
    cases = _dev_cases(rows, RuleBasedScorer(models=None))
    # A model that hears praise in the rules' praise and neutral elsewhere: both right.
    hearing = _spec([0.0, 1.0, 0.0], [0.0, 0.0, 5.0])
    assert _combined_f1(hearing, cases, "de") == 1.0
    # A model that always says "negative": neither is.
    deaf = _spec([5.0, 0.0, 0.0], [0.0, 0.0, 0.0])
    assert _combined_f1(deaf, cases, "de") == 0.0


def test_the_model_file_records_what_the_weights_were_fitted_on() -> None:
    from feedback.train.fit import Fitted, _trained

    final = Fitted("en", 0.2, 0.74271, {}, 0, rows="train+dev")
    assert _trained(final) == {"C": 0.2, "cv_macro_f1": 0.7427, "rows": "train+dev"}
    assert _trained(Fitted("de", 0.2, 0.74441, {}, 0)) == {"C": 0.2, "dev_macro_f1": 0.7444}


def test_cross_validation_folds_are_a_hash_of_the_text() -> None:
    from feedback.train.cv import fold_of

    folds = [fold_of(f"text {i}", 5) for i in range(200)]
    assert folds == [fold_of(f"text {i}", 5) for i in range(200)]
    assert set(folds) == {0, 1, 2, 3, 4}
