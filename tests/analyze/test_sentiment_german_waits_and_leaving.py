"""German misreads of issue 12's twentieth session: a wait said not to be short praised (its
"nicht" negated the complaint "Wartezeit"), thinking of cancelling weighed nothing ("kündigen"
is administrative), a bare "läuft" praised ("Der Vertrag läuft aus"), a frank "ehrlich gesagt"
praised honesty, thanks and congratulations set off by an addressee escaped the irony check
("Vielen Dank, DB, für 40 Minuten Verspätung"), a salutation to the railway praised, "Keiner
war so freundlich wie Herr Maier" complained, and "überrascht", "möchten" (read as "mochten")
and "besser als nichts" misread; "immer noch kein …", "Geht gar nicht!", "Was soll das?" weighed
nothing. Each has a look-alike that keeps its reading. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import Analyzer
from feedback.analyze.sentiment import RuleBasedScorer

# (quote, label of the rules alone)
READINGS = [
    # a wait said not to be short is a complaint; said short, it is praise
    ("Die Wartezeit war nicht kurz.", "negative"),
    ("Die Wartezeit war nicht gerade kurz.", "negative"),
    ("Die Warteschleife war leider nicht erträglich.", "negative"),
    ("Die Wartezeit war kurz.", "positive"),
    ("Die Wartezeit war nicht lang.", "positive"),
    # thinking of cancelling complains; cancelling itself is administrative
    ("Ich überlege zu kündigen.", "negative"),
    ("Ich überlege, meinen Vertrag zu kündigen.", "negative"),
    ("Wir überlegen ernsthaft, den Anbieter zu wechseln.", "negative"),
    ("Ich möchte meinen Vertrag kündigen.", "neutral"),
    ("Ich überlege, in den größeren Tarif zu wechseln.", "neutral"),
    ("Ich überlege noch. Kündigen möchte ich nicht.", "neutral"),
    # "läuft" alone is no praise; what runs well says so
    ("Der Vertrag läuft aus.", "neutral"),
    ("Die Frist läuft am Freitag ab.", "neutral"),
    ("Es läuft nichts.", "negative"),
    ("Der Laptop läuft heiß.", "negative"),
    ("Läuft wieder, danke!", "positive"),
    ("Seit dem Update läuft alles reibungslos.", "positive"),
    ("Das neue Modem läuft super.", "positive"),
    # a frank opener is no praise of honesty; honesty itself is
    ("Ehrlich gesagt hat mir niemand geholfen.", "negative"),
    ("Ehrlich gesagt weiß ich nicht, wo mein Paket ist.", "neutral"),
    ("Frau Kaya war sehr ehrlich und freundlich.", "positive"),
    # later than planned is late
    ("Ich war vier Stunden später als geplant in Hamburg.", "negative"),
    # praise beside a complaint is ironic, with or without an addressee between
    ("Super, schon wieder Verspätung.", "negative"),
    ("Toll gemacht, DB. Wieder 30 Minuten Verspätung.", "negative"),
    ("Vielen Dank, DB, für 40 Minuten Verspätung.", "negative"),
    ("Danke für 2 Stunden Warteschleife.", "negative"),
    ("Herzlichen Glückwunsch, Deutsche Bahn, wieder zu spät.", "negative"),
    ("Zug verspätet und Anzeige falsch. Glückwunsch, VVS!", "negative"),
    # look-alikes: sincere thanks and congratulations
    ("Vielen Dank, Frau Kaya, für die schnelle Hilfe.", "positive"),
    ("Danke, Herr Maier, für Ihre Geduld.", "positive"),
    ("Herzlichen Glückwunsch, Frau Kaya, zur Beförderung!", "positive"),
    ("Toll gemacht, Frau Kaya! Danke für die schnelle Hilfe.", "positive"),
    # nobody as good as someone praises that one; nobody that good alone complains
    ("Keiner war so freundlich wie Herr Maier.", "positive"),
    ("Niemand war so hilfsbereit wie Frau Kaya.", "positive"),
    ("Nichts schmeckt so gut wie Ihr Kuchen.", "positive"),
    ("Niemand war so unfreundlich wie dieser Mitarbeiter.", "negative"),
    ("Keiner war so freundlich.", "negative"),
    # surprise and "would like" alone are no praise
    ("Ich bin überrascht, dass Sie so hohe Preise verlangen.", "neutral"),
    ("Ich war angenehm überrascht, wie schnell das ging.", "positive"),
    ("Ich war negativ überrascht.", "negative"),
    ("Wir möchten Sie informieren, dass die Lieferung später kommt.", "neutral"),
    ("Ich mochte die Beratung sehr.", "positive"),
    # faint praise is no negated "besser"
    ("Der Gutschein ist besser als nichts.", "positive"),
    # still missing, whatever it is, complains; still no trouble praises
    ("Ich habe immer noch kein Geld zurückbekommen.", "negative"),
    ("Bis heute keine Gutschrift.", "negative"),
    ("Es gab bis heute keine Probleme.", "positive"),
    ("Seit der Reparatur nach wie vor keine Probleme.", "positive"),
    # colloquial complaints
    ("Geht gar nicht!", "negative"),
    ("Was soll das?", "negative"),
    ("Ich wurde einfach aus der Leitung geworfen.", "negative"),
    ("Warum dauert das so lange?", "negative"),
    ("Ich komme nicht weiter.", "negative"),
    # a salutation to the railway or the team, one word on, is no praise
    ("Liebe Deutsche Bahn warum hält der Zug nicht mehr in Celle?", "neutral"),
    ("Hallo liebes Service Team mein Paket ist nicht da.", "neutral"),
    ("Die liebe Frau Kaya war so geduldig.", "positive"),
]


@pytest.mark.parametrize(("quote", "label"), READINGS)
def test_rules_read_waits_and_leaving(rules: RuleBasedScorer, quote: str, label: str) -> None:
    assert rules.score(quote, "de").label == label, quote


def test_not_short_shows_its_words(rules: RuleBasedScorer) -> None:
    verdict = rules.score("Die Wartezeit war nicht kurz.", "de")
    assert [(e.text, e.weight < 0) for e in verdict.evidence] == [("Wartezeit nicht kurz", True)]


def test_leaving_evidence_names_verb_and_cancelling(rules: RuleBasedScorer) -> None:
    verdict = rules.score("Ich überlege, meinen Vertrag zu kündigen.", "de")
    assert [e.text for e in verdict.evidence] == ["überlege kündigen"]
    assert verdict.evidence[0].weight < 0


def test_addressed_thanks_is_ironic(rules: RuleBasedScorer) -> None:
    verdict = rules.score("Vielen Dank, DB, für 40 Minuten Verspätung.", "de")
    assert any(e.text == "Dank (ironic)" and e.weight < 0 for e in verdict.evidence)


@pytest.mark.parametrize(
    ("quote", "label"),
    [
        ("Die Wartezeit war nicht kurz.", "negative"),
        ("Ich überlege zu kündigen.", "negative"),
        ("Der Vertrag läuft aus.", "neutral"),
        ("Läuft wieder, danke!", "positive"),
        ("Super, schon wieder Verspätung.", "negative"),
    ],
)
def test_app_reads_the_known_misreads(analyzer: Analyzer, quote: str, label: str) -> None:
    assert analyzer.analyze(quote, language="de").sentiment.label == label, quote


@pytest.mark.parametrize(
    ("quote", "label"),
    [
        ("Nobody was as kind as Anna.", "positive"),
        ("Nobody was as rude as that agent.", "negative"),
    ],
)
def test_none_as_good_as_in_english(rules: RuleBasedScorer, quote: str, label: str) -> None:
    assert rules.score(quote, "en").label == label, quote
