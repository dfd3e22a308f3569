"""Shapes added in the fourteenth redaction session: formal closings before a name with "von"
("Hochachtungsvoll, …", "Gez. …"), a lower-case closing after "danke!", "xo", "ich bins,",
"it's me again,", "hi im …", a lower-case first name and surname after "its", an unlisted
first name after "meine Frau", a nickname in quotes, Reddit users, a person's name in a web
address's path, a "|" between street and postcode, an Australian unit before the house number
and a Canadian town and postal code after the street, a date after a titled name in a call
note, the customer thanked on the agent's lines of a transcript; and the look-alikes that
stay."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

AGENTS = (
    "Rolf Arnold",
    "Jess Moore",
    "Dean Fox",
    "Leo Grant",
    "Nia Roberts",
    "Freya Hill",
    "Leah Ford",
    "Lukas Möller",
)

REDACTED = [
    (
        "Vielen Dank für Ihre Mühe. Hochachtungsvoll, Adelheid von Bismarck-Schönhausen",
        "Vielen Dank für Ihre Mühe. Hochachtungsvoll, A. B.",
    ),
    ("Danke an Herrn Arnold.\nGez. Leopold von Trotha", "Danke an Herrn Arnold.\nGez. L. T."),
    ("Der Techniker war super. danke! lg finja", "Der Techniker war super. danke! lg F."),
    ("thank u to Jess!!! xo kenz", "thank u to Jess!!! xo K."),
    ("Hallo Team, ich bins, Lea-Sophie! Danke", "Hallo Team, ich bins, L.! Danke"),
    ("hey its me again, tobi. tell jess thanks x", "hey its me again, T. tell jess thanks x"),
    ("hi im anne-marie, the engineer dean was great", "hi im A., the engineer dean was great"),
    ("hi its bartosz nowicki, account closed", "hi its B. N., account closed"),
    ("Meine Frau Ngozi und ich danken Herrn Arnold.", "Meine Frau N. und ich danken Herrn Arnold."),
    ("Thanks to Freya. From William 'Billy' Hargreaves", "Thanks to Freya. From W. (B.) H."),
    ("u/dan_m1987 here. Leo from support is great", "[HANDLE] here. Leo from support is great"),
    (
        "My blog: www.sophies-baking-corner.co.uk/sophie-marchant – thanks Nia",
        "My blog: [URL] – thanks Nia",
    ),
    ("Beste Grüße\nKoppelweg 4 | 25813 Husum", "Beste Grüße\n[ADDRESS]"),
    ("Post to 3/14 Pittwater Rd, Manly NSW 2095 please", "Post to [ADDRESS] please"),
    ("Send it to 120 Rue Sherbrooke, Québec QC G1R 2B3. Merci", "Send it to [ADDRESS]. Merci"),
    (
        "Spoke to customer (Mrs Morag Sinclair, 19 Mar 1957, postcode KW15 1AB).",
        "Spoke to customer (Mrs M. S., [BIRTHDATE], postcode [ADDRESS]).",
    ),
    (
        "Frau Erna Kühn, 12.03.1941, wohnt jetzt in Kiel",
        "Frau E. K., [BIRTHDATE], wohnt jetzt in Kiel",
    ),
    (
        "Agent Leah: Thanks Bartosz, done.\nCustomer: cheers Leah",
        "Agent Leah: Thanks B., done.\nCustomer: cheers Leah",
    ),
    ("[10:07] Lukas (Support): Danke, Shirin!", "[10:07] Lukas (Support): Danke, S.!"),
    # "von" and what follows stay where no formal closing stands before the name
    ("Viele Grüße, Lisa von Flixbus", "Viele Grüße, L. von Flixbus"),
    ("Gez. Lisa von nebenan", "Gez. L. von nebenan"),
]

KEPT = [
    "meine Frau Doktor hat gesagt, es passt",
    "its me again, is it fine now?",
    "im Moment ist alles gut, hi im Laden war es toll",
    "hi im good thanks",
    "its going fine here",
    "see https://www.shop.de/products/jordan-shoes ok",
    "https://example.de/hilfe/kontakt-formular",
    "r/unitedkingdom is great",
    "Seite 3/14 Regeln",
    "Meine PLZ ist 80331, München.",
    "Postleitzahl 6900 Bregenz ist im Liefergebiet.",
    "Customer: Thanks Leah, that was quick",
    "Dear Mr Grant, 3 March 1999 was when we met",
    "Herr Arnold, 03.12.2026, hat angerufen",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_each_shape_is_redacted_and_a_second_run_changes_nothing(text, expected):
    first = redact(text, AGENTS)
    assert first.text == expected
    assert first.findings, "something was found"
    assert redact(first.text, AGENTS).text == expected


@pytest.mark.parametrize("text", KEPT)
def test_the_look_alikes_come_back_unchanged(text):
    result = redact(text, AGENTS)
    assert (result.text, result.findings) == (text, ())
