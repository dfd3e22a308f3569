"""Shapes added in the sixteenth redaction session: one unlisted word after a short sentence of
thanks or blessing, a relative named after a titled name in the possessive, "Name Nowak, Marta",
"account name", a signed name with an emoji after a greeting, "da." ending a sentence, an
unlisted relative before "und ich", a name spelled out letter by letter; and the look-alikes
that stay."""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact

AGENTS = ("Heike Roth", "Tom Ross")

REDACTED = [
    ("Thanks. Adaeze", "Thanks. A."),
    ("God bless you all. Ngozi", "God bless you all. N."),
    ("Gott vergelt's Ihnen allen. Ifeoma", "Gott vergelt's Ihnen allen. I."),
    ("Läuft wieder. Danke! Chinonso-Eze", "Läuft wieder. Danke! C."),
    ("This is Mrs Okafor-Williams's daughter, Tolu.", "This is Mrs O. daughter, T."),
    ("Mr Mensah-Bonsu's son, Kojo, rang.", "Mr M. son, K., rang."),
    ("I'm Mrs Wanjiku's neighbour, Achieng, hi.", "I'm Mrs W. neighbour, A., hi."),
    ("Frau Okafor-Meyers Sohn, Chidi, rief an.", "Frau O. Sohn, C., rief an."),
    ("Mrs Smith's son, Tom, was kind.", "Mrs S. son, Tom, was kind."),
    ("Geburtsdatum 4. Mai 1983, Name Nowak, Marta.", "Geburtsdatum [BIRTHDATE], Name N., M."),
    ("Name Horvat, Ivana, account 33019822.", "Name H., I., account [REF]."),
    ("Refund please, account name Oluwadamilare Bello.", "Refund please, account name O. B."),
    ("LG aus Linz, Jovana 😘 neue Nummer folgt", "LG aus Linz, J. 😘 neue Nummer folgt"),
    ("Ich bin ab 17 Uhr da. Sonja", "Ich bin ab 17 Uhr da. S."),
    ("Meine Schwester Fatou und ich danken Ihnen.", "Meine Schwester F. und ich danken Ihnen."),
    ("Customer: my name is Bukola, B-U-K-O-L-A", "Customer: my name is B., B."),
    ("this is Ngozi Chukwu, that's C-H-U-K-W-U.", "this is N. C., that's C."),
]

KEPT = [
    "Ändert das. Bitte. Danke. MfG",
    "Thanks. Bye",
    "Danke. Top",
    "Danke für alles. Gracias",
    "God bless you all. Amen",
    "Ich danke Herrn Roth für seine Geduld. Спасибо!",
    "Thanks for everything you did for my mother last week, it meant so much. Zalando",
    "Der Name Müller, der ist häufig.",
    "Name Service, bitte.",
    "Mein Bruder Schatz und ich",
    "Mein Sohn Abitur und ich",
    "Das ist W-L-A-N",
    "S-T-O-P, Stop",
    "N-A-S-A and NASA",
    "Thanks. Heike",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_shape_is_redacted_a_look_alike_stays_and_a_second_run_changes_nothing(text, expected):
    once = redact(text, AGENTS).text
    assert (once, redact(once, AGENTS).text) == (expected, expected)
