"""Goods on their way, products that act, shops speaking of their goods and things that are
"available" earn no theme; the same words about a person who served keep it (issue 12, the
fourth pass over M-ABSA's false positives)."""

from __future__ import annotations

import pytest

from feedback.analyze.themes import detect_themes, find_mentions, themes_and_credit
from feedback.analyze.tokens import tokenize_with_breaks


def _themes(text: str, language: str) -> set[str]:
    return {hit.label for hit in detect_themes(tokenize_with_breaks(text), language)}


NOT_ABOUT_AGENTS = [
    # a time span in a clause about goods on their way: how fast the goods came
    ("de", "Kam schnell innerhalb von 3 Tagen an!"),
    ("de", "Telefon wurde geliefert am selben Tag der Bestellung, erhalten in gutem Zustand."),
    ("en", "Received the sealed box wrapped with bubble wrap the next day after ordering!"),
    # a product right before the cue's verb is what acted
    ("de", "Die hübsch verpackte Verpackung hilft, das beschädigte Glas zu schützen."),
    # an order is no one's work: a short sentence in a quote about a delivery
    ("de", "Wurde geliefert innerhalb weniger Tage nach der Bestellung. Superschnell."),
    ("en", "Was delivered a few days after ordering. Super fast. Nicely bubble wrapped."),
    # a shop speaking of its own goods wrote the quote
    ("de", "Danke für Ihre Nachricht. Wir verkaufen unsere Handys ab 85 % Akku. Sehr hilfreich."),
    ("en", "Thanks for your message. We are selling our phones with 85% battery. Very helpful."),
    ("en", "Our early issues are now resolved. We offer a warranty with our products."),
    # "would go again at once" is willingness, not speed
    ("de", "Ich würde sofort wieder hinfahren!"),
    # "available" after a thing describes what is there
    ("en", "Yes it is Sir all the SIM cards available in India will support this device."),
    ("en", "We will keep ordering them so that we always have some available."),
    ("en", "You can give everyone one and their desktop becomes available on login."),
    # a thing that came, a few words before the cue
    ("de", "WIRKLICH SCHÖN!! Kam auch verdammt schnell!!"),
    # "speed" and German compounds of a weak cue ("reaktionsschnell") need a person too
    ("en", "Only 4G here. Speed depends on the network. Not expecting much."),
    (
        "de",
        "Ich habe noch nicht viel damit gespielt, aber er scheint sehr reaktionsschnell zu sein.",
    ),
]

ABOUT_AGENTS = [
    # ... a time span of service work, or one a person met
    ("de", "Die Gutschrift kam am selben Tag, danke!", "speed"),
    ("de", "Sie haben das Ersatzgerät innerhalb von 2 Tagen geliefert.", "speed"),
    ("en", "She sent the replacement the next day.", "speed"),
    ("en", "Refund processed same day.", "speed"),
    # ... a product after the cue, or before a person's act
    ("en", "Impressive product knowledge.", "competence"),
    ("de", "Das Handy funktioniert wieder, Sie haben mir sehr geholfen.", "problem_solved"),
    # ... an order fixed by someone
    ("de", "Meine Bestellung war falsch. Super schnell korrigiert!", "speed"),
    ("en", "My order was wrong. Sorted super fast!", "speed"),
    # ... a customer's reply to an agent's message
    ("de", "Danke für Ihre Nachricht, Frau Weber war so schnell!", "speed"),
    ("de", "Ich wurde sofort verbunden, danke!", "speed"),
    # ... "available" said of a person or of service work
    ("en", "Thanks for being available on a Sunday.", "reachability"),
    ("en", "Agents available 24/7 and so kind.", "reachability"),
    ("en", "She was always available when I called.", "reachability"),
    ("en", "Thank you for making yourself available so late.", "reachability"),
    # ... a person who came, a person's honesty, clarity and personal touch
    ("de", "Der Techniker kam auch verdammt schnell.", "speed"),
    ("en", "She called me personally the next day.", "extra_mile"),
    ("en", "Honest and patient, thank you!", "reliability"),
    ("en", "Very clear explanation, thank you!", "clear_communication"),
    ("en", "Thanks for the speed!", "speed"),
    ("en", "Impressed by the speed of your reply.", "speed"),
    ("de", "Superschnell!", "speed"),
    ("de", "Frau Weber war superschnell.", "speed"),
    ("de", "Superschnelle Bearbeitung, danke!", "speed"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ABOUT_AGENTS)
def test_goods_and_shops_earn_no_theme(language: str, text: str) -> None:
    assert _themes(text, language) == set()


@pytest.mark.parametrize(("language", "text", "theme"), ABOUT_AGENTS)
def test_the_same_words_about_a_person_keep_the_theme(language: str, text: str, theme: str) -> None:
    assert theme in _themes(text, language)


OWN_VOICE = [
    # the reviewer's own voice names no aspect of anyone's service
    ("en", "I personally loved the mole sauce."),
    ("en", "Honest review: best phone under 20k."),
    ("en", "Just to be clear, it won't run the newest games."),
    ("de", "Ehrliche Bewertung: gutes Handy."),
]


@pytest.mark.parametrize(("language", "text"), OWN_VOICE)
def test_the_reviewers_own_voice_is_no_cue(language: str, text: str) -> None:
    assert find_mentions(tokenize_with_breaks(text), language) == []


def test_a_german_negator_after_the_verb_is_a_complaint_not_praise() -> None:
    def credited(text: str) -> tuple[str, ...]:
        return themes_and_credit(tokenize_with_breaks(text), "de")[1]

    # "nicht" before "und" does not close the clause, so it did not negate the verb before it
    assert credited("Der Techniker war da, aber das Gerät funktioniert nicht und wird heiß.") == ()
    assert credited("Sie haben es versucht, aber es klappte nicht und ich rief nochmal an.") == ()
    assert credited("das Netzteil-Ladegerät funktionierte nicht und fing später Feuer.") == ()
    # ... the complaint is still an aspect, and a repair beside it is still praise
    assert "problem_solved" in _themes("Was soll ich sagen, funktioniert immer noch nicht.", "de")
    repaired = "Der Router funktionierte nicht, aber Frau Kaya hat ihn repariert."
    assert "problem_solved" in credited(repaired)
    assert "problem_solved" in credited("Jetzt funktioniert alles wieder, danke!")
