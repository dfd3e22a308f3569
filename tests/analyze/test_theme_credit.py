"""Which themes a quote credits to the agent (themes.themes_and_credit): what it praises, not
what it complains about or what the customer did alone. Split from test_themes.py."""

from __future__ import annotations

import pytest

from feedback.analyze.themes import detect_themes, themes_and_credit
from feedback.analyze.tokens import tokenize

# (language, text, the quote praises as a whole, themes credited); the themes named are more.
CREDIT_CASES = [
    # complaints credit nobody, whatever the aspect words
    ("de", "Ich hing 40 Minuten in der Warteschleife und niemand hat zurückgerufen.", False, ()),
    ("en", "Waited two hours on hold, nobody called back.", False, ()),
    ("en", "Rude and dismissive.", False, ()),
    ("de", "Er war nicht sehr geduldig.", False, ()),
    # a later clause's negator is not the un-word's: "unfreundlich" credited friendliness
    ("de", "Der Mitarbeiter war unfreundlich und hat nicht zugehört.", False, ()),
    # a mixed quote credits what it praises, not what it complains about
    ("de", "Die Wartezeit war viel zu lang, aber er war freundlich.", False, ("friendliness",)),
    ("en", "The wait was far too long, but she was very friendly.", False, ("friendliness",)),
    # praise credits its cues; in a praising quote an aspect only named counts too
    ("de", "Sehr schnell und freundlich geholfen!", True, ("speed", "friendliness")),
    ("de", "Vielen Dank für Ihre Geduld!", True, ("patience",)),
    ("de", "Vielen Dank für Ihre Geduld!", False, ()),
    ("en", "Thanks for the callback you promised, right on time.", True, ("reliability",)),
    # a slow reply and a line hardly reached complain, even in a quote that praises overall
    ("en", "Customer service took two days to reply to my email.", True, ()),
    ("de", "Die Hotline ist kaum erreichbar.", True, ()),
    ("en", "The hotline is barely reachable.", True, ()),
    # a complaint that says its own "no" negates the cue after it, and another negator does not
    # turn it into praise
    ("en", "Still no refund.", False, ()),
    ("en", "Thanks for nothing, still no refund", False, ()),
    # a refund or replacement only named is what was asked for: praise only in praise
    ("de", "Ich warte immer noch auf die Erstattung.", False, ()),
    ("de", "Verkäufer reagiert nicht auf die Rückerstattung.", False, ()),
    ("en", "Still waiting for my refund.", False, ()),
    ("de", "Danke, die Erstattung kam sofort!", True, ("problem_solved", "speed")),
    ("en", "Thank you, the refund came through straight away!", True, ("problem_solved",)),
    # not long on hold is praise of speed, whatever the quote's sentiment says
    ("de", "Ich war nicht lange in der Warteschleife.", False, ("speed",)),
    ("de", "Diesmal nur kurz in der Warteschleife, danach freundlich beraten.", False, ("speed",)),
    ("en", "I wasn't on hold for long and the agent sorted it.", False, ("speed",)),
    ("en", "Was not on hold long this time.", False, ("speed",)),
]


@pytest.mark.parametrize(("language", "text", "praising", "credited"), CREDIT_CASES)
def test_a_quote_credits_what_it_praises_not_what_it_complains_about(
    language: str, text: str, praising: bool, credited: tuple[str, ...]
) -> None:
    tokens = tokenize(text)
    themes, found = themes_and_credit(tokens, language, praising=praising)
    assert set(credited) <= set(found) <= {hit.label for hit in themes}
    # Credited themes keep the order of the themes named (best first).
    assert list(found) == [hit.label for hit in themes if hit.label in found]
    if not credited:
        assert found == ()
        assert themes  # the aspect is still named: trends and the evidence keep it
    assert themes == detect_themes(tokens, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "nvm sorted it myself, thanks anyway"),
        ("de", "Hab es selbst gelöst, danke trotzdem."),
    ],
)
def test_what_the_customer_solved_alone_is_no_theme(language: str, text: str) -> None:
    assert themes_and_credit(tokenize(text), language, praising=True) == ((), ())
    assert themes_and_credit(tokenize("She sorted it in minutes"), "en", praising=True)[1]


@pytest.mark.parametrize(
    ("language", "text", "praising"),
    [
        ("en", "It would be nice if you answered emails.", False),
        ("en", "I hope you are more helpful next time.", True),
        ("de", "Ich hoffe, dass Sie beim nächsten Mal freundlicher sind.", False),
        ("de", "Wäre toll, wenn Sie geduldiger wären.", False),
    ],
)
def test_a_wish_or_a_hope_credits_nobody(language, text, praising):
    # a request names what is missing: nobody is praised for it
    _, credited = themes_and_credit(tokenize(text), language, praising=praising)
    assert credited == ()


def test_a_wish_leaves_praise_beside_it():
    text = "Next time I will ask for Anna again, she was so patient."
    _, credited = themes_and_credit(tokenize(text), "en", praising=True)
    assert credited == ("patience",)
