"""A polite request praises nothing; thanks passed on through a wish are praise."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import Analyzer


@pytest.mark.parametrize(
    "text",
    [
        "Ich würde mich über einen Rückruf freuen.",
        "Über eine schnelle Antwort würde ich mich freuen.",
        "Ich wäre Ihnen dankbar für einen schnellen Rückruf.",
        "I would appreciate a quick call back.",
        "I'd be grateful for a reply.",
    ],
)
def test_a_polite_request_is_neutral_and_credits_nobody(analyzer: Analyzer, text: str) -> None:
    result = analyzer.analyze(text)
    assert result.sentiment.label == "neutral", result.sentiment
    assert result.credited == ()


@pytest.mark.parametrize(
    "text",
    [
        "Ich würde mich freuen, wenn Sie mein Lob an Frau Kaya weitergeben.",
        "Ich würde mich freuen, wenn Sie Herrn Weber ein großes Dankeschön ausrichten.",
        "I would appreciate it if you could pass my thanks on to Sam.",
        "I'd appreciate it if you let her manager know how great she was.",
        "I would like to say I really appreciate your help.",
        "Ich bin Ihnen sehr dankbar für die schnelle Hilfe.",
    ],
)
def test_thanks_passed_on_or_given_are_praise(analyzer: Analyzer, text: str) -> None:
    assert analyzer.analyze(text).sentiment.label == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Es wäre schön, wenn ich wenigstens ein Danke bekäme.",
        "It would be nice if you let me know how quick you can fix it.",
    ],
)
def test_a_reproach_or_a_question_in_the_wish_is_no_praise(analyzer: Analyzer, text: str) -> None:
    assert analyzer.analyze(text).sentiment.label != "positive"


def test_praise_before_a_request_keeps_its_theme(analyzer: Analyzer) -> None:
    text = "Vielen Dank für die schnelle Hilfe! Über einen Rückruf würde ich mich freuen."
    result = analyzer.analyze(text)
    assert result.credited == ("speed",)


def test_a_request_after_a_full_stop_is_its_own_sentence(analyzer: Analyzer) -> None:
    text = "Vielen Dank für die schnelle Hilfe. Über einen Rückruf würde ich mich freuen."
    assert analyzer.analyze(text).credited == ("speed",)
