"""Starting over and explaining again is the customer's time lost: "Perfect, now I have to start
all over" and "Perfekt, jetzt muss ich alles nochmal erklären" were praise through the sarcastic
"Perfect"; "Zero help whatsoever" was neutral. "Keine Hilfe nötig" is no complaint."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        "Perfect, now I have to start all over.",
        "Great, another bot that can't understand me.",
        "Zero help whatsoever",
        "I had to repeat myself three times.",
        "Perfekt, jetzt muss ich alles nochmal erklären.",
        "Super, jetzt darf ich wieder von vorne anfangen.",
        "Ich musste alles dreimal erklären.",
    ],
)
def test_starting_over_complains(text):
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Ich musste nichts zweimal erklären, super!",
        "I didn't have to repeat myself once, brilliant.",
        "Keine Hilfe nötig, danke!",
        "Keine Beschwerden, alles bestens.",
        "No complaints at all, thank you Sam!",
    ],
)
def test_not_starting_over_and_no_complaints_praise(text):
    assert analyze_text(text).sentiment.label == "positive"
