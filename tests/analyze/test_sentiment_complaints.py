"""Plain complaints of chats and calls that read as neutral: the model learnt "nobody", "Antwort"
and "anrufe" from neutral tweets and questions, and some complaints have no complaint word at
all ("Das ist jetzt das dritte Mal, dass ich anrufe")."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately nobody could help me.",
        "I would have expected better.",
        "No refund yet.",
        "No reply yet after 5 days.",
        "This is the third time I've called about this.",
        "Noch keine Antwort.",
        "Das ist jetzt das dritte Mal, dass ich anrufe.",
        "1 Stern, weil 0 nicht geht.",
        "Man wird von einer Abteilung zur nächsten verwiesen und keiner fühlt sich zuständig.",
        "I was passed from pillar to post and nobody takes responsibility.",
        "Not impressed. The agent clearly didn't read my email.",
        "She clearly did not listen to what I said.",
    ],
)
def test_a_plain_complaint_is_negative(text):
    sentiment = analyze_text(text).sentiment
    assert sentiment.label == "negative", (text, sentiment)
    assert sentiment.compound < 0


@pytest.mark.parametrize(
    "text",
    [
        "Third time calling and finally someone who could help, thank you Priya!",
        "Das dritte Mal bestellt und wieder top beraten!",
        "Fünf Sterne für Herrn Weber!",
        "Had to return an item, process was painless and refund arrived in 2 days.",
        "She explained everything clearly and patiently.",
        "He spoke clearly, not rushed at all.",
        "Honestly couldn't have asked for more.",
    ],
)
def test_praise_beside_a_repeat_stays_praise(text):
    assert analyze_text(text).sentiment.label == "positive"


def test_a_wish_for_more_speed_is_no_praise():
    # "schön" of the wish's frame counts nothing; the wished-for comparative criticises
    sentiment = analyze_text("Wäre schön, wenn es schneller ginge.").sentiment
    assert sentiment.label != "positive"
    assert sentiment.compound < 0
