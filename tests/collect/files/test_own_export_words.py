"""Our own human exports read back as stored: placeholders in words become their tokens again,
in either language, and the CSV formula guard's ``'`` goes (a customer's own ``'`` stays)."""

from __future__ import annotations

import pytest

from feedback.collect.files.own_export import stored_placeholders, unguarded
from feedback.render.placeholders import shown_text


@pytest.mark.parametrize(
    "stored",
    [
        "Rufen Sie mich an: [PHONE]. Danke!",
        "Meine Kundennummer [REF] hatte sie sofort",
        "Kunden-Nr. [REF], Telefon [PHONE], Mail [EMAIL]",
        "(Antwort gern an [EMAIL]) Die neue Adresse ist [ADDRESS].",
        "Please refund to my account [IBAN]. My customer number is [REF].",
        "My new address is [ADDRESS]. Card number: [CARD]",
        "Danke, [NAME]! Geboren am [BIRTHDATE], Ausweis [ID]",
        "Link: [URL] und [HANDLE]",
    ],
)
@pytest.mark.parametrize("lang", ["de", "en"])
def test_words_the_export_wrote_read_back_as_the_stored_text(stored, lang):
    written = shown_text(stored, lang, no_break=False)
    assert written != stored
    assert stored_placeholders(written) == stored


def test_brackets_a_customer_wrote_stay():
    for text in ("Ich schrieb [entfernt] selbst", "[Telefon] ist kein Platzhalter", "a [b] c"):
        assert stored_placeholders(text) == text


@pytest.mark.parametrize(
    ("cell", "stored"),
    [("'=SUMME(A1)", "=SUMME(A1)"), ("'-5", "-5"), ("'@here", "@here"), ("'nett'", "'nett'")],
)
def test_the_formula_guard_goes_and_a_quote_mark_of_the_customer_stays(cell, stored):
    assert unguarded(cell) == stored
