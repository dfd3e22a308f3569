"""Shapes added in the fifteenth redaction session: Greek, Polish and Turkish addresses with
their postcodes and towns, an unlisted full name before the customer's town at the end of a
message, "mein Vorname ist …" / "my first name is …", a child's age in brackets after a family
word, a call note's "Cust:", Dublin's "Street Upper"; and the look-alikes that stay."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

AGENTS = ("Heike Roth", "Tom Ross")

REDACTED = [
    ("Neue Anschrift: Odos Ermou 12, Athen 105 63. Danke!", "Neue Anschrift: [ADDRESS]. Danke!"),
    ("Ship to 7 Egnatia Street, 546 30 Thessaloniki please.", "Ship to [ADDRESS] please."),
    ("Adres: ul. Długa 3/5, 00-238 Warszawa", "Adres: [ADDRESS]"),
    (
        "Bitte an al. Jana Pawła II 27 m. 4, 00-867 Warszawa schicken.",
        "Bitte an [ADDRESS] schicken.",
    ),
    ("Teslimat: Bahariye Cad. No: 12 Daire 4, 34714 Kadıköy/İstanbul", "Teslimat: [ADDRESS]"),
    ("Atatürk Mah. Lale Sok. No: 5 D: 2, 35000 Konak/İzmir bitte", "[ADDRESS] bitte"),
    ("Thank you. Kojo Asante-Mensah, Tamale", "Thank you. K. A., Tamale"),
    ("Danke für alles. Amadou Diallo, Dakar", "Danke für alles. A. D., Dakar"),
    ("Kunde: nein, mein Vorname ist Radoslaw.", "Kunde: nein, mein Vorname ist R."),
    ("Customer: my surname is Adeyemi", "Customer: my surname is A."),
    ("Meine Tochter Ama (7) hat geweint.", "Meine Tochter A. (7) hat geweint."),
    ("Cust: Akira Tanaka, called re bill.", "Cust: A. T., called re bill."),
    (
        "Regards,\nAlan Byrne\n3 Gardiner Street Upper, Dublin 1, D01 K7W2",
        "Regards,\nA. B.\n[ADDRESS]",
    ),
]

KEPT = [
    "Artikel 5, 120 30 Euro Rabatt",
    "Seite 4, 120 30 Minuten",
    "Preis: 546 22 Euro",
    "Bitte an al. Jana für 3, 10-100 Sachen",
    "Gazi Cad. ist schön",
    "Kunde: Rechnung kam doppelt.",
    "Mein Sohn Abitur (2020)",
    "Mein Sohn Jahrgang (12) x",
    "Thank you. Great Service, Berlin",
    "Danke für alles. Deutsche Bahn, Berlin",
    "Thanks. New York, Boston",
    "Order arrived. Black Friday, Amazon",
    "Спасибо!",
    "my first name is spelled wrong",
    "Danke an Heike. Tom Ross, Berlin",
]

COUNTRY_AFTER = (
    "Adresse:\nul. Lipowa 4/1\n20-020 Lublin\nPolen\nDanke",
    "Adresse:\n[ADDRESS]\nPolen\nDanke",
)


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_each_shape_is_redacted_and_a_second_run_changes_nothing(text, expected):
    once = redact(text, AGENTS).text
    assert once == expected
    assert redact(once, AGENTS).text == once


@pytest.mark.parametrize("text", KEPT)
def test_the_look_alikes_come_back_unchanged(text):
    assert redact(text, AGENTS).text == text


def test_the_country_on_the_next_line_stays():
    text, expected = COUNTRY_AFTER
    assert redact(text).text == expected


def test_a_closing_before_a_name_and_a_town_is_no_first_name():
    text = "Danke für die Geduld! Lg Sepp Moser, Linz"
    assert redact(text).text == "Danke für die Geduld! Lg S. M., Linz"


def test_a_chats_speaker_label_introduces_no_surname():
    # "Kunde: Geburtsdatum …" gave "Kunde: G. …": the label read as "Name:"
    assert redact("Kunde: Geburtsdatum 4. Mai 1983.").text == "Kunde: Geburtsdatum [BIRTHDATE]."
    assert redact("Kunde: Jetzt läuft es, danke!").text == "Kunde: Jetzt läuft es, danke!"
