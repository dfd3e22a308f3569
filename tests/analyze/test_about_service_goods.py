"""The trained sentence check is stricter among goods (``about_service.THINGS_THRESHOLD``).

A sentence that names a product or a thing and nobody who served, or stands in a quote about
goods, must look more like a sentence about staff before its theme counts: reviews of phones
and keyboards say "they" of sellers and shops. Sentences written here, none taken from the
corpora the check learned from or is measured on.
"""

from __future__ import annotations

import pytest

from feedback.analyze.about_service import THINGS_THRESHOLD, THRESHOLD
from feedback.analyze.agent_context import among_things
from feedback.analyze.clauses import Clauses
from feedback.analyze.themes import detect_themes
from feedback.analyze.tokens import tokenize_with_breaks


def _themes(text: str, language: str) -> set[str]:
    return {hit.label for hit in detect_themes(tokenize_with_breaks(text), language)}


def _first_sentence_among_things(text: str, language: str, cue: str) -> bool:
    tokens = tokenize_with_breaks(text)
    at = tokens.index(cue)
    lo, hi = Clauses(tokens).sentence(at, at)
    return among_things(tokens, lo, hi, language, {at})


def test_the_stricter_threshold_is_stricter() -> None:
    assert 0 < THRESHOLD < THINGS_THRESHOLD < 0.5


# A review of goods with a vague "they" (whoever sold it) earns nothing; the same sentence
# naming the agent keeps its theme.
REVIEWS_AND_LOOKALIKES = [
    (
        "The screen looks sharp and the battery lasts, they helped me set it up too.",
        "The screen looks sharp and the battery lasts, the agent helped me set it up too.",
        "problem_solved",
    ),
    (
        "The keyboard is comfortable and they were very patient.",
        "The keyboard is comfortable and the agent was very patient.",
        "patience",
    ),
]


@pytest.mark.parametrize(("review", "quote", "theme"), REVIEWS_AND_LOOKALIKES)
def test_goods_with_a_vague_they_earn_nothing(review: str, quote: str, theme: str) -> None:
    assert _themes(review, "en") == set()
    assert theme in _themes(quote, "en")


# Short praise without goods is left to the lenient threshold.
@pytest.mark.parametrize(
    ("text", "language", "theme"),
    [
        ("Impressive product knowledge.", "en", "competence"),
        ("They were very patient.", "en", "patience"),
        ("Am Telefon war sie sehr geduldig.", "de", "patience"),
    ],
)
def test_praise_without_goods_keeps_its_theme(text: str, language: str, theme: str) -> None:
    assert theme in _themes(text, language)


@pytest.mark.parametrize(
    ("text", "language", "cue", "goods"),
    [
        ("Der Akku hält lange und sie waren schnell.", "de", "schnell", True),
        ("Der Akku hält lange und die Mitarbeiterin war schnell.", "de", "schnell", False),
        ("Am Telefon war sie sehr geduldig.", "de", "geduldig", False),  # a channel
        ("Impressive product knowledge.", "en", "knowledge", False),  # a skill, no product
        ("They were patient. The keyboard is comfortable.", "en", "patient", True),
        ("They were patient. The keyboard works, thank you!", "en", "patient", False),
        ("Die Technikerin war geduldig, obwohl der Router spinnt.", "de", "geduldig", False),
    ],
)
def test_among_things(text: str, language: str, cue: str, goods: bool) -> None:
    assert _first_sentence_among_things(text, language, cue) is goods
