"""What German customers write that the words misread (issue 12, nineteenth session): a letter's
salutation ("Liebes Team, …") praised, "nicht mehr" at a clause's end negated nothing, "leider
nicht" praised (the negator flipped "leider"), requests for understanding, patience or help
praised, thanks too great for words were negated, "vollständig" read as "ständig", "lieber" as
"rather" praised, "Die Wartezeit war kurz" complained, "betrug 45 Minuten" was fraud, and billing
errors and no-shows weighed nothing. Each has a look-alike that keeps its reading. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from feedback.analyze.sentiment import RuleBasedScorer


@pytest.fixture(scope="module")
def rules() -> RuleBasedScorer:
    return RuleBasedScorer(models=None)


# (quote, label of the rules alone)
READINGS = [
    # a salutation is no praise; the rest of the letter decides
    ("Liebes Team, mein Paket ist immer noch nicht da.", "negative"),
    ("Lieber Herr Maier, die Rechnung stimmt nicht.", "neutral"),
    ("Hallo liebe Telekom, seit Montag habe ich kein Internet.", "negative"),
    ("Liebe Frau Schulz ich warte seit drei Wochen auf Ihre Antwort.", "negative"),
    ("Liebe @user, wann kommt der Techniker?", "neutral"),
    # look-alikes: "lieb" as praise, thanks and greetings
    ("Lieben Dank, Emma!", "positive"),
    ("Die liebe Frau Kaya war so geduldig.", "positive"),
    ("Sie war am Telefon total lieb.", "positive"),
    # a negating phrase at the clause's end negates the predicate before it
    ("Das Gerät funktionierte nach zwei Wochen nicht mehr.", "negative"),
    ("Die Hotline war ab 18 Uhr nicht mehr erreichbar.", "negative"),
    ("Geholfen hat mir das nicht wirklich.", "negative"),
    ("So pünktlich war der Zug seit Jahren nicht mehr.", "positive"),
    ("Ich war lange nicht mehr so zufrieden.", "positive"),
    ("Die Mitarbeiter sind nicht mehr so freundlich wie früher.", "negative"),
    # "leider" comments on the clause; the negator does not flip it
    ("Der Techniker kam leider nicht.", "negative"),
    ("Leider nicht.", "negative"),
    ("Die Anmeldung klappt leider nicht.", "negative"),
    # asked for, not given
    ("Wir bitten um Ihr Verständnis.", "neutral"),
    ("Ich bitte Sie um etwas Geduld.", "neutral"),
    ("Ich brauche dringend Hilfe mit meinem Router.", "neutral"),
    ("Vielen Dank für Ihr Verständnis und Ihre Geduld!", "positive"),
    ("Danke für die schnelle Hilfe.", "positive"),
    # thanks too great for words
    ("Ich kann Frau Schulz nicht genug danken.", "positive"),
    ("Ich kann mich gar nicht genug bei Ihnen bedanken!", "positive"),
    ("Diesen Kundendienst kann ich nicht genug empfehlen.", "positive"),
    ("Ich kann das nicht empfehlen.", "negative"),
    # "voll|ständig" is complete, "ständig" constantly
    ("Die Unterlagen sind vollständig angekommen.", "neutral"),
    ("Die Unterlagen waren unvollständig.", "negative"),
    ("Der Router fällt ständig aus.", "negative"),
    # "lieber" as "rather"
    ("Ich fahre lieber mit dem Auto.", "neutral"),
    ("Ein sehr lieber Kollege hat mir geholfen.", "positive"),
    # what did not come, what was charged wrongly, what insulted
    ("Der Techniker ist nicht erschienen.", "negative"),
    ("Die Lieferung ist noch nicht angekommen.", "negative"),
    ("Das Paket ist gestern angekommen.", "neutral"),
    ("Bis heute hat mich niemand angerufen.", "negative"),
    ("Mir wurde zu viel berechnet.", "negative"),
    ("Der Betrag wurde doppelt abgebucht.", "negative"),
    ("Die Dame an der Hotline war beleidigend.", "negative"),
    ("Die Hotline ist schwer zu erreichen.", "negative"),
    # a wait called short after it is named; "betrug" before an amount is no fraud
    ("Die Wartezeit war kurz.", "positive"),
    ("Die Wartezeit am Telefon war erträglich.", "positive"),
    ("Die Wartezeit war gar nicht lang.", "positive"),
    ("Die Wartezeit betrug nur zwei Minuten.", "positive"),
    ("Die Wartezeit war viel zu lang.", "negative"),
    ("Die Wartezeit betrug 45 Minuten.", "negative"),
    ("Das ist Betrug!", "negative"),
    # nobody could help, nothing was answered
    ("Leider konnte mir niemand helfen.", "negative"),
    ("Niemand konnte mir helfen.", "negative"),
    ("Meine Mail von letzter Woche wurde nicht beantwortet.", "negative"),
    ("Frau Kaya konnte mir helfen.", "positive"),
]


@pytest.mark.parametrize(("quote", "label"), READINGS)
def test_rules_read_letters(rules: RuleBasedScorer, quote: str, label: str) -> None:
    assert rules.score(quote, "de").label == label, quote


def test_salutation_leaves_the_evidence(rules: RuleBasedScorer) -> None:
    verdict = rules.score("Liebes Team, mein Paket ist immer noch nicht da.", "de")
    assert all(e.text.lower() != "liebes" for e in verdict.evidence)


def test_phrase_negator_shows_whole(rules: RuleBasedScorer) -> None:
    verdict = rules.score("Das Gerät funktionierte nach zwei Wochen nicht mehr.", "de")
    assert [e.text for e in verdict.evidence] == ["funktionierte nicht mehr"]


def test_salutation_after_a_subject_line(rules: RuleBasedScorer) -> None:
    verdict = rules.score("Betreff: Rechnung Liebes Service-Team, die Rechnung ist falsch.", "de")
    assert verdict.label == "negative"
    assert all(e.weight < 0 for e in verdict.evidence)
    loved = rules.score("Sie hat mit viel Liebe, Geduld und Humor geholfen.", "de")
    assert any(e.text == "Liebe" for e in loved.evidence)
