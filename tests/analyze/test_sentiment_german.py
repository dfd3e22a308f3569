"""Table-driven tests of the German rules: one behaviour per row, compared to a baseline."""

from __future__ import annotations

import pytest

from feedback.analyze.sentiment import GermanScorer, RuleBasedScorer
from feedback.analyze.sentiment.german import german_lexicon
from feedback.analyze.types import Sentiment


@pytest.fixture(scope="module")
def scorer() -> RuleBasedScorer:
    # The rules alone: these rows pin the rules' arithmetic. The rules combined with the trained
    # model are tested in test_sentiment_model.py and by the golden and quality tests.
    return RuleBasedScorer(models=None)


def de(scorer: RuleBasedScorer, text: str) -> Sentiment:
    return scorer.score(text, "de")


LABELS = [
    # negation with scope
    ("Das war nicht gut.", "negative"),
    ("Der Service war nicht schlecht.", "positive"),
    ("Keine Hilfe bekommen.", "negative"),
    ("Ohne Probleme erledigt.", "positive"),
    ("Weder freundlich noch kompetent.", "negative"),
    ("Das gefällt mir nicht.", "negative"),
    ("Geholfen hat mir leider niemand.", "negative"),
    ("Sie war nie unfreundlich.", "positive"),
    # idioms
    ("Sie sind ein Schatz!", "positive"),
    ("Sie haben meinen Tag gerettet.", "positive"),
    ("Daumen hoch!", "positive"),
    ("Das war 1A.", "positive"),
    ("Frau Kaya ist spitze.", "positive"),
    ("Lief alles wie am Schnürchen.", "positive"),
    ("Hut ab!", "positive"),
    ("Danke für nichts.", "negative"),
    # compounds, inflections, typos, dialect
    ("Superschnelle Antwort.", "positive"),
    ("Die kompetenteste Beratung bisher.", "positive"),
    ("Sehr unfreundlicher Mitarbeiter.", "negative"),
    ("Spitzenservice!", "positive"),
    ("Danke fuer die freundiche Hilfe", "positive"),
    ("Sehr hoeflich und zuverlaessig", "positive"),
    ("Merci vielmals!", "positive"),
    ("Vergelt's Gott", "positive"),
    ("Dankschee, des war subba", "positive"),
    ("Suuuuper!", "positive"),
    # a cancelled train (test_a_fixed_train_cancellation_is_no_complaint: its fix)
    ("Heute früh schon der dritte Zugausfall in dieser Woche.", "negative"),
    # emoji and emoticons
    ("❤️🙏", "positive"),
    ("😡😡", "negative"),
    ("Danke :)", "positive"),
    ("Schon wieder aufgelegt :-(", "negative"),
    # sarcasm
    ("Toll, schon wieder 40 Minuten Warteschleife.", "negative"),
    ("Super, jetzt hänge ich seit 2 Stunden in der Warteschleife.", "negative"),
    ("Danke für die blitzschnelle Bearbeitung – nach nur zwei Monaten.", "negative"),
    ("Super, nach 5 Minuten war alles erledigt.", "positive"),
    ("Innerhalb von 5 Minuten war die Karte entsperrt. Danke!", "positive"),
    # mixed: clear praise and clear complaint
    ("Die Wartezeit war furchtbar, aber Frau Kaya hat alles super gelöst.", "mixed"),
    ("Sehr freundlich, aber geholfen hat es leider nicht.", "mixed"),
    # neutral requests and notes
    ("Bitte rufen Sie mich zurück.", "neutral"),
    ("Wie lange dauert die Bearbeitung?", "neutral"),
    ("Alles klar.", "neutral"),
    ("", "neutral"),
]


@pytest.mark.parametrize(("text", "label"), LABELS)
def test_label(scorer: RuleBasedScorer, text: str, label: str) -> None:
    assert de(scorer, text).label == label


STRONGER = [
    # (stronger, weaker): |compound| of the first is larger, same sign
    ("Sehr freundlich.", "Freundlich."),  # intensifier
    ("Total nett!", "Nett!"),
    ("Echt super.", "Super."),
    ("Mega hilfsbereit.", "Hilfsbereit."),
    ("Langsam.", "Etwas langsam."),  # dampener
    ("Unfreundlich.", "Ein bisschen unfreundlich."),
    ("Superschnell.", "Schnell."),  # compound prefix
    ("Danke!!!", "Danke"),  # exclamation marks
    ("Der Service war SUPER, danke.", "Der Service war super, danke."),  # capitals
]


@pytest.mark.parametrize(("stronger", "weaker"), STRONGER)
def test_emphasis(scorer: RuleBasedScorer, stronger: str, weaker: str) -> None:
    strong, weak = de(scorer, stronger).compound, de(scorer, weaker).compound
    assert strong * weak > 0
    assert abs(strong) > abs(weak)


def test_contrast_clause_after_aber_weighs_more(scorer: RuleBasedScorer) -> None:
    praise_last = de(scorer, "Etwas langsam, aber sehr freundlich.").compound
    complaint_last = de(scorer, "Sehr freundlich, aber etwas langsam.").compound
    assert praise_last > complaint_last
    trotzdem = de(scorer, "Lange gewartet, trotzdem super Beratung.").compound
    assert trotzdem > 0


