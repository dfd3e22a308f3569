"""The training inputs' feature selection (train/fit.py ``selected``), shared by the shipped
model's training and the cross-validation in bench/sentiment_cv.py."""

from __future__ import annotations

from feedback.train.fit import selected


def test_rare_features_and_german_function_words_are_left_out_rule_inputs_stay() -> None:
    inputs = [
        {"freundlich": 1.0, "und": 1.0, "einmalig": 1.0, "\x00rule_pos": 0.5},
        {"freundlich": 1.0, "und": 1.0, "\x00rule_pos": 0.2},
    ]
    kept = selected(inputs, "de", frozenset({"und"}))
    assert kept == [
        {"freundlich": 1.0, "\x00rule_pos": 0.5},
        {"freundlich": 1.0, "\x00rule_pos": 0.2},
    ]


def test_english_keeps_its_function_words() -> None:
    inputs = [{"on": 1.0, "hold": 1.0}, {"on": 1.0, "hold": 1.0}]
    assert selected(inputs, "en", frozenset({"on"})) == inputs
