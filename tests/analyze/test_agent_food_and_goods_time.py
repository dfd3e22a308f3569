"""How food tastes and what it does to the body ("al dente", "salty", "hilft bei Arthritis")
are things; "took" before what goods do is how long the goods took; "for now" is no repair;
people in general after "for"/"if" served no one; "ihn"/"them" in a quote about goods name
the goods. The same cue words about a person who served keep their theme (issue 12, the
tenth pass over M-ABSA's false positives, found with a theme check that had not seen them)."""

from __future__ import annotations

import pytest

from feedback.analyze.agent_context import about_agent
from feedback.analyze.agent_described import about_things
from feedback.analyze.agent_people import serves
from feedback.analyze.agent_things import purchase
from feedback.analyze.agent_words import LISTS
from feedback.analyze.clauses import Clauses
from feedback.analyze.pipeline import analyze_text
from feedback.analyze.themes import find_mentions
from feedback.analyze.tokens import tokenize, tokenize_with_breaks

# The rules alone, without the trained sentence check: food and its effects, then look-alikes
# about a person who served. (language, text, the cue word)
FOOD = [
    ("en", "Nice and al dente.", "Nice"),
    ("en", "Nice and crispy, very tasty.", "Nice"),
    ("de", "Nett und knusprig.", "Nett"),
    ("de", "Der Saft hilft auch bei Arthritis.", "hilft"),
    ("de", "Es hat mir geholfen, mich schneller zu erholen.", "geholfen"),
]
PEOPLE = [
    ("en", "Nice and patient, thank you.", "Nice"),
    ("de", "Sie hat mir geholfen, obwohl es spät war.", "geholfen"),
]


def _cue_about_agent(language: str, text: str, cue: str) -> bool:
    tokens = tokenize_with_breaks(text)
    at = tokens.index(cue)
    return about_agent(tokens, at, at, language)


@pytest.mark.parametrize(("language", "text", "cue"), FOOD)
def test_food_and_its_effects_are_things(language: str, text: str, cue: str) -> None:
    assert not _cue_about_agent(language, text, cue), text


@pytest.mark.parametrize(("language", "text", "cue"), PEOPLE)
def test_the_same_cues_about_a_person(language: str, text: str, cue: str) -> None:
    assert _cue_about_agent(language, text, cue), text


@pytest.mark.parametrize(
    ("text", "word", "goods_time"),
    [
        ("Took less than a week to arrive", "Took", True),
        ("It took a week for the refund to arrive", "took", False),
        ("It took her two minutes to sort it", "took", False),
    ],
)
def test_took_before_what_goods_do(text: str, word: str, goods_time: bool) -> None:
    tokens = tokenize(text)
    at = tokens.index(word)
    assert purchase(tokens, at, (0, len(tokens)), LISTS["en"]) is goods_time


@pytest.mark.parametrize(
    ("language", "text", "word", "served"),
    [
        ("en", "a nice perk for folks who like to read", "folks", False),
        ("en", "If people are buying phones with trust", "people", False),
        ("de", "Ideal für Leute, die viel lesen", "Leute", False),
        ("en", "The people at the store were so quick", "people", True),
        ("de", "Die Leute an der Hotline waren geduldig", "Leute", True),
    ],
)
def test_people_in_general(language: str, text: str, word: str, served: bool) -> None:
    tokens = tokenize(text)
    assert serves(tokens, tokens.index(word), LISTS[language]) is served


@pytest.mark.parametrize(
    ("language", "text", "things"),
    [
        ("de", "Kam gut verpackt an. Habe ihn mit der Hülle gekauft. Dauerte eine Woche.", True),
        ("en", "The case came well packed. I bought them both. Took a week.", True),
        ("de", "Kam gut verpackt an. Er hat mir geholfen. Dauerte eine Woche.", False),
        ("en", "The case came well packed. I called them twice. Took a week.", False),
    ],
)
def test_goods_pronouns_in_a_quote_about_goods(language: str, text: str, things: bool) -> None:
    tokens = tokenize_with_breaks(text)
    lo, hi = Clauses(tokens).sentence(len(tokens) - 2, len(tokens) - 2)
    assert about_things(tokens, lo, hi, LISTS[language]) is things


def test_for_now_is_no_repair() -> None:
    found = {m.theme for m in find_mentions(tokenize_with_breaks("Works well for now."), "en")}
    assert "problem_solved" not in found
    found = {m.theme for m in find_mentions(tokenize_with_breaks("It works now!"), "en")}
    assert "problem_solved" in found


@pytest.mark.parametrize(
    ("text", "theme", "credited"),
    [
        ("Fast delivery. Took less than a week to arrive. Good condition.", "speed", False),
        ("Arrived on time, no issues. Works well for now.", "problem_solved", False),
        ("It took a week for the refund to arrive, but Tom was lovely.", "problem_solved", True),
        ("The refund arrived on the date you gave me.", "problem_solved", True),
        ("Fixed for now, thanks Tom.", "problem_solved", True),
        ("The people at the store were so patient with me.", "patience", True),
    ],
)
def test_who_is_credited(text: str, theme: str, credited: bool) -> None:
    assert (theme in analyze_text(text).credited) is credited, (text, analyze_text(text).credited)
