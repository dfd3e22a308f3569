"""Character n-grams in the trained model: a word never seen whole still pulls through its
parts (German compounds, inflections, misspellings), once per word and length-normalised."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import Analyzer
from feedback.analyze.sentiment.model import (
    LinearModel,
    char_grams,
    char_scale,
    grams_of,
    load_models,
    spelled,
)
from feedback.analyze.tokens import tokenize_with_breaks

NO_RULES = {"rule_pos": 0.0}
BIAS = [0.0, 0.0, 0.0]


def _model(chars: dict[str, list[float]], quiet: list[str] | None = None) -> LinearModel:
    return LinearModel(BIAS, {}, {}, quiet, chars)


def test_char_grams_mark_the_word_edges() -> None:
    assert char_grams("gut") == ["<gu", "gut", "ut>", "<gut", "gut>", "<gut>"]
    for word in ("a", "ok", "gut", "zugverspätung", "sooo"):
        assert grams_of(word) == len(char_grams(word))


def test_negators_pairs_and_numbers_have_no_n_grams() -> None:
    # "not" has its own weight; its n-grams made "Not a single problem ..." a complaint.
    assert [spelled(f) for f in ("not", "didn't", "on hold", "2", "¬gut", "Danke")] == [
        None,
        None,
        None,
        None,
        "gut",
        "Danke",
    ]


def test_an_unseen_word_pulls_through_its_parts() -> None:
    model = _model({"spät": [2.0, 0.0, 0.0]})
    (neg, neu, pos), pulls = model.predict(tokenize_with_breaks("Wieder Zugverspätung"), NO_RULES)
    assert neg > neu
    assert neg > pos
    assert [p.text for p in pulls] == ["Zugverspätung"]
    assert pulls[0].weight < 0


def test_long_quotes_are_not_louder() -> None:
    assert char_scale(400) == char_scale(100) / 2
    assert char_scale(0) == 0.0
    model = _model({"spät": [2.0, 0.0, 0.0]})
    short, _ = model.predict(tokenize_with_breaks("Verspätung"), NO_RULES)
    long_text = "Verspätung " + " ".join(["heute morgen wieder einmal am bahnhof"] * 6)
    long, _ = model.predict(tokenize_with_breaks(long_text), NO_RULES)
    assert long[0] < short[0]


def test_function_words_pull_but_are_no_evidence() -> None:
    model = _model({"<the>": [0.0, 0.0, 1.5]}, quiet=["the"])
    (neg, _, pos), pulls = model.predict(tokenize_with_breaks("the"), NO_RULES)
    assert pos > neg
    assert pulls == []


# German n-grams count at 0.3 of the English ones (fit.CHAR_LANGUAGES): their pulls are smaller.
@pytest.mark.parametrize(
    ("language", "word", "sign", "least"),
    [
        ("en", "horrrible", -1, 0.1),
        # "awesomeness" was in dev, which the model is fitted on since 2026.12.64; "amazingness"
        # is in no split of the English data.
        ("en", "amazingness", 1, 0.1),
        ("de", "zugverspätungen", -1, 0.05),
        ("de", "verspätungschaos", -1, 0.05),
        ("de", "superfreundliche", 1, 0.05),
    ],
)
def test_the_model_hears_words_it_never_saw_whole(
    language: str, word: str, sign: int, least: float
) -> None:
    models = load_models()
    assert models is not None
    model = models.models[language]
    assert model.chars, "the model has character n-grams"
    assert word not in model.weights
    _, pulls = model.predict(tokenize_with_breaks(word), NO_RULES)
    assert [p.text for p in pulls] == [word]
    assert pulls[0].weight * sign > least


def test_german_n_grams_are_quiet_enough_that_danke_stays_praise(analyzer: Analyzer) -> None:
    # At full weight (fit.CHAR_LANGUAGES) GermEval's ironic "Danke, DB" made "Danke!" neutral.
    for text in ("Danke!", "Vielen Dank!", "Frau Müller hat mir super schnell geholfen."):
        assert analyzer.analyze(text).sentiment.label == "positive", text
