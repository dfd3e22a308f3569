"""Names that end a message, stand before the customer's data, or introduce themselves, and
messages typed in one case (redact_trailing.py, redact_cased.cased)."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

AGENTS = ("Lisa Brandt", "Omar Haddad", "Sabine Koch")


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Der Router läuft wieder. Danke! Susanne Albrecht", "Albrecht", "Router"),
        ("Much appreciated, Trevor", "Trevor", "appreciated"),
        ("Super Service! – Martina Lehmann", "Lehmann", "Service"),
        ("Gruß J. R. Zimmermann", "Zimmermann", "Gruß"),
        ("Zur Info: Renate Pohl, geb. 02.05.1961, hat angerufen.", "Pohl", "Info"),
        ("Ingo Berger, Tel. 0171 9876543. Lisa war toll!", "Berger", "Lisa"),
        ("Thanks Omar! Priya Sharma | priya@example.org", "Sharma", "Omar"),
        ("Moin, Kevin hier, danke für den Rückruf!", "Kevin", "Rückruf"),
        ("Ich, Dragan Petrović, bedanke mich herzlich.", "Petrović", "herzlich"),
        ("Wir, Jonas und Mia Hartwig, sagen danke!", "Mia", "danke"),
        ("Ich bin der Vater von Leonie und danke Frau Koch.", "Leonie", "Frau Koch"),
        ("With love from all of us, the Okonkwo family", "Okonkwo", "love"),
        ("danke für alles, gruß jürgen", "jürgen", "danke"),
        ("VIELEN DANK AN FRAU KOCH! MFG WALTRAUD SEIDEL", "SEIDEL", "FRAU KOCH"),
        ("cheers for sorting my bill, greg from leeds", "greg", "leeds"),
        # names the first-name list lacks, where the message ends (no dictionary knows them)
        ("Well done Omar! Tunde Bakare", "Bakare", "Omar"),
        ("Thanks a million! Ciarán Fitzgerald", "Fitzgerald", "million"),
        ("Lisa was lovely with my mum, from Nomvula Khumalo", "Khumalo", "Lisa"),
        ("Danke Frau Koch, Ngozi Okeke", "Okeke", "Frau Koch"),
        # a speaker's own introduction with a name no dictionary knows
        ("I'm Ngozi, 32, from Abuja, and Omar saved my day.", "Ngozi", "Abuja"),
        ("Hi, this is Tunde Bakare from flat 4, thanks Omar!", "Bakare", "Omar"),
        ("Hallo, hier ist Thabo, danke an Frau Koch!", "Thabo", "Frau Koch"),
        # a closing and a first name in lower case, in a message with capitals elsewhere
        ("danke an Lisa! lg nico aus bochum", "nico", "bochum"),
        ("Thanks Omar, cheers greg", "greg", "Omar"),
        # ... with a surname, also with an apostrophe or a hyphen
        ("Thanks Omar. cheers, dave o'connor", "connor", "Omar"),
        ("Thanks Omar. thanks, mary-jane smith", "smith", "Omar"),
        ("Danke an Lisa. LG, jürgen müller", "müller", "Lisa"),
        ("Thanks Omar, cheers greg smith from leeds", "smith", "leeds"),
        # an emoji right after a signature's name
        ("Sie hat alles gelöst. Eure zufriedene Kundin Renate😊", "Renate", "gelöst"),
    ],
)
def test_the_customers_name_goes_and_the_rest_stays(text, gone, kept):
    out = redact(text, AGENTS).text
    assert gone not in out, out
    assert kept in out, out
    assert redact(out, AGENTS).text == out  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "Danke an Lisa!",  # our agent
        "Weiter so! Daumen hoch",  # not a first name
        "Bei Fragen: 0800 123456",  # "Bei" is a listed first name, and a preposition
        "Das Paket kam am Freitag. Top!",
        "Frau Koch hat mir sehr geholfen, vielen Dank.",
        "ICH BIN SO FROH, DASS FRAU KOCH MIR GEHOLFEN HAT",  # capitals: function words stay
        "hat alles geklappt, danke an frau koch",  # lower case: the agent stays
        # the last words are words a dictionary knows: a brand, a wish, praise
        "Alles gut gelaufen. Vodafone Deutschland",
        "Thank you all! Merry Christmas",
        "Sorted in minutes. Great Service",
        "Tunde Bakare",  # a message that is only a name thanks nobody: left to the reader
        "Ich bin Kundin seit 10 Jahren und Frau Koch ist toll.",  # words a dictionary knows
        "I'm German and the service was great.",
        "This is Zalando support, and Lisa was great",  # a brand, and the clause goes on
        "Quite possibly the best tea",  # "best" closes no letter here, "Tea" is a name too
        "Thanks Omar, cheers mate",
    ],
)
def test_no_name_here_nothing_changes(text):
    out = redact(text, AGENTS).text
    # placeholders of data are fine ("Bei Fragen: [PHONE]"), no name may be made up
    assert not any(f.kind.value == "name" for f in redact(text, AGENTS).findings), out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("aber Jürgen Vogtländer aus der Buchhaltung meinte, ich soll anrufen", "Vogtländer"),
        ("I was chatting to Trevor Banks from my running club about you.", "Banks"),
        ("Wir, Michael, Sandra und die kleine Emma, sagen danke.", "Sandra"),
        ("From all of us – Gary, Louise, and the twins Ben and Molly – thanks!", "Louise"),
        ("Ahmed's order finally arrived!", "Ahmed"),
        # form fields, mail headers, c/o, flats
        ("Absender: Lindqvist, Heinrich – vielen Dank!", "Lindqvist"),
        ("Von: Tanja Roth\nBetreff: Lob", "Roth"),
        ("Bitte an Jana Wolff, c/o Brückner, schicken.", "Brückner"),
        ("Neu: Wilhelm-Busch-Weg 11, App. 4, 30159 Hannover.", "App. 4"),
        ("Delivered to 12 Elm Road, Flat 2, Leeds LS1 4AB today.", "Flat 2"),
        # particles, kin words, extensions, births
        ("Ich bin Niederländerin, Ilse de Vries, und danke Omar.", "Vries"),
        ("Habe mit meinem Nachbarn Heinz gesprochen.", "Heinz"),
        ("his sister Morag helped with the forms", "Morag"),
        ("direct line +44 20 7123 4567 ext. 204, thanks!", "204"),
        ("Kundendaten: * 17.09.1955, Kd-Nr. 112 884 09.", "09"),
        ("Ich bin am 1. April 1980 geboren, kein Scherz.", "1980"),
        ("Verwendungszweck: Vertrag 88-123-45", "88-123-45"),
    ],
)
def test_names_without_a_cue_word_form_fields_and_flats(text, gone):
    out = redact(text, AGENTS).text
    assert gone not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Nette Geste mit der Gutschrift.",
        "Merry Christmas to the whole team!",
        "Heute hat Anna Geburtstag, und Omar hat geholfen.",
        "Danke, dass Lisa Zeit hatte.",  # the agent's first name starts no full name
        "Thanks Omar, cheers ben too",  # a lower-case signature's surname is no word like "too"
        "Thanks Omar, cheers lisa brandt",  # the agent, in lower case
    ],
)
def test_phrases_that_look_like_full_names_stay(text):
    assert redact(text, AGENTS).text == text


def test_a_companys_hotline_and_role_mailbox_stay_a_customers_own_number_goes():
    text = "Hotline 0800 555 0199, Mail an kundenservice@example.de; ich: 0171 2345678"
    out = redact(text, AGENTS).text
    assert "0800 555 0199" in out
    assert "kundenservice@example.de" in out
    assert "0171" not in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Reviewed by Oluwaseun Adeyemi\nChidi was patient.", "Adeyemi"),
        ("Grace Thompson commented: shout out to Omar!", "Thompson"),
        ("Johanna Asante and family say thank you to Omar.", "Asante"),
        ("my sister @anjali_mehta_ was impressed too", "anjali"),
        ("paid into sort code 20-00-00 within a week", "20-00-00"),
        ("Eircode D02 X285, mobile 087 123 4567", "X285"),
        ("Parcel got to 17 Wattle Street, Surry Hills NSW 2010.", "2010"),
    ],
)
def test_reviews_posts_handles_and_postcodes(text, gone):
    assert gone not in redact(text, AGENTS).text


def test_a_brand_handle_a_hotline_and_an_idiom_stay():
    text = "@ShopRiteNG called 1-800-555-0199 and Bob's your uncle, Omar fixed it."
    assert redact(text, AGENTS).text == text
