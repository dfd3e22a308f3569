"""The name rules of issue 12, case by case: introductions, family, signatures, initials, PO boxes.

These are the development examples the rules were tuned on; the held-out cases are in
tests/fixtures/redaction_cases.jsonl (see test_redact_eval.py).
"""

from __future__ import annotations

import pytest

from feedback.collect.redact import redact
from feedback.first_names import first_names, is_first_name

NONE: tuple[str, ...] = ()

# (id, input, agents' names, expected output)
REDACTED = [
    # self-introductions
    ("intro_mein_name", "Guten Abend, mein Name ist Ulrike Brandt und ich rufe an.", NONE,
     "Guten Abend, mein Name ist U. B. und ich rufe an."),
    ("intro_surname_only", "Mein Name ist Petersen, danke!", NONE, "Mein Name ist P., danke!"),
    ("intro_lautet", "Mein Name lautet Reinhard Voss.", NONE, "Mein Name lautet R. V."),
    ("intro_name_colon", "Name: Carola Pieper", NONE, "Name: C. P."),
    ("intro_heisse", "Ich heiße Bernd, bin 67.", NONE, "Ich heiße B., bin 67."),
    ("intro_ich_bin", "Hallo, ich bin Martina und wollte Danke sagen.", NONE,
     "Hallo, ich bin M. und wollte Danke sagen."),
    ("intro_ich_bin_der", "Ich bin der Uwe aus Kassel.", NONE, "Ich bin der U. aus Kassel."),
    ("intro_hier_spricht", "Hier spricht Gerlinde Haas.", NONE, "Hier spricht G. H."),
    ("intro_my_name", "My name is Derek Holt, customer since 2010.", NONE,
     "My name is D. H., customer since 2010."),
    ("intro_im", "I'm Lucy and this was my first call.", NONE,
     "I'm L. and this was my first call."),
    ("intro_after_closing", "Best regards\nI'm Lucy.", NONE, "Best regards\nI'm L."),
    ("intro_this_is", "This is Harriet from Glasgow.", NONE, "This is H. from Glasgow."),
    ("intro_signs_as", "Ich unterschreibe als Martha Engel.", NONE, "Ich unterschreibe als M. E."),
    # family members
    ("family_tochter", "Unsere Tochter Leonie hat den Router angeschlossen.", NONE,
     "Unsere Tochter L. hat den Router angeschlossen."),
    ("family_comma", "Mein Bruder, Stefan, hat es mir empfohlen.", NONE,
     "Mein Bruder, S., hat es mir empfohlen."),
    ("family_wife", "Meine Frau Sabine hat angerufen.", NONE, "Meine Frau S. hat angerufen."),
    ("family_two", "Meine Kinder Paul und Greta freuen sich.", NONE,
     "Meine Kinder P. und G. freuen sich."),
    ("family_en", "My daughter Poppy and my son Jake love the app.", NONE,
     "My daughter P. and my son J. love the app."),
    ("family_en_late", "my late husband Walter would have loved this", NONE,
     "my late husband W. would have loved this"),
    ("family_en_comma", "My mom, Linda, is thrilled.", NONE, "My mom, L., is thrilled."),
    ("family_oma", "Oma Hilde kann jetzt telefonieren!", NONE, "Oma H. kann jetzt telefonieren!"),
    ("family_uncle", "Uncle Bob said you were great.", NONE, "Uncle B. said you were great."),
    # signatures after a comma or a line break
    ("sign_ihre", "Vielen Dank für alles!\nIhre Brigitte Sommer", NONE,
     "Vielen Dank für alles!\nIhre B. S."),
    ("sign_dein", "Bis bald, Dein Jannik", NONE, "Bis bald, Dein J."),
    ("sign_eure", "Liebe Grüße, eure Steffi", NONE, "Liebe Grüße, eure S."),
    ("sign_thanks_line", "Great help.\nThanks,\nNigel", NONE, "Great help.\nThanks,\nN."),
    ("sign_danke_end", "Danke, Carsten Wolf", NONE, "Danke, C. W."),
    ("sign_dash", "Danke! — Yvonne", NONE, "Danke! — Y."),
    ("sign_gruss", "Gruß Ralf", NONE, "Gruß R."),
    ("sign_name_line", "Super gemacht!\n\nSusanne Pohl", NONE, "Super gemacht!\n\nS. P."),
    ("sign_initial_line", "Alles klar.\nT. Fischer", NONE, "Alles klar.\nT. F."),
    ("sign_couple_line", "Herzlichen Dank!\nElke & Manfred Hofer", NONE,
     "Herzlichen Dank!\nE. & M. H."),
    ("sign_title_academic", "Mit freundlichen Grüßen\nDr. med. Karin Seidel", NONE,
     "Mit freundlichen Grüßen\nDr. med. K. S."),
    # middle initials
    ("middle_initial_closing", "Kind regards,\nSimon P. Crane", NONE, "Kind regards,\nS. P. C."),
    ("middle_initial_intro", "My name is Sarah J. Connor.", NONE, "My name is S. J. C."),
    # PO boxes
    ("pobox_de_grouped", "Postfach 90 11 22, 70173 Stuttgart", NONE, "[ADDRESS]"),
    ("pobox_de_plain", "Meine Post geht an Postfach 2211.", NONE, "Meine Post geht an [ADDRESS]."),
    ("pobox_en", "Send it to PO Box 310, Cork.", NONE, "Send it to [ADDRESS], Cork."),
    ("pobox_en_dots", "P.O. Box 12345 Dallas, TX 75201", NONE, "[ADDRESS]"),
    # chat style, initials and "von" in signatures, family in the third person (dev set 4)
    ("here_intro", "Marta Nowak here, thanks to Mr Ali!", ("Omar Ali",),
     "M. N. here, thanks to Mr Ali!"),
    ("here_lower_initial", "sandra k here, thx to dev!!", NONE, "S. K. here, thx to dev!!"),
    ("hier_intro", "Hallo, Jens hier. Danke an Frau Roth!", ("Eva Roth",),
     "Hallo, J. hier. Danke an Frau Roth!"),
    ("dash_sign_off", "my number is new btw lol. -Brittany", NONE,
     "my number is new btw lol. -B."),
    ("family_end", "Mr Singh set up her plan. Very grateful. The Robinsons", ("Raj Singh",),
     "Mr Singh set up her plan. Very grateful. The R."),
    ("family_word", "thanks from the Okafor family 💕", NONE, "thanks from the O. family 💕"),
    ("closing_initial", "Danke an Frau Wolff! MfG R. Hägele", ("Ute Wolff",),
     "Danke an Frau Wolff! MfG R. H."),
    ("best_initial", "Thank you to Agent Lopez. Best, K. Nakamura", NONE,
     "Thank you to Agent Lopez. Best, K. N."),
    ("title_initial_line", "Kind regards\nMr G. Ellsworth", NONE, "Kind regards\nMr G. E."),
    ("von_signature", "Hochachtungsvoll\nCharlotte von Bredow-Hagen\nTel. folgt", NONE,
     "Hochachtungsvoll\nC. B.\nTel. folgt"),
    ("von_after_title", "Mit freundlichen Grüßen\nDr. Friedrich von Hallerstein", NONE,
     "Mit freundlichen Grüßen\nDr. F. H."),
    ("third_person_kin", "Frau Jovanović ruft für ihren Mann Dragan an.", NONE,
     "Frau J. ruft für ihren Mann D. an."),
    ("listed_lower_intro", "hi its priya again 😊 ahmed was SO helpful", ("Ahmed Khan",),
     "hi its P. again 😊 ahmed was SO helpful"),
    ("hier_ist_der", "hi, hier ist der timo 🙂 sag dem leon danke", ("Leon Berg",),
     "hi, hier ist der T. 🙂 sag dem leon danke"),
    ("unlisted_with_known_surname", "Good day. I am Chukwuemeka Obi. Thank you!", NONE,
     "Good day. I am C. O. Thank you!"),
]  # fmt: skip

