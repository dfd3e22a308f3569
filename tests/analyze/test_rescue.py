"""A complaint that ends in a person's rescue is mixed, not negative (sentiment/rescue.py)."""

from __future__ import annotations

import pytest

from feedback.analyze.sentiment import RuleBasedScorer
from feedback.analyze.sentiment.rescue import rescued
from feedback.analyze.tokens import tokenize_with_breaks


@pytest.fixture(scope="module")
def scorer() -> RuleBasedScorer:
    return RuleBasedScorer()


RESCUES = [
    ("en", "After two hours on hold, Mike fixed it in five minutes."),
    ("en", "Waited 3 days for a reply, then Tom solved it in one call."),
    ("en", "My flight was cancelled and I was stuck at the airport, but Jenny rebooked me "
           "within minutes. Lifesaver!"),
    ("de", "Nach zwei Stunden in der Warteschleife hat Herr Weber das Problem in fünf Minuten "
           "gelöst."),
]  # fmt: skip

COMPLAINTS = [
    ("en", "I waited two hours on hold and nobody helped me."),
    ("en", "Your agent was rude and hung up on me. Thanks for nothing."),
    ("de", "Der Mitarbeiter war unfreundlich und hat nichts gelöst."),
    (
        "de",
        "Ich warte seit drei Wochen, Herr Weber hat versprochen zurückzurufen, nichts passiert.",
    ),
    ("de", "Nach drei Wochen immer noch keine Antwort vom Kundenservice."),
]


@pytest.mark.parametrize(("language", "text"), RESCUES)
def test_trouble_then_a_person_who_solved_it_is_mixed_not_negative(scorer, language, text):
    verdict = scorer.score(text, language)
    assert verdict.label == "mixed", verdict


@pytest.mark.parametrize(("language", "text"), COMPLAINTS)
def test_a_complaint_without_a_happy_end_stays_negative(scorer, language, text):
    verdict = scorer.score(text, language)
    assert verdict.label == "negative", verdict


def test_a_rescue_that_turns_sour_again_is_no_rescue(scorer):
    tokens = tokenize_with_breaks(
        "After an hour on hold Mike fixed it, but it broke again the next day and nobody "
        "called back."
    )
    assert not rescued(tokens, "en", scorer.english.score_tokens)


def test_the_score_is_left_as_the_words_give_it(scorer):
    """Only the label changes: the score of a rescued complaint is the model's and the rules'."""
    text = RESCUES[0][1]
    rules_only = RuleBasedScorer(models=None)
    with_model = scorer.score(text, "en")
    assert with_model.compound < 0
    assert rules_only.score(text, "en").label != "negative"


def test_a_person_at_the_very_start_is_no_rescue_after_trouble(scorer):
    """ "Frau Meier war nett, aber ..." names the person first: nothing came before to rescue."""
    tokens = tokenize_with_breaks("Frau Meier war super nett.")
    assert not rescued(tokens, "de", scorer.german.score_tokens)


def test_a_first_name_must_be_capitalised_to_name_someone(scorer):
    """ "will" is a first name in the dictionary, but lower case it is a verb."""
    praise = tokenize_with_breaks("Two weeks of waiting, will be so happy and grateful now!")
    assert not rescued(praise, "en", scorer.english.score_tokens)
    named = tokenize_with_breaks("Two weeks of waiting, Will was so helpful and kind, thank you!")
    assert rescued(named, "en", scorer.english.score_tokens)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ich bin sprachlos, so schnell ging das noch nie."),
        ("de", "Da kann sich manch anderer eine Scheibe abschneiden."),
        ("de", "Noch nie so gut beraten worden!"),
        ("en", "Not a single problem since your fix."),
        ("en", "Couldn't have asked for better service."),
    ],
)
def test_praise_idioms_are_positive(scorer, language, text):
    """Idioms of praise whose words alone sound negative or neutral ("noch nie", "problem")."""
    assert scorer.score(text, language).label == "positive"
