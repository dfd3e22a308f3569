"""Listed first names that are ordinary words ("macht Spaß", "die Lage", "Love it") name no one
who served; a device's boot, disk or lag and a place's cosiness or season are things; usage
spans ("nach 2 Wochen Nutzung"), getting used to a device, "how it works", a "cloud solution",
"handle with care" and the customer's own "habe alles versucht" name no aspect; pets are things,
and so is "it" that worked. The same cue words
about a person who served keep their theme (issue 12, the ninth pass over M-ABSA's false
positives, found with a theme check that had not seen them)."""

from __future__ import annotations

import pytest

from feedback.analyze.agent_context import among_things
from feedback.analyze.agent_people import first_name
from feedback.analyze.pipeline import analyze_text
from feedback.analyze.themes import find_mentions
from feedback.analyze.tokens import tokenize, tokenize_with_breaks


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Tippen geht gut, der Bildschirm macht Spaß und ist hell.", "Spaß", False),
        ("Wir mochten die Lage und das Frühstück.", "Lage", False),
        ("Satisfied, Love this new case.", "Love", False),
        ("Lisa hat mir sofort geholfen.", "Lisa", True),
        ("Thanks to Tom for sorting it.", "Tom", True),
    ],
)
def test_ordinary_words_are_no_first_names(text: str, word: str, name: bool) -> None:
    tokens = tokenize(text)
    assert first_name(tokens, tokens.index(word)) is name


@pytest.mark.parametrize(
    ("language", "text", "things"),
    [
        ("en", "boot speed : likewise , very fast", True),
        ("en", "never slow or laggy , even with an hdd", True),
        ("en", "Very cozy and warm inside", True),
        ("de", "Die Bootzeit ist sehr schnell", True),
        ("de", "Warm und gemütlich im Winter", True),
        ("de", "Die Gastgeber waren jederzeit hilfsbereit und die Lage ist super", False),
        ("en", "Our hosts were so helpful and the view was great", False),
        ("en", "The technician fixed the boot problem very fast", False),
        ("de", "Unser Hund frisst es sehr schnell auf", True),
        ("en", "Both dogs love it", True),
    ],
)
def test_device_parts_and_places_are_things(language: str, text: str, things: bool) -> None:
    tokens = tokenize(text)
    assert among_things(tokens, 0, len(tokens), language, set()) is things


@pytest.mark.parametrize(
    ("language", "text", "theme"),
    [
        ("de", "Ich bewerte es nach 3 Wochen Nutzung, die Kamera ist toll.", "speed"),
        ("de", "Man wird sich genauso schnell daran gewöhnen wie ich.", "speed"),
        ("en", "I rate it after 2 weeks of use, the camera is great.", "speed"),
        ("en", "You get used to it quickly.", "speed"),
        ("en", "My son loves how it works.", "problem_solved"),
        ("en", "I could not find a cloud solution for my notes.", "problem_solved"),
        ("en", "The screen is delicate, better handle with care.", "empathy"),
        ("de", "Stürzt ständig ab, ich habe schon alles versucht.", "extra_mile"),
        ("de", "Mal sehen, wie es funktioniert.", "problem_solved"),
    ],
)
def test_usage_and_getting_used_name_no_speed(language: str, text: str, theme: str) -> None:
    found = {m.theme for m in find_mentions(tokenize_with_breaks(text), language)}
    assert theme not in found, (text, found)


@pytest.mark.parametrize(
    ("text", "theme", "credited"),
    [
        ("Boot speed: also very, very fast.", "speed", False),
        ("Very cozy and warm inside, lovely fireplace.", "friendliness", False),
        ("Warm und gemütlich im Winter, schöne Terrasse im Sommer.", "friendliness", False),
        ("The technician fixed my laptop's boot problem very fast.", "speed", True),
        ("Die Gastgeber waren jederzeit sehr freundlich.", "friendliness", True),
        ("Our hosts were lovely and so patient with us.", "patience", True),
        ("Nach zwei Wochen Wartezeit hat Frau Weber mir schnell geholfen.", "speed", True),
        ("Frau Weber hat mir schnell geholfen, mich an das Portal zu gewöhnen.", "speed", True),
        ("Sie haben wirklich alles versucht, um mir zu helfen.", "extra_mile", True),
        ("Ich habe gesehen, dass Frau Weber wirklich alles versucht hat.", "extra_mile", True),
        ("The agent explained how it works and fixed it.", "problem_solved", True),
        ("Tom was so kind when my dog had chewed the cable.", "friendliness", True),
        ("Lisa war super nett und hat mir viel Spaß beim Gespräch gemacht.", "friendliness", True),
    ],
)
def test_who_is_credited(text: str, theme: str, credited: bool) -> None:
    assert (theme in analyze_text(text).credited) is credited, (text, analyze_text(text).credited)
