"""Thanks for a complaint is sarcasm (``sentiment/thanks_for.py``), a negated judging verb
negates the praise it judges (``sentiment/judged.py``), and the complaint idioms of service
tweets ("Get your act together", "What gives?"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thanks for losing my suitcase.", "en"),
        ("Many thanks for the terrible service.", "en"),
        ("Thanks for yet another delay", "en"),
        ("Thank you for the awful hold music, two hours of it.", "en"),
        ("Danke für die Verspätung.", "de"),
    ],
)
def test_thanks_for_a_complaint_is_ironic(rules, text, language):
    verdict = rules.score(text, language)
    assert verdict.compound < 0
    assert any(e.text.endswith("(ironic)") for e in verdict.evidence)
    assert analyze_text(text).sentiment.compound < 0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thanks for fixing the broken router", "en"),  # the fix comes first
        ("Thanks for not losing my suitcase.", "en"),  # negated: no complaint
        ("Thanks for waiting with me.", "en"),  # waiting is no clear complaint
        ("Thanks for the help with my lost luggage.", "en"),
        ("Vielen Dank für die schnelle Hilfe.", "de"),
    ],
)
def test_thanks_for_help_stays_praise(rules, text, language):
    verdict = rules.score(text, language)
    assert verdict.compound > 0
    assert not any(e.text.endswith("(ironic)") for e in verdict.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Did not find the hotline really helpful.",
        "I did not find the agent very helpful.",
        "I never found them helpful.",
        "I don't think the staff were particularly friendly.",
        "I did not really find the lectures engaging.",
    ],
)
def test_a_negated_judging_verb_negates_the_praise(rules, text):
    assert rules.score(text, "en").compound < 0
    # the person named after the negation is judged, not a rescue: no "mixed"
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "I found the agent very helpful.",
        "I don't think I've ever had such great service.",  # a comparison with all others
        "I didn't think it would work, but it was easy.",  # "but" ends the scope
        "I did not expect much and found the staff really helpful.",
    ],
)
def test_praise_without_a_negated_judgement_stays(rules, text):
    assert rules.score(text, "en").compound > 0


@pytest.mark.parametrize(
    "text",
    [
        "Get your act together!",
        "Paid twice for the same ticket. What gives?",
        "Another canned response from your support.",
        "I have lost all faith in this airline.",
        "You really need to do better.",
    ],
)
def test_complaint_idioms_of_service_tweets(rules, text):
    assert rules.score(text, "en").compound < 0
    assert analyze_text(text).sentiment.compound < 0
