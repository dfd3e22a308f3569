"""German railway complaints (issue 12, GermEval 2017 train and dev splits): disruptions told as
facts ("Stellwerksstörung", "Strecke gesperrt"), what the train lacked ("Kein WLAN im ICE"),
compounds that read as praise ("Zugunglück", "Polizeieinsatz"), the end of a disruption
("Bahnstreik beendet"), plain questions and colloquial "is". Each has a look-alike that keeps
its reading."""

from __future__ import annotations

import pytest

from feedback.analyze.sentiment import RuleBasedScorer
from feedback.analyze.sentiment.german import german_lexicon
from feedback.analyze.sentiment.questions_de import asks_de
from feedback.analyze.tokens import tokenize_with_breaks


@pytest.fixture(scope="module")
def rules() -> RuleBasedScorer:
    return RuleBasedScorer(models=None)


# (quote, label of the rules alone)
READINGS = [
    ("Wegen einer Stellwerksstörung fallen heute Züge aus.", "negative"),
    ("Die Strecke ist seit gestern gesperrt.", "negative"),
    ("Zwei Reisende wurden beim Zugunglück verletzt.", "negative"),
    ("Notarzteinsatz am Gleis, der Zug steht.", "negative"),
    ("Anschluss verpasst.", "negative"),
    ("Kein WLAN im ICE.", "negative"),
    ("Wieder kein WLAN und keine Klimaanlage.", "negative"),
    ("Kein funktionierendes WLAN, keine Durchsage.", "negative"),
    ("Is so'n bissle nervig, wenn die Kinder in der Bahn drängeln.", "negative"),
    # look-alikes: phrases and praise keep their reading
    ("Kein Problem, danke!", "positive"),
    ("Ich habe keine Frage mehr, danke.", "positive"),
    ("Keine Streiks mehr, endlich!", "positive"),
    ("Die Sperrung ist aufgehoben.", "positive"),
    ("Danke für Ihren tollen Einsatz!", "positive"),
]


def test_railway_readings(rules: RuleBasedScorer) -> None:
    read = {text: rules.score(text, "de").label for text, _ in READINGS}
    assert read == dict(READINGS)


@pytest.mark.parametrize(
    "text",
    ["GDL und Bahn einigen sich! Bahnstreik beendet", "Der Streik ist vorbei."],
)
def test_an_ended_disruption_is_no_complaint(rules: RuleBasedScorer, text: str) -> None:
    assert rules.score(text, "de").compound >= 0


def test_an_ending_before_the_problem_does_not_clear_it(rules: RuleBasedScorer) -> None:
    # "beendet" belongs to the call, the fault is still there
    assert rules.score("Das Gespräch wurde beendet, die Störung besteht.", "de").compound < 0


@pytest.mark.parametrize(
    ("word", "sign"),
    [
        ("zugunglück", -1),  # "un-" before the praise head "Glück"
        ("bahnunglück", -1),
        ("polizeieinsatz", -1),  # not the praised "Einsatz"
        ("weichenstörung", -1),
        ("bahnstreik", -1),
        ("hängengeblieben", 0),  # a neutral head: no "lieben"
        ("kundenfreundlich", 1),
        ("hilfsbereitschaft", 1),
    ],
)
def test_compound_heads(word: str, sign: int) -> None:
    value, _ = german_lexicon().lookup(word)
    assert (value > 0) - (value < 0) == sign


@pytest.mark.parametrize(
    ("text", "asking"),
    [
        ("@user wie bekomme ich das Thüringenticket aus dem Automaten?", True),
        ("Kann man mit dem Ticket auch den RE nehmen?", True),
        ("Gibt es einen Kurs zu den Grundlagen der Elektronik?", True),
        ("Wieso fährt heute kein Zug nach Köln?", False),  # complaining question word
        ("Wann kommt der Zug endlich?", False),
        ("Wo bleibt der Zug?!", False),
        ("Der Zug ist weg. Im IC?", False),  # no question word
    ],
)
def test_german_plain_questions(rules: RuleBasedScorer, text: str, asking: bool) -> None:
    tokens = tokenize_with_breaks(text)
    assert asks_de(tokens, rules.score(text, "de", tokens).evidence) is asking