KEPT = [
    # capitalised German nouns and ordinary words are not names by themselves
    ("ich_bin_kunde", "Ich bin Kunde seit 2003 und sehr zufrieden.", NONE),
    ("ich_bin_role", "Ich bin Vegetarier, aber das Menü war gut.", NONE),
    ("ich_bin_fan", "Ich bin Fan von Ihnen!", NONE),
    ("ich_bin_mutter", "Ich bin Mutter von drei Kindern.", NONE),
    ("saying_hase", "Mein Name ist Hase, ich weiß von nichts – Ihr Support wusste alles.", NONE),
    ("im_nationality", "I'm German and your English support was still great.", NONE),
    ("family_without_name", "Mein Sohn hat mir geholfen.", NONE),
    ("family_noun", "Meine Tochter Abitur hat sie jetzt.", NONE),
    ("wife_noun", "Meine Frau Zeit hatte keiner.", NONE),
    ("husband_and_i", "My husband and I are happy.", NONE),
    ("ihr_service", "Ihr Service ist top, Ihre Technikerin auch.", NONE),
    ("words_that_are_names", "Die Rose auf dem Tisch war schön, Will hat sie gebracht.", NONE),
    ("english_words_as_names", "We will be back! Grace period extended, Mark my words.", NONE),
    ("mailbox", "Im Postfach lagen 3 neue Nachrichten.", NONE),
    ("greeting_line", "Super gemacht!\n\nFrohe Weihnachten", NONE),
    ("thanks_mid_text", "It's Christmas, thank you Sarah! See you.", NONE),
    ("bath_town", "Bad Homburg ist schön.\nDanke!", NONE),
    ("name_ends_sentence", "Danke Herr B. Danach lief alles.", NONE),
    # agents' names stay, whatever the context
    ("agent_thanked", "Danke, Anna!", ("Anna Meier",)),
    ("agent_thanked_en", "Thanks, Priya!", ("Priya Shah",)),
    ("agent_title", "Ihre Kollegin Frau Yıldız war toll.", ("Elif Yıldız",)),
    ("agent_last_line", "Das war super.\nJonas", ("Jonas Berg",)),
    ("agent_word_name", "Das Bad ist wieder dicht, danke Herr Ernst!", ("Ernst Tal",)),
    # chat style, signatures and look-alikes of development set 4 (redact_self_named)
    ("company_rep", "Viele Grüße, Lisa von Flixbus", ("Lisa Brandt",)),
    ("same_here", "Same here, thanks!", NONE),
    ("typo_here", "Hühchen hier, Pommes da.", NONE),
    ("chat_thanks", "ty ty ty to jess!!! super quick", ("Jess Cole",)),
    ("dash_thanks", "Then it just hangs up! A little help here? -thx", NONE),
    ("dash_caps", "but I have it - TY!", NONE),
    ("dash_word", "it was a no - brainer .", NONE),
    ("its_possessive", "United Is Changing Its MileagePlus Program", NONE),
    ("its_status", "I see it's Cancelled Flightled.", NONE),
    ("brand_family", "Doubletrees in the hilton family.", NONE),
    ("it_is_adjective", "it is sad there is not many people", NONE),
]  # fmt: skip


@pytest.mark.parametrize(("text", "known", "expected"), [c[1:] for c in REDACTED],
                         ids=[c[0] for c in REDACTED])  # fmt: skip
def test_names_in_context_are_redacted(text, known, expected):
    result = redact(text, known)
    assert result.text == expected
    assert redact(result.text, known).text == expected  # idempotent


@pytest.mark.parametrize(("text", "known"), [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_ordinary_words_and_agents_are_kept(text, known):
    assert redact(text, known).text == text


def test_the_first_name_list_comes_from_the_installed_package():
    names = first_names()
    assert len(names) > 30_000
    assert {"klaus", "ayşe", "sarah", "lukas", "jürgen"} <= names
    assert is_first_name("Hans-Jürgen")
    assert not is_first_name("Kunde")
    assert not is_first_name("German")  # an ordinary word after "I'm"


def test_von_in_running_text_is_no_name_particle():
    # "Earl Grey" after "der normale" was read as a name before; "von Twinings" is no surname
    assert redact("Nicht so gut wie der normale Earl Grey von Twinings.").text.endswith(
        "von Twinings."
    )
