"""Shapes added in the twenty-second redaction session: a relative called a housemate; the
particles "de los"/"de las"; a rank of nobility between the given name and "von" ("Konstantin
Graf von Bredow") and before a name in a signature ("Countess Beatrix von Lindau"); a
lower-case signature with Polish or Turkish letters ("mfg wojtek zieliński"); a first name
typed without its accents ("- sinead"); two unlisted name words before "hier"/"here"; a name
in brackets after "Ich"/"I"; a neighbour called by the surname ("bei Nachbarin Demirci"); and
a second closing after "Thanks again." that is no name. And the look-alikes that stay."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Heike Roth", "Kim Lee")

REDACTED = [
    ("My housemate Tadeusz rang Kim twice.", "My housemate T. rang Kim twice."),
    ("I'm Rosa de las Heras, thanks Kim", "I'm R. H., thanks Kim"),
    ("Mein Name ist Otto Graf von Lambsdorff, danke.", "Mein Name ist O. G. L., danke."),
    (
        "Ich bin Clara Freifrau von Stein und danke Frau Roth",
        "Ich bin C. F. S. und danke Frau Roth",
    ),
    (
        "Thank you.\n\nKind regards,\nBaroness Ada von Kessel",
        "Thank you.\n\nKind regards,\nBaroness A. K.",
    ),
    ("Danke Heike! mfg bartek wiśniewski", "Danke Heike! mfg B. W."),
    ("thanks kim, all sorted - padraig", "thanks kim, all sorted - P."),
    ("Kim fixed it, cheers - sinead", "Kim fixed it, cheers - S."),
    ("Hallo, Ifeoma Nwankwo hier. Danke Frau Roth!", "Hallo, I. N. hier. Danke Frau Roth!"),
    ("Ich (Oluwadamilare Akande) bin zufrieden.", "Ich (O. A.) bin zufrieden."),
    ("I (Siobhan) called Kim", "I (S.) called Kim"),
    ("Bitte bei Nachbar Szymański klingeln.", "Bitte bei Nachbar S. klingeln."),
    ("meine Nachbarin Wróblewska hat es", "meine Nachbarin W. hat es"),
    ("Thanks again.\n\nSincerely,\nMarta Ruiz", "Thanks again.\n\nSincerely,\nM. R."),
    # a rank with no given name before it is the surname; the company after "von" stays
    (
        "Frau Graf von der Telekom war super, danke Heike",
        "Frau G. von der Telekom war super, danke Heike",
    ),
]

KEPT = [
    # a dictionary knows the words after the neighbour, or the noun is typed in lower case
    "Bitte beim Nachbarn Bescheid sagen",
    "Nachbar Paket abgegeben",
    "geile nachbarin Porno Video Clips",
    # "Herzog von" is a title alone
    "Der Herzog von Edinburgh",
    # words in the bracket that a dictionary knows
    "I (Customer Service) called",
    "Ich (Kunde seit 2010) bin zufrieden",
    "Ich (Mutter) war da",
    # an unaccented form that is a word, a product after a dash
    "ok - come",
    "Tolles Produkt - Philips Sonicare",
    "Customer Service here, how can we help",
    "Danke. Gruß aus Łódź",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_twenty_second_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)
