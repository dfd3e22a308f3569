"""Products that work, purchases, "one" standing for a thing, unlocked phones, what devices
do and visits named with a gap earn no theme; the same words about a person who served keep it
(issue 12, the sixth pass over M-ABSA's false positives)."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text
from feedback.analyze.themes import detect_themes
from feedback.analyze.tokens import tokenize_with_breaks

NOT_ABOUT_AGENTS = [
    # a product working, no repair word, nobody who served
    ("en", "It's not blocked at all, at least mine works perfectly with my old sim card"),
    ("en", "Yes. I was able to put my SIM card in and it worked immediately."),
    ("de", "Ja. Ich konnte meine SIM-Karte einlegen und es funktionierte sofort."),
    ("de", "Das 5G funktioniert mit diesem Gerät großartig."),
    # the customer's purchase
    (
        "en",
        "I recommend them to dark chocolate lovers and ordered three more boxes, straight away.",
    ),
    # "one" after a weak cue stands for a thing
    ("en", "The touch is just the kind for old people....lovely one...gifted it to my nani."),
    # a phone sold unlocked
    ("en", "Yes, the phone is completely unlocked."),
    ("de", "Mein Telefon war entsperrt und akzeptierte SIM-Karten aller Netze."),
    # what a device does
    ("de", "Tippen reagiert schnell."),
    ("en", "it's still loading and working pretty fast"),
    # a visit named with a gap
    ("en", "Have eaten at Ginger House several times, and it's always good."),
    ("de", "Es läuft also alles darauf hinaus, dass ich ein neues Handy brauche."),
    # "had no trouble": the customer found something easy
    ("en", "she had no trouble learning how to use it."),
]

ABOUT_AGENTS = [
    ("en", "You saved my day, the app works again!", "problem_solved"),
    ("en", "The technician replaced the router and it works perfectly.", "problem_solved"),
    ("en", "The router works perfectly since your visit.", "problem_solved"),
    ("de", "Der Router funktioniert einwandfrei, danke!", "problem_solved"),
    ("de", "Herr Yilmaz hat den Router getauscht, das Internet funktioniert.", "problem_solved"),
    ("en", "I ordered a new router and she set it up right away.", "speed"),
    ("en", "Lovely lady, very patient.", "friendliness"),
    ("en", "Dead friendly and got my account unlocked. Ta!", "problem_solved"),
    ("en", "She unlocked my account within minutes.", "problem_solved"),
    ("de", "Innerhalb von 5 Minuten war die Karte entsperrt. Danke!", "problem_solved"),
    ("de", "Frau Weber reagiert schnell auf jede Mail.", "speed"),
    ("en", "She explained it several times until I understood.", "patience"),
    ("en", "It was no trouble for her to call me back twice.", "extra_mile"),
    (
        "en",
        "We have been at this hotel several times and the staff were always patient.",
        "patience",
    ),
]


@pytest.mark.parametrize(("language", "text"), NOT_ABOUT_AGENTS)
def test_not_about_agents(language: str, text: str) -> None:
    assert not analyze_text(text).credited, text


@pytest.mark.parametrize(("language", "text", "theme"), ABOUT_AGENTS)
def test_about_agents(language: str, text: str, theme: str) -> None:
    assert theme in analyze_text(text).credited, text


def test_a_product_not_working_stays_a_complaint() -> None:
    themes = {hit.label for hit in analyze_text("Still not working after three calls.").themes}
    assert "problem_solved" in themes


def test_a_rule_phrase_gaps_only_where_marked() -> None:
    gapped = tokenize_with_breaks("I have eaten at the Ginger House several times.")
    assert "patience" not in _themes(gapped)
    # "kind regards" is no gapped phrase: "kind" three words before "regards" stays a cue
    adjacent = tokenize_with_breaks("So kind and patient, regards to the whole team.")
    assert "friendliness" in _themes(adjacent)


def _themes(tokens: list[str]) -> set[str]:
    return {hit.label for hit in detect_themes(tokens, "en")}
