"""Days, the customer's own acts, things named by compounds and purchases earn no theme; the
same words about a person who served keep it (issue 12, the fifth pass over M-ABSA's false
positives)."""

from __future__ import annotations

import pytest

from feedback.analyze.agent_words import LISTS, OTHER, PRODUCT
from feedback.analyze.pipeline import analyze_text
from feedback.analyze.themes import detect_themes
from feedback.analyze.tokens import tokenize_with_breaks


def _themes(text: str, language: str) -> set[str]:
    return {hit.label for hit in detect_themes(tokenize_with_breaks(text), language)}


NOT_ABOUT_AGENTS = [
    # a weekday or an evening names when, not who
    ("de", "War am Samstag hier und war enttäuscht."),
    ("en", "Went there on a Saturday and was disappointed."),
    # "dank" before a thing is the preposition, no thanks
    ("de", "Viel Platz, schnell und langlebig dank guter Technik."),
    # a compound of a weak cue and a thing names the thing
    ("de", "Außerdem hat es ein Schnellladegerät."),
    ("de", "Der Abendessenanteil war ungenießbar."),
    # "extra" paid is a price
    ("de", "Schade, dass ich für die Schale 2 Euro extra bezahlt habe."),
    ("en", "Shame that I paid extra for the stone bowl."),
    # an impersonal "man" with what anyone can do
    ("de", "Es ist recht leicht, sodass man es problemlos transportieren kann."),
    # a repair as an aim
    ("en", "The screen goes black, I tried everything to fix the problem."),
    # the customer's own repair or effort
    (
        "de",
        "Ich kann mich nicht erinnern, wie ich das Problem auf meinem alten Laptop gelöst habe.",
    ),
    ("de", "Ich gebe mir große Mühe, die Zähne meines Hundes sauber zu halten."),
    # the customer described
    ("en", "I'm a professional graphic designer and it's just the industry standard."),
    ("de", "Ich bin ein geduldiger Mensch, aber das Gerät ist eine Katastrophe."),
    # "it's" contracted describes a thing as "it is" does
    ("en", "it's very quick, despite the dsl internet connection we have."),
    ("en", "Its speedy on loading pages."),
    # a product before a time span took that time
    ("en", "Fast delivery within 5 days, and thank you for the free gifts."),
    # an order with goods received is a purchase
    (
        "de",
        "Artikel wie beschrieben per Gutschein innerhalb weniger Tage nach Bestellung erhalten.",
    ),
    # "support" after an auxiliary is a verb
    ("en", "Phone does not support 5GHz broadband speed."),
    # "Telefons" is the phone, "meinen Mitarbeiter" the customer's employee
    ("de", "Ich fand die Gesichtserkennung dieses Telefons äußerst zuverlässig."),
    ("de", "Habe es für meinen Mitarbeiter gekauft und sehr schnell erhalten, obwohl es hakt."),
    # "kaputtgeht" is weak as "kaputt" is; "rechtzeitig" as "pünktlich"
    ("de", "Der Ständer ist nicht sehr stabil, man muss aufpassen, dass er nicht kaputtgeht."),
    ("de", "Kam rechtzeitig an."),
    # a generic "Sie" with its modal last in the clause
    ("de", "Sie bietet Speicherplatz, sodass Sie auch dann sofort darauf zugreifen können."),
    # a service word of a product two words on
    ("en", "Quick response of finger sensor."),
    # idioms and food
    ("en", "The touch is just the kind for old people."),
    ("en", "I was pleasantly suprised."),
    ("de", "Es läuft darauf hinaus, wie viele Masten es gibt."),
    ("en", "Have been several times and it never disappoints."),
    ("en", "Have eaten here several times and it is always good."),
    # "dank" after "und" is the preposition too
    ("de", "Ich streue sie über sein Futter und dank dieser Leckerlis frisst er viel schneller."),
    # instructions and speed are the product's unless someone is named
    ("de", "Meine Körner erholten sich schneller als in der Anleitung angegeben."),
    ("de", "Die Bootgeschwindigkeit ist in Ordnung, der Rest auch."),
    # a noun opening its sentence before a copula
    ("de", "Google-Updates sind superschnell."),
    ("de", "Portoptionen sind auch ganz nett."),
    # a parcel delivered is goods on their way
    ("de", "Wenn Sie Prime-Versand haben, wird ein Paket sehr schnell per UPS geliefert."),
    # "the support of" a thing is a feature
    ("en", "The support of the play store in beta is also a nice addition."),
    # going somewhere is no handling
    ("de", "es reagiert schnell und ich bin zu den Einstellungen gegangen, um sie anzupassen."),
    ("en", "They just don't get loud enough and I listen to music a lot."),
    ("en", "A delicious and sweet tasting bread."),
]

