"""Shapes added in the twenty-sixth redaction session: customers' names in a non-Latin letter
script (Cyrillic, Greek, Hebrew, Arabic) where the Latin rules find a name, and a run of one to
three such words that ends the message (``redact_script_names``). And the look-alikes that stay:
thanks and greetings in those scripts, agents' names in them, words in lower case, product and
place names in running text."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Jess Walker", "Мария Иванова", "Олга Петрова", "Yossi Levi")

REDACTED = [
    ("Danke!\n\n— Сергей Иванов.", "Danke!\n\n— С. И."),
    ("Paket ist da, danke! مُحَمَّد", "Paket ist da, danke! مُ."),
    ("Danke für die schnelle Hilfe! Наталья Орлова", "Danke für die schnelle Hilfe! Н. О."),
    ("Thanks a lot, Jess! – נועה", "Thanks a lot, Jess! – נ."),
    ("Thanks!! 🙏 محمد علي", "Thanks!! 🙏 م. ع."),
    ("Beste Grüße\nיעל ברק", "Beste Grüße\nי. ב."),
    ("Mit freundlichen Grüßen, Γιώργος Νικολάου", "Mit freundlichen Grüßen, Γ. Ν."),
    ("Frau حسن war sehr geduldig.", "Frau ح. war sehr geduldig."),
    (
        "My name is Ярослав Коваленко and I wanted to say thanks.",
        "My name is Я. К. and I wanted to say thanks.",
    ),
    ("Ich bin Ελένη und bin sehr zufrieden.", "Ich bin Ε. und bin sehr zufrieden."),
    (
        "My wife ليلى was delighted with the new tariff.",
        "My wife ل. was delighted with the new tariff.",
    ),
    (
        "Hallo, mein Bruder Артём hat den Router bekommen.",
        "Hallo, mein Bruder А. hat den Router bekommen.",
    ),
    ("Kind regards, Mr כהן", "Kind regards, Mr כ."),
    ("Hallo Jess, danke! – Qassem & أحمد", "Hallo Jess, danke! – Q. & أ."),
]

KEPT = [
    # thanks and greetings in the customer's language
    "Super Service, danke! شكرا",
    "Great support, thank you! Спасибо",
    "Danke, toda raba! תודה רבה",
    "Ευχαριστώ πολύ! The team was fantastic.",
    "спасибо, the engineer was great",
    "Amazing support, شكرا جزيلا!",
    "Vielen Dank! שלום",
    # agents' names in their script
    "Thanks to Мария for the help!",
    "Frau Петрова war sehr freundlich, danke!",
    # words in lower case or capitals of a cased script, product and place names in a sentence
    "Ich habe über Яндекс Маркет bestellt und der Kundenservice war top.",
    "I ordered and the Яндекс Go driver was lovely.",
    "Wir waren in Αθήνα, alles super",
    "Tolle Hülle für mein iPhone-Чехол",
    "Danke an das Team von МТС",
    # Arabic-Indic digits are no name
    "Danke – ١٢٣",
    # a text without Latin words
    "Отличный сервис, спасибо Наталья",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_twenty_sixth_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)
