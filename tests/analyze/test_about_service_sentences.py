"""The trained sentence check learns demo quotes sentence by sentence (analyser 2026.12.55).

It reads one sentence at a time, so it learns one at a time: short praise alone ("supernett!!")
no longer scores as low as a review's sentence, and the threshold could rise (``THRESHOLD``).
A sentence that says "you"/"Sie" beside service work keeps the lower threshold of before
(``SPOKEN_TO_THRESHOLD``), and a first name counts as someone who served among goods.
Sentences written here, none taken from the corpora the check learned from or is measured on.
"""

from __future__ import annotations

from itertools import islice

import pytest

from feedback.analyze.about_service import SPOKEN_TO_THRESHOLD, THINGS_THRESHOLD, THRESHOLD
from feedback.analyze.agent_context import addressed, among_things
from feedback.analyze.clauses import Clauses
from feedback.analyze.themes import detect_themes
from feedback.analyze.tokens import tokenize_with_breaks
from feedback.train.service_corpora import _BENCH_SENTENCE, demo_quotes


def _themes(text: str, language: str) -> set[str]:
    return {hit.label for hit in detect_themes(tokenize_with_breaks(text), language)}


def _sentence(text: str, cue: str) -> tuple[list[str], int, int, int]:
    tokens = tokenize_with_breaks(text)
    at = tokens.index(cue)
    lo, hi = Clauses(tokens).sentence(at, at)
    return tokens, at, lo, hi


def test_thresholds_are_ordered() -> None:
    assert 0 < SPOKEN_TO_THRESHOLD < THRESHOLD < THINGS_THRESHOLD < 0.5


@pytest.mark.parametrize("language", ["de", "en"])
def test_demo_quotes_are_learnt_sentence_by_sentence(language: str) -> None:
    rows = list(islice(demo_quotes(language), 300))
    assert len(rows) == 300
    assert all(label for _, label in rows)
    assert all(_BENCH_SENTENCE.split(text) == [text] for text, _ in rows)
    assert any(len(text.split()) <= 3 for text, _ in rows)  # short sentences are seen alone


# Short praise that names no one still earns its theme at the raised threshold.
SHORT_PRAISE = [
    ("de", "supernett!!", "friendliness"),
    ("en", "Clearly an expert.", "competence"),
    ("en", "Lightning fast ⚡", "speed"),
]


@pytest.mark.parametrize(("language", "text", "theme"), SHORT_PRAISE)
def test_short_praise_keeps_its_theme(language: str, text: str, theme: str) -> None:
    assert theme in _themes(text, language)


# A device's speed earns nothing; the same words of a person keep the theme.
DEVICES_AND_LOOKALIKES = [
    ("en", "the m3 is great , never slow or laggy .", "Tom is great, never slow or rude."),
    (
        "de",
        "das m3 ist großartig, nie langsam oder verzögert.",
        "Frau Weber ist großartig, nie langsam oder unfreundlich.",
    ),
]


@pytest.mark.parametrize(("language", "device", "person"), DEVICES_AND_LOOKALIKES)
def test_a_devices_speed_earns_no_theme(language: str, device: str, person: str) -> None:
    assert "speed" not in _themes(device, language)
    assert "speed" in _themes(person, language)


@pytest.mark.parametrize(
    ("language", "text", "cue", "expected"),
    [
        ("en", "It is great how fast you answered.", "fast", True),
        ("de", "Sie haben mir so schnell geholfen.", "schnell", True),
        ("en", "It is great how fast you can browse with it.", "fast", False),  # the reader
        ("de", "Sie sind bekömmlich und schnell gegessen.", "schnell", False),  # no service work
        ("en", "It is great how fast it answered.", "fast", False),  # a thing
    ],
)
def test_addressed_needs_you_beside_service_work(
    language: str, text: str, cue: str, expected: bool
) -> None:
    tokens, at, lo, hi = _sentence(text, cue)
    assert addressed(tokens, lo, hi, language, {at}) is expected


def test_spoken_to_keeps_its_theme_and_a_thing_does_not() -> None:
    assert "speed" in _themes("It is great how fast you answered.", "en")
    assert "speed" not in _themes("It is great how fast it loads.", "en")


def test_a_first_name_is_someone_who_served_among_goods() -> None:
    text = "Tom was so patient with my dad, who is not good with computers."
    tokens, at, lo, hi = _sentence(text, "patient")
    assert not among_things(tokens, lo, hi, "en", {at})
    thing = "The laptop was so patient with my dad, who is not good with computers."
    tokens, at, lo, hi = _sentence(thing, "patient")
    assert among_things(tokens, lo, hi, "en", {at})
    assert "patience" in _themes(text, "en")
    assert "patience" not in _themes(thing, "en")
