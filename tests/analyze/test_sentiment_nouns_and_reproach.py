"""German nouns and adverbs that look like verdicts or negators, and a polite reproach (analyser
2026.12.31, found on the German dev split and our own set): "Klasse" as a train's or a school's
class ("Ich sollte öfter 1. Klasse fahren", "Unsere Klasse seziert Grasfrösche" were praise
through "Klasse!"), "Nichts" as a noun ("aus dem Nichts abgestürzt" was praise: "Nichts" negated
"abgestürzt"), "… wäre schon drin gewesen" (what was owed and not given; it scored 0), and
"stark" before a word it modifies ("Die Strecke ist stark belastet" was praise); praise that did
not happen ("Eine Info wäre toll gewesen" was neutral)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Ich sollte öfter 1. Klasse fahren.", "klasse", "neutral"),  # a class of travel
        ("Wir fahren in der 2. Klasse nach Hamburg.", "klasse", "neutral"),
        ("Ein Ticket für die erste Klasse kostet 92 Euro.", "klasse", "neutral"),
        ("Unsere Klasse seziert Grasfrösche.", "klasse", "neutral"),  # a school's class
        ("Ich bin mit meiner Klasse nach Berlin gefahren.", "klasse", "neutral"),
        ("Die Strecke ist stark belastet.", "stark", "neutral"),  # an adverb
        ("Der Verkehr ist stark eingeschränkt.", "stark", "neutral"),
        ("Der Zug war stark verspätet.", "stark", "negative"),
        ("Die S-Bahn war stark überfüllt.", "stark", "negative"),
    ],
)
def test_a_noun_or_adverb_is_no_praise(rules, text, word, label):
    verdict = rules.score(text, "de")
    assert verdict.label == label
    assert not any(e.text.lower() == word for e in verdict.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Klasse Service!",
        "Klasse!",
        "Der Service war erste Klasse.",
        "Das war eine Klasse für sich.",
        "Die Beratung war klasse.",
    ],
)
def test_klasse_as_a_verdict_stays_praise(rules, text):
    assert rules.score(text, "de").label == "positive"
    assert analyze_text(text).sentiment.label == "positive"


def test_customers_of_the_second_class_complain(rules):
    text = "Wir wurden wie Kunden zweiter Klasse behandelt."
    assert rules.score(text, "de").label == "negative"
    assert analyze_text(text).sentiment.label == "negative"


def test_out_of_nowhere_negates_nothing(rules):
    verdict = rules.score("Das Gerät ist aus dem Nichts abgestürzt.", "de")
    assert verdict.label == "negative"
    assert [e.text for e in verdict.evidence] == ["abgestürzt"]


@pytest.mark.parametrize(
    "text", ["Bis heute ist nichts passiert.", "Das Gerät ist nicht abgestürzt, alles läuft."]
)
def test_the_pronoun_nichts_still_negates(rules, text):
    verdict = rules.score(text, "de")
    assert not any(e.text.lower() == "abgestürzt" for e in verdict.evidence)
    assert verdict.compound != 0


@pytest.mark.parametrize(
    ("text", "analysed"),
    [
        ("Eine Entschuldigung wäre schon drin gewesen.", "negative"),  # what was owed
        ("Ein Rückruf wäre das mindeste gewesen.", "negative"),
        ("Eine Info wäre toll gewesen.", "negative"),  # praise that did not happen
        ("Der Aufenthalt wäre toll gewesen, wenn das Zimmer sauber gewesen wäre.", None),
    ],
)
def test_what_was_owed_and_not_given_complains(rules, text, analysed):
    assert rules.score(text, "de").label == "negative"
    if analysed is not None:
        assert analyze_text(text).sentiment.label == analysed


def test_thanks_with_what_was_owed_is_mixed():
    text = (
        "Problem gelöst, danke. Eine kleine Entschädigung für die 2 Wochen Ausfall wäre aber "
        "schon drin gewesen."
    )
    assert analyze_text(text).sentiment.label == "mixed"


@pytest.mark.parametrize(
    "text", ["Alles ist drin gewesen, was ich bestellt hatte.", "Es war alles drin."]
)
def test_being_inside_is_no_reproach(rules, text):
    assert rules.score(text, "de").label == "neutral"


def test_stark_boosts_the_word_it_modifies(rules):
    plain = rules.score("Der Zug war verspätet.", "de").compound
    assert rules.score("Der Zug war stark verspätet.", "de").compound < plain < 0


@pytest.mark.parametrize(
    "text", ["Der Service war stark!", "Das war stark von Ihnen.", "Ich finde das stark.", "Stark!"]
)
def test_stark_alone_still_praises(rules, text):
    assert rules.score(text, "de").label == "positive"
    assert analyze_text(text).sentiment.label == "positive"


@pytest.mark.parametrize("text", ["Es war toll gewesen.", "Der Aufenthalt war toll."])
def test_praise_that_happened_stays(rules, text):
    assert rules.score(text, "de").label == "positive"
