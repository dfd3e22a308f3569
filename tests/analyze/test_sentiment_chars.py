"""Character n-grams in the trained model: a word never seen whole still pulls through its
parts (German compounds, inflections, misspellings), once per word and length-normalised."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(("word", "sign"), [("horrrible", -1), ("awesomeness", 1)])
def test_the_english_model_hears_words_it_never_saw_whole(word: str, sign: int) -> None:
    models = load_models()
    assert models is not None
    english = models.models["en"]
    assert english.chars, "the English model has character n-grams"
    assert word not in english.weights
    _, pulls = english.predict(tokenize_with_breaks(word), NO_RULES)
    assert [p.text for p in pulls] == [word]
    assert pulls[0].weight * sign > 0.1


def test_the_german_model_has_no_character_n_grams() -> None:
    # fit.CHAR_LANGUAGES says why: they made "Danke!" neutral.
    models = load_models()
    assert models is not None
    assert not models.models["de"].chars
