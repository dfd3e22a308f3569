"""Words of things that look like theme cues name no aspect: a system's friendliness, software
updates, a sharp look or edge, a vent in the ceiling, a place's charm, the customer's own "ich
weiß nicht, was" and "mir egal"; the same cue words about a person who served keep their theme
(issue 12, the eighth pass over M-ABSA's false positives, found with a check that had not seen
them)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text
from feedback.analyze.themes import find_mentions
from feedback.analyze.tokens import tokenize_with_breaks


@pytest.mark.parametrize(
    ("language", "text", "theme"),
    [
        ("en", "The new model is very linux friendly.", "friendliness"),
        ("en", "Windows updates took ages on it.", "clear_communication"),
        ("en", "Google updates are automatic.", "clear_communication"),
        ("en", "The laptop is smart looking and thin.", "competence"),
        ("en", "The display looks crisp and sharp.", "competence"),
        ("en", "I dislike the sharp edges of the case.", "competence"),
        ("en", "Somebody should clean that vent above our table.", "empathy"),
        ("en", "It has the charm of an old farmhouse.", "friendliness"),
        ("de", "Das Haus hat den Charme der Zwanzigerjahre.", "friendliness"),
        ("de", "Ich weiß gar nicht, was ich sonst noch schreiben soll.", "competence"),
        ("de", "Kauft es nicht, ist mir völlig egal, was die Werbung sagt.", "empathy"),
    ],
)
def test_words_of_things_name_no_aspect(language: str, text: str, theme: str) -> None:
    found = {m.theme for m in find_mentions(tokenize_with_breaks(text), language)}
    assert theme not in found, (text, found)


@pytest.mark.parametrize(
    ("language", "text", "theme"),
    [
        ("en", "The agent was so friendly and patient with me.", "friendliness"),
        ("en", "Priya sent me regular updates on my case.", "clear_communication"),
        ("en", "Tom was sharp and sorted it in minutes.", "competence"),
        ("en", "She let me vent and still stayed calm.", "empathy"),
        ("de", "Frau Weber hat mit viel Charme alles erklärt.", "friendliness"),
        ("de", "Sie weiß genau, was sie tut.", "competence"),
    ],
)
def test_the_same_words_about_an_agent_credit(language: str, text: str, theme: str) -> None:
    credited = analyze_text(text).credited
    assert theme in credited, (text, credited)


def test_an_agent_who_did_not_care_stays_a_complaint_about_empathy() -> None:
    analysis = analyze_text("Meine Sorgen waren dem Mitarbeiter völlig egal.")
    assert "empathy" in {hit.label for hit in analysis.themes}
    assert "empathy" not in analysis.credited
