"""Praise clouds: no problem words, no negated praise, one language, pairs a person would say."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import Analyzer
from feedback.analyze.praise_words import sayable
from feedback.analyze.tokens import tokenize_with_breaks
from feedback.analyze.words import extract_terms


def _surfaces(
    text: str, language: str, kind: str = "word", sentiment: str = "positive"
) -> set[str]:
    terms = extract_terms(tokenize_with_breaks(text), language, sentiment=sentiment)
    return {t.surface for t in terms if t.kind == kind}


GERMAN = (
    "Endlich hat mir jemand geholfen! Nach dem Ärger mit der Warteschleife war Frau Kaya "
    "sehr freundlich und hat das Problem leider erst beim zweiten Anruf, aber dann super nett "
    "gelöst. Schnelle Hilfe, great job!"
)
ENGLISH = (
    "Finally someone helped! After the trouble on hold, Tom was really helpful and gave a "
    "quick response. Unfortunately the problem came back, but he fixed it. Danke schön!"
)


def test_german_cloud_leaves_out_problem_words_and_english() -> None:
    words = _surfaces(GERMAN, "de")
    for absent in ("Endlich", "Ärger", "Warteschleife", "Problem", "leider", "great"):
        assert absent not in words
    assert {"freundlich", "nett", "Schnelle", "Hilfe"} <= words


def test_english_cloud_leaves_out_problem_words_and_german() -> None:
    words = _surfaces(ENGLISH, "en")
    for absent in ("Finally", "trouble", "hold", "Unfortunately", "problem", "schön"):
        assert absent not in words
    assert {"helpful", "quick", "response"} <= words


def test_the_trouble_before_the_help_is_no_praise() -> None:
    """The demo's English cloud showed "stuck" among the twenty largest words."""
    words = _surfaces("I was stuck and confused for days, then Tom fixed it in minutes.", "en")
    assert {"stuck", "confused"}.isdisjoint(words)
    assert "fixed" in words
    words = _surfaces("Ich steckte fest und war verwirrt, Frau Kaya hat sofort geholfen.", "de")
    assert "verwirrt" not in words
    assert "geholfen" in words


def test_pairs_are_phrases_a_person_would_say() -> None:
    pairs = _surfaces(GERMAN, "de", "bigram")
    assert {"sehr freundlich", "super nett", "Schnelle Hilfe"} <= pairs
    assert pairs <= {"sehr freundlich", "super nett", "Schnelle Hilfe"}
    text = "Danke für die Zusammenfassung per Mail, alles gut erklärt inklusive Beispielen."
    pairs = _surfaces(text, "de", "bigram")
    assert "Zusammenfassung per" not in pairs
    assert "erklärt inklusive" not in pairs
    assert {"really helpful", "quick response"} <= _surfaces(ENGLISH, "en", "bigram")


@pytest.mark.parametrize(
    ("first", "second", "language", "expected"),
    [
        ("sehr", "freundlich", "de", True),
        ("schnelle", "Hilfe", "de", True),
        ("super", "nett", "de", True),
        ("Zusammenfassung", "per", "de", False),
        ("erklärt", "inklusive", "de", False),
        ("freundlich", "und", "de", False),
        ("Frau", "Kaya", "de", False),
        ("very", "patient", "en", True),
        ("friendly", "staff", "en", True),
        ("summary", "via", "en", False),
        ("explained", "including", "en", False),
    ],
)
def test_sayable(first: str, second: str, language: str, expected: bool) -> None:
    assert sayable(first, second, language) is expected


@pytest.mark.parametrize(
    ("text", "language", "left_out", "kept"),
    [
        ("Nicht freundlich, aber kompetent.", "de", "freundlich", "kompetent"),
        ("Er war kein bisschen hilfsbereit. Die Kollegin sehr nett.", "de", "hilfsbereit", "nett"),
        ("Nicht nur freundlich, sondern auch schnell.", "de", "", "freundlich"),
        ("Noch nie so freundlich beraten worden!", "de", "", "freundlich"),
        ("Not helpful at all, but the second agent was patient.", "en", "helpful", "patient"),
        ("Not only friendly but also quick.", "en", "", "friendly"),
        # a comparative wished for is criticism, one that compares stays praise
        ("Das hätte besser laufen können, aber die Beratung war freundlich.", "de", "besser",
         "freundlich"),
        ("Es könnte schneller gehen, aber Frau Kaya war nett.", "de", "schneller", "nett"),
        ("It could have been faster, but Tom was lovely.", "en", "faster", "lovely"),
        ("Should have been friendlier, but quick.", "en", "friendlier", "quick"),
        ("Schneller geht es nicht, danke!", "de", "", "Schneller"),
        ("The agent was friendlier than last time.", "en", "", "friendlier"),
    ],
)  # fmt: skip
def test_negated_or_wished_for_praise_is_not_counted(
    text: str, language: str, left_out: str, kept: str
) -> None:
    words = _surfaces(text, language)
    assert kept in words
    if left_out:
        assert left_out not in words


def test_complaints_and_plain_statements_give_no_cloud_words() -> None:
    assert _surfaces("Freundlich, aber völlig inkompetent.", "de", sentiment="negative") == set()
    assert _surfaces("Bitte rufen Sie mich zurück.", "de", sentiment="neutral") == set()
    assert "freundlich" in _surfaces("Sehr freundlich!", "de", sentiment="mixed")


def test_the_pipeline_counts_praise_only() -> None:
    analyzer = Analyzer()
    praise = analyzer.analyze("Frau Kaya war super freundlich und hat alles schnell gelöst.", "de")
    assert "freundlich" in {t.term for t in praise.terms}
    complaint = analyzer.analyze("Eine Frechheit, seit Wochen kein Internet und keiner hilft!")
    assert complaint.sentiment.label == "negative"
    assert complaint.terms == ()
