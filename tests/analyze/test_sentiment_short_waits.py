"""A short wait is speed praise: "Ich war nicht lange in der Warteschleife" was a complaint
("Warteschleife" is one, and "nicht" reaches three words); a long wait stays a complaint
(sentiment/short_waits.py)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    ("text", "language", "shown"),
    [
        ("Ich war nicht lange in der Warteschleife.", "de", "nicht lange Warteschleife"),
        ("Nur kurz in der Warteschleife, dann sofort geholfen.", "de", "kurz Warteschleife"),
        ("I was not on hold for long.", "en", "not on hold"),
    ],
)
def test_a_short_wait_is_praise(rules, text, language, shown):
    sentiment = rules.score(text, language)
    assert sentiment.compound > 0.2
    assert any(e.text == shown and e.weight > 0 for e in sentiment.evidence)


def test_a_short_wait_before_help_is_plain_praise():
    text = "Ich war nicht lange in der Warteschleife und Frau Berger hat sofort geholfen."
    assert analyze_text(text).sentiment.label == "positive"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ich hing 40 Minuten in der Warteschleife.", "de"),
        ("Kaum erreichbar und ewig in der Warteschleife.", "de"),
        ("Ich musste lange warten.", "de"),
        ("Kaum durchgekommen, 40 Minuten nicht lange genug gewartet.", "de"),
        ("I was on hold for ages.", "en"),
    ],
)
def test_a_long_wait_stays_a_complaint(rules, text, language):
    assert rules.score(text, language).compound < 0
