"""German real data (issue 12, German dev split): "böse", "vage", "beschämend" and "Zugverspätung"
weighed nothing, "nicht böse" must not turn into praise, and an "endlich" that is asked for is
impatience ("Wann kommt endlich der Zug?"). Each has a look-alike that keeps its reading."""

from __future__ import annotations

import pytest

from feedback.analyze.sentiment import RuleBasedScorer
from feedback.analyze.sentiment.german import german_lexicon, spanning_commas


@pytest.fixture(scope="module")
def rules() -> RuleBasedScorer:
    return RuleBasedScorer(models=None)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Der Mitarbeiter am Schalter war richtig böse.", "negative"),
        ("Das war eine böse Überraschung.", "negative"),
        ("Die Erklärungen waren sehr vage.", "negative"),
        ("Das Verhalten der Bahn ist beschämend.", "negative"),
        ("Das Essen war fad und matschig.", "negative"),
        ("Der größte Nachteil: viel zu laut.", "negative"),
        ("Wann kommt endlich der Zug?", "negative"),
        ("Kümmert euch endlich um die Klimaanlage!", "negative"),
        ("Das Hotel ist hübsch und sehr gepflegt.", "positive"),
        ("Der Ausblick war atemberaubend.", "positive"),
        ("Die Nachspeise war ein echter Hit.", "positive"),
        ("Der Umweg hat sich gelohnt.", "positive"),
        ("Endlich hat es geklappt!", "positive"),
        ("Die Zimmer sind erschwinglich und die Einrichtung ein Kinderspiel.", "positive"),
        ("Das Gebäude sieht schäbig aus.", "negative"),
        ("Der Support ist nur ein Lippenbekenntnis.", "negative"),
        ("Von diesem Laden würde ich abraten.", "negative"),
        ("Das Essen war nur durchschnittlich.", "negative"),
    ],
)
def test_words_the_rules_now_hear(rules: RuleBasedScorer, text: str, label: str) -> None:
    assert rules.score(text, "de").label == label


@pytest.mark.parametrize(
    "text",
    [
        "Seien Sie mir nicht böse, ich habe noch eine Frage zum Tarif.",
        "Nicht böse gemeint, wie lautet die Kundennummer?",
    ],
)
def test_nicht_boese_is_no_praise(rules: RuleBasedScorer, text: str) -> None:
    verdict = rules.score(text, "de")
    assert verdict.label == "neutral"
    assert verdict.compound == 0.0


@pytest.mark.parametrize(
    ("word", "head"),
    [("zugverspätung", "+verspätung"), ("busausfall", "+ausfall"), ("tipfehler", "+fehler")],
)
def test_a_problem_noun_after_a_three_letter_noun(word: str, head: str) -> None:
    value, key = german_lexicon().lookup(word)
    assert value < 0
    assert key == head


@pytest.mark.parametrize("word", ["verstörung", "entfehler", "ausfehler"])
def test_a_verb_prefix_is_no_compound_noun(word: str) -> None:
    assert german_lexicon().lookup(word) == (0.0, "")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Na, toll.", "negative"),
        ("Na, super, schon wieder Verspätung.", "negative"),
        ("Danke, für nichts.", "negative"),
        ("Danke, super Service!", "positive"),
    ],
)
def test_a_comma_inside_a_phrase_does_not_break_it(
    rules: RuleBasedScorer, text: str, label: str
) -> None:
    assert rules.score(text, "de").label == label


def test_a_comma_between_two_words_of_no_phrase_stays() -> None:
    tokens = ["Danke", ",", "super", "Service", "!"]
    assert spanning_commas(tokens, german_lexicon()) == tokens
    assert spanning_commas(["Na", ",", "toll"], german_lexicon()) == ["Na", "toll"]
