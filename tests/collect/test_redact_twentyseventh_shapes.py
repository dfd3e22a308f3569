"""Shapes added in the twenty-seventh redaction session (dev set 27): names signed in Chinese
or Korean characters (``redact_cjk_names``), Hebrew double names joined by a maqaf, a city of a
non-Latin script at the end (kept), "ta - gaz" and ". - tommo k" (``redact_lower_signatures``),
"ich bin die melli wegen …", "Mr P. Mulcahy", "X's daughter, Elif", "Ehepaar Dünnebier",
"Warm wishes, …", handles given as the customer's own ("auf Insta als @…", "🙏 me @…") or of
a name and two parts; and structured data: "83646 Bad Tölz", "Simmeringer Hauptstraße 96a/2/7",
"Via Roma 12/B", numbers after "Mitglied" and "Lieferschein". With their look-alikes."""

from __future__ import annotations

import pytest

from tests.collect.redact_floors import assert_redacted_once

AGENTS = ("Sinead Burke", "Connor Ross", "Kevin Brandl")

REDACTED = [
    ("Vielen Dank für die schnelle Lieferung! 陈伟", "Vielen Dank für die schnelle Lieferung! 陈."),
    ("Thanks so much!\n김민준 🙏", "Thanks so much!\n김. 🙏"),
    ("Thank you for your patience.\nיעל בר־און", "Thank you for your patience.\nי. ב. א."),
    ("sorted in 5 mins, proper legends\n\nta - gaz", "sorted in 5 mins, proper legends\n\nta - G."),
    ("case closed in 5. - tommo k", "case closed in 5. - T. k"),
    (
        "hi ich bin die melli wegen der rechnung, danke",
        "hi ich bin die M. wegen der rechnung, danke",
    ),
    (
        "Refund to account holder Mr P. Mulcahy. Thanks Sinead!",
        "Refund to account holder Mr P. M. Thanks Sinead!",
    ),
    (
        "Hi, this is my dad's daughter, Elif. Dad wants to thank Connor.",
        "Hi, this is my dad's daughter, E. Dad wants to thank Connor.",
    ),
    ("Toller Service! – Ehepaar Dünnebier, Hannover", "Toller Service! – Ehepaar D., Hannover"),
    ("Lovely service. Warm wishes, May Thornton", "Lovely service. Warm wishes, M. T."),
    ("bin auf insta als @jule.vnbrg unterwegs", "bin auf insta als [HANDLE] unterwegs"),
    (
        "big up Ravi 🙏 me @segun_cooks_mcr still cooking",
        "big up Ravi 🙏 me [HANDLE] still cooking",
    ),
    ("@segun_cooks_mcr thanks for the reply", "[HANDLE] thanks for the reply"),
    ("Bitte an Am Mühlbach 4b, 83646 Bad Tölz.", "Bitte an [ADDRESS]."),
    ("Montage in der Simmeringer Hauptstraße 96a/2/7, 1110 Wien", "Montage in der [ADDRESS]"),
    ("address Via Roma 12/B, 20121 Milano. Regards", "address [ADDRESS]. Regards"),
    ("ADAC-Mitglied 221 774 903, danke", "ADAC-Mitglied [REF], danke"),
    ("Lieferschein LS-88102 fehlt", "Lieferschein [REF] fehlt"),
]

KEPT = [
    "Super helpful hotline. Москва",
    "Super helpful hotline. Санкт-Петербург",
    "Vielen Dank für die Rücksendung, Grüße aus Москва",
    "Thanks! 谢谢",
    "Ich habe über 淘宝 bestellt.",
    "thanks - bye",
    "cheers - mate",
    "See page 4. - part b",
    "hallo ich bin der meinung wegen der rechnung",
    "hallo ich bin die chefin wegen der rechnung",
    "Herr B. Danach ging alles schnell.",
    "Das Ehepaar hat sich gefreut.",
    "Sending warm wishes to the team",
    "DM me @BTCare please",
    "@sbb_cff_ffs danke",
    "@ksta_koeln danke",
    "Ich bin seit 2019 Mitglied und zufrieden",
    "Postleitzahl 6900 Bregenz ist im Liefergebiet.",
    "Danke Kevin 🙏 alles top",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED + [(text, text) for text in KEPT])
def test_a_twenty_seventh_session_shape_goes_and_its_look_alike_stays(text, expected):
    assert_redacted_once(text, expected, AGENTS)
