"""A device's sound, device parts, review idioms and aspects only named among things earn no
theme; the same words about a person who served keep it (issue 12, the seventh pass over
M-ABSA's false positives, found with a theme check that had not seen the sentences)."""

from __future__ import annotations

import pytest

from feedback.analyze.agent_context import about_agent
from feedback.analyze.pipeline import analyze_text
from feedback.analyze.themes import find_mentions, themes_and_credit
from feedback.analyze.tokens import tokenize_with_breaks

# (language, text, a theme it credits or None: it credits none)
CASES: list[tuple[str, str, str | None]] = [
    # "Ton" beside a product, a thing or something played is the device's sound
    ("de", "Die Filme sehen gut aus und der Ton ist super.", None),
    ("de", "Mir gefällt Ton von MP3 und Fingerabdrucksensor.", None),
    ("de", "Ich habe es einfach verstanden und der Ton und die Kamera sind großartig.", None),
    ("de", "Das Handy kam gut verpackt. Der Ton ist gut.", None),
    # device parts and "Ding" are things
    ("en", "The keyboard gives a satisfying response, and the mouse is nice.", None),
    ("de", "Lassen Sie mich Ihnen sagen, dieses Ding ist flott.", None),
    ("de", "In gutem Zustand und prompt.......danke", None),
    ("en", "Received in good condition and prompt, thanks", None),
    # review idioms: the customer's intention, a recommendation, a stress, a wait worth it
    ("en", "I would go back immediately!", None),
    ("en", "If you are looking for a hotel, I would thoroughly recommend you stay here.", None),
    ("en", "All you taste is the salty soy sauce (even its low sodium), and the rice.", None),
    ("de", "Das Warten hat sich gelohnt.", None),
    ("en", "The food was worth the wait.", None),
    (
        "de",
        "Sie schmecken so gut, dass die Packung leer ist, bevor Ihnen klar wird, wie viele.",
        None,
    ),
    ("en", "Occasionally it gets slow, then I clear the cache and that takes care of it.", None),
    ("en", "They are low in sodium and the fat they contain is the good kind.", None),
    # a wait of a while is no praise of speed, even in a quote that likes the product
    ("de", "Es hat eine Weile gedauert, bis es klebte, aber dann hat es mir gefallen.", None),
    # the same words about a person who served keep their theme
    ("de", "Frau Weber hatte am Telefon einen sehr netten Ton.", "friendliness"),
    ("de", "Lea hat das Handy eingerichtet und ihr Ton war herzlich.", "friendliness"),
    ("de", "Der Ton am Telefon war super freundlich.", "friendliness"),
    ("de", "Sie hat das Ding sofort repariert.", "speed"),
    ("en", "She even called back after hours.", "extra_mile"),
    ("en", "She took care of everything, so kind.", "friendliness"),
    ("en", "It took a while, but Tom sorted it, very friendly.", "friendliness"),
    ("en", "I would recommend her to anyone, she was so patient.", "patience"),
]


@pytest.mark.parametrize(("language", "text", "theme"), CASES)
def test_who_is_credited(language: str, text: str, theme: str | None) -> None:
    credited = analyze_text(text).credited
    assert (theme in credited) if theme else not credited, (language, text, credited)


def test_an_unkind_tone_stays_an_aspect() -> None:
    themes = {hit.label for hit in analyze_text("Es läuft wieder, aber der Ton war mies.").themes}
    assert "friendliness" in themes


def test_took_a_while_complains_about_speed() -> None:
    hits, credited = themes_and_credit(
        tokenize_with_breaks("It took a while to get through."), "en", praising=True
    )
    assert "speed" in {hit.label for hit in hits}
    assert "speed" not in credited


@pytest.mark.parametrize(
    ("language", "text", "credited"),
    [
        # an aspect only named, in a praising quote about goods and nobody who served
        (
            "en",
            "Mi Band arrived within 5 days of order only. Working great, love the display.",
            False,
        ),
        # ... and with someone who served, or nothing about goods, it still credits
        ("de", "Vielen Dank für Ihre Geduld!", True),
        ("de", "Fachkundig und mit viel Geduld.", True),
    ],
)
def test_an_aspect_only_named_among_things(language: str, text: str, credited: bool) -> None:
    tokens = tokenize_with_breaks(text)
    _, themes = themes_and_credit(tokens, language, praising=True)
    assert bool(themes) == credited, text


# The rules alone, without the trained sentence check (which knows some of these sentences):
# (language, text, the cue word, about a service person?)
RULE_CASES = [
    ("de", "Mir gefällt Ton von MP3 und Fingerabdrucksensor dieses Mobiltelefons.", "Ton", False),
    ("de", "Die Filme sehen gut aus und der Ton ist super.", "Ton", False),
    ("de", "Das Handy kam gut verpackt. Der Ton ist gut.", "Ton", False),
    ("de", "Es läuft wieder, aber der Ton war mies.", "Ton", True),
    ("de", "Frau Weber hatte am Telefon einen sehr netten Ton.", "Ton", True),
    ("en", "I am happy with it, and the mouse is nice.", "nice", False),
    ("de", "Dieses Ding ist flott.", "flott", False),
    ("de", "In gutem Zustand und prompt.", "prompt", False),
    ("en", "It is in good condition and prompt.", "prompt", False),
    ("de", "Sie hat das Ding sofort repariert.", "sofort", True),
]


@pytest.mark.parametrize(("language", "text", "cue", "expected"), RULE_CASES)
def test_the_rule_alone(language: str, text: str, cue: str, expected: bool) -> None:
    tokens = tokenize_with_breaks(text)
    at = tokens.index(cue)
    assert about_agent(tokens, at, at, language) == expected, text


@pytest.mark.parametrize(
    ("language", "text", "theme"),
    [
        ("en", "I would go back immediately!", "speed"),
        ("en", "I would thoroughly recommend you stay here.", "competence"),
        ("de", "Das Warten hat sich gelohnt.", "speed"),
        ("en", "The food was worth the wait.", "speed"),
        (
            "de",
            "Sie sind so gut, dass es leer ist, bevor Ihnen klar wird, wie viele.",
            "clear_communication",
        ),
        ("en", "Then I clear the cache and it is fine.", "clear_communication"),
        ("en", "Then I restart it and that takes care of it.", "empathy"),
        ("en", "The fat they contain is the good kind.", "friendliness"),
    ],
)
def test_review_idioms_name_no_aspect(language: str, text: str, theme: str) -> None:
    found = {m.theme for m in find_mentions(tokenize_with_breaks(text), language)}
    assert theme not in found, (text, found)