ABOUT_AGENTS = [
    # ... a day backed by a cue that only people earn
    ("de", "Sogar am Samstag hat sie zurückgerufen.", "reachability"),
    ("en", "She even called me back on a Saturday.", "reachability"),
    # ... thanks, and "dank" before a person
    ("de", "Dank Ihnen kann ich wieder telefonieren.", "problem_solved"),
    ("de", "Vielen dank für die schnelle Hilfe!", "speed"),
    # ... a person's extra
    ("de", "Sie hat extra für mich beim Lager angerufen.", "extra_mile"),
    ("en", "He went the extra mile and didn't charge me for it.", "extra_mile"),
    # ... a person's effort
    ("de", "Sie hat sich große Mühe gegeben.", "extra_mile"),
    # ... a repair as an aim of a person, or the customer's relief at a person's repair
    ("de", "Frau Kaya hat sich die Zeit genommen, das Problem zu lösen.", "problem_solved"),
    ("de", "Ich bin froh, dass Sie das Problem gelöst haben.", "problem_solved"),
    ("de", "Ich habe mit Frau Weber das Problem gelöst.", "problem_solved"),
    # ... what happened, told after "bin"/"I'm"
    ("de", "Bin sofort durchgekommen, super", "reachability"),
    # ... the past tense, or a person in the clause
    ("en", "It was very quick, thank you!", "speed"),
    ("en", "It's great how fast you answered.", "speed"),
    ("en", "Fast reply within 5 minutes from the agent.", "speed"),
    ("en", "Quick response from the agent.", "speed"),
    # ... an order set right, the support, the one on the phone, the customer's contact
    ("de", "Meine Bestellung war falsch. Super schnell korrigiert!", "speed"),
    ("en", "The support was quick and helpful.", "speed"),
    ("de", "Die Dame am Telefon war äußerst zuverlässig.", "reliability"),
    ("de", "Danke an meine Ansprechpartnerin, sie war super schnell.", "speed"),
    # ... a polite "Sie" with its modal, a credit on time
    ("de", "Toll, dass Sie auch am Samstag helfen können.", "reachability"),
    ("de", "Die Gutschrift kam rechtzeitig, danke!", "reliability"),
    # ... instructions, speed, staff, handling and a parcel searched for by people
    (
        "de",
        "Frau Lorenz hat mir eine Anleitung per Mail geschickt, super verständlich.",
        "clear_communication",
    ),
    ("de", "Danke für die tolle Anleitung!", "clear_communication"),
    ("de", "Die Geschwindigkeit der Bearbeitung war beeindruckend.", "speed"),
    ("de", "Mitarbeiter sind immer nett.", "friendliness"),
    ("de", "Alles war super schnell erledigt.", "speed"),
    ("de", "Wie schnell das ging!", "speed"),
    ("de", "Dank dieser Mitarbeiterin ging alles schnell.", "speed"),
    ("en", "The support for my account was great and quick.", "speed"),
    ("en", "She explained it several times.", "patience"),
    # ... the same words about people
    ("en", "She was the kindest person I have spoken to.", "friendliness"),
    ("de", "Es läuft wieder, danke!", "problem_solved"),
    ("en", "She really listened to me.", "empathy"),
    ("en", "She was so sweet to my mum.", "friendliness"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ABOUT_AGENTS)
def test_not_about_agents(language: str, text: str) -> None:
    assert not analyze_text(text).credited, text


@pytest.mark.parametrize(("language", "text", "theme"), ABOUT_AGENTS)
def test_about_agents(language: str, text: str, theme: str) -> None:
    assert theme in _themes(text, language)
    assert theme in analyze_text(text).credited


def test_an_aim_alone_credits_no_repair() -> None:
    text = "Bekomme ständig den Bluescreen, habe schon alles versucht, um das Problem zu beheben."
    assert "problem_solved" not in analyze_text(text).credited
    assert "problem_solved" in analyze_text("Sie hat alles versucht, um es zu beheben.").credited


def test_a_blame_with_an_impersonal_must_stays() -> None:
    text = "Schnell war's, aber so von oben herab muss man trotzdem nicht mit mir reden."
    assert _themes(text, "de") == {"speed", "friendliness"}


def test_compound_kinds() -> None:
    """A compound is what its last part after the word it starts with is; a verb in "-ieren"
    holds no person."""
    de = LISTS["de"]
    assert de.kind("Ladegerät") == PRODUCT
    assert de.kind("transportieren") == OTHER
    assert de.compound_thing("Schnellladegerät")
    assert not de.compound_thing("Schnelligkeit")