def test_concessive_clause_weighs_less(scorer: RuleBasedScorer) -> None:
    result = de(scorer, "Obwohl ich lange warten musste, war die Beratung super.")
    assert result.compound > 0.3


def test_evidence_explains_the_score(scorer: RuleBasedScorer) -> None:
    result = de(scorer, "Toll, schon wieder 40 Minuten Warteschleife.")
    texts = [e.text for e in result.evidence]
    assert "Toll (ironic)" in texts
    assert all(e.weight < 0 for e in result.evidence)
    negated = de(scorer, "Das war nicht gut.")
    assert negated.evidence[0].text == "nicht gut"
    assert negated.evidence[0].weight == pytest.approx(negated.compound, abs=1e-3)


def test_evidence_is_sorted_by_weight(scorer: RuleBasedScorer) -> None:
    result = de(scorer, "Frau Meier war super freundlich, nur die Wartezeit war lang.")
    weights = [abs(e.weight) for e in result.evidence]
    assert weights == sorted(weights, reverse=True)


def test_mixed_language_clause_uses_english_lexicon(scorer: RuleBasedScorer) -> None:
    result = de(scorer, "Vielen Dank! Great job, you are a lifesaver.")
    assert result.label == "positive"
    assert any("lifesaver" in e.text for e in result.evidence)


def test_lexicon_is_big_and_derives_unseen_forms() -> None:
    lexicon = german_lexicon()
    assert len(lexicon.words) + len(lexicon.stems) >= 800
    for word in ("freundlichsten", "unhöflichste", "hilfsbereitesten", "zuverlaessig", "hoflich"):
        assert lexicon.lookup(word)[0] != 0, word
    for word in ("schon", "kasse", "gedanken", "mahnung"):
        assert lexicon.lookup(word)[0] == 0, word


def test_german_scorer_alone_and_its_name() -> None:
    scorer = GermanScorer()
    assert scorer.name.startswith("rules-de-")
    assert scorer.score("Danke!").label == "positive"


def test_thanks_for_patience_is_praise() -> None:
    """It was a neutral formula in the rules (like "danke im voraus"), so the model's doubt
    about "Danke" made it negative; a customer says it to an agent as praise."""
    from feedback.analyze.pipeline import analyze_text

    for text in (
        "Danke für Ihre Geduld!",
        "Danke für Ihre Geduld mit mir, ich bin keine Technikerin.",
    ):
        assert analyze_text(text).sentiment.label == "positive", text


@pytest.mark.parametrize(
    "text",
    [
        "Sie war freundlich und hat mich nicht unter Druck gesetzt.",
        "Frau Schmidt hat mir die Tarife verständlich erklärt und mich nicht zu etwas überredet.",
    ],
)
def test_a_negator_before_a_phrase_does_not_negate_the_praise_before_it(
    scorer: RuleBasedScorer, text: str
) -> None:
    # "nicht" here is no clause-final negator: a phrase follows it, and "und" stands between
    result = de(scorer, text)
    assert result.compound > 0.3
    assert not any(e.text.endswith(" nicht") for e in result.evidence)


@pytest.mark.parametrize(
    "text", ["Das gefällt mir nicht.", "Geholfen hat es leider nicht.", "Freundlich war das nicht."]
)
def test_a_clause_final_negator_still_negates(scorer: RuleBasedScorer, text: str) -> None:
    assert de(scorer, text).compound < 0


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Vielleicht ist das Ding ohne Internetverbindung wirklich beschissen.", -1),
        ("Es lief ohne Frage super.", 1),
        ("Alles ohne Probleme, danke!", 1),
    ],
)
def test_ohne_negates_its_own_noun_not_what_follows_it(
    scorer: RuleBasedScorer, text: str, sign: int
) -> None:
    assert de(scorer, text).compound * sign > 0.3


@pytest.mark.parametrize(
    "text",
    [
        "Frau Müller hat meinen Umzug an einem Nachmittag durchgeplant, danke!",
        "Herr Sauer hat sich richtig Zeit für meine Fragen genommen, vielen Dank.",
    ],
)
def test_a_name_after_a_title_is_no_lexicon_word(scorer: RuleBasedScorer, text: str) -> None:
    # "Müller" read as "Müll" with the suffix "-er" made a thank-you mixed.
    result = de(scorer, text)
    assert result.label == "positive"
    assert all(e.weight > 0 for e in result.evidence), result.evidence


def test_the_same_words_without_a_title_still_count(scorer: RuleBasedScorer) -> None:
    assert de(scorer, "Die neue Rechnung ist einfach Müll.").label == "negative"
    assert de(scorer, "Ich bin richtig sauer auf den Kundendienst.").label == "negative"


def test_a_fixed_train_cancellation_is_no_complaint(scorer: RuleBasedScorer) -> None:
    # "Zugausfall" is a problem noun: in a sentence with its fix it is no evidence of a complaint.
    result = de(scorer, "Der Zugausfall war nach zehn Minuten behoben.")
    assert result.label == "positive"
    assert [e.text for e in result.evidence] == ["behoben"]
