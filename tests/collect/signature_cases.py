"""Redaction cases of signatures in further shapes, and of look-alikes that stay: (id, input,
known names[, expected output]).

Appended to ``REDACTED`` (redacted_cases.py) and ``KEPT`` (kept_cases.py)."""

from __future__ import annotations

NONE: tuple[str, ...] = ()

SIGNATURE_REDACTED = [
    # an initial and a surname after "Thanks," / "Danke," at the end
    (
        "sign_thanks_initial_en",
        "Card blocked. Thanks, R. Bhattacharya",
        NONE,
        "Card blocked. Thanks, R. B.",
    ),
    (
        "sign_thanks_initial_de",
        "Alles erledigt. Danke, J. Meyer",
        NONE,
        "Alles erledigt. Danke, J. M.",
    ),
    # a full name no dictionary knows on a line or after a dash of its own
    (
        "sign_unknown_name_dash_en",
        "Student no. 12. - Nomsa Dlamini",
        NONE,
        "Student no. 12. - N. D.",
    ),
    (
        "sign_unknown_name_line_de",
        "Danke!\nChinedu Okonkwo\nGesendet von meinem iPhone",
        NONE,
        "Danke!\nC. O.\nGesendet von meinem iPhone",
    ),
    # lower-case closings: after an emoji, a kiss, a possessive
    ("sign_lower_after_emoji_de", "Schon unterwegs 🚚 lg janina", NONE, "Schon unterwegs 🚚 lg J."),
    ("sign_lower_kiss_en", "Big up Hannah!!! x lou", NONE, "Big up Hannah!!! x L."),
    (
        "sign_lower_possessive_de",
        "Danke Caro! Bis bald, eure mia",
        NONE,
        "Danke Caro! Bis bald, eure M.",
    ),
    # a signature followed by the customer's own data
    (
        "sign_dash_then_phone_en",
        "Mark, you are a star. — E. Whittaker, 0171 2345678",
        ("Mark",),
        "Mark, you are a star. — E. W., [PHONE]",
    ),
    (
        "sign_line_then_email_de",
        "Danke!\nKlaus Meier, klaus@web.de",
        NONE,
        "Danke!\nK. M., [EMAIL]",
    ),
    # a name set off by commas after "ich" / "I"; "v." inside a name; genitive family words
    (
        "self_appositive_de",
        "Liebe Stadtwerke, ich, Gertrud v. Stetten, bedanke mich.",
        NONE,
        "Liebe Stadtwerke, ich, G. S., bedanke mich.",
    ),
    (
        "self_appositive_en",
        "I, Margaret Hughes, would like to thank Tom.",
        NONE,
        "I, M. H., would like to thank Tom.",
    ),
    (
        "kin_genitive_de",
        "Die Nummer meines Bruders Amir ist neu.",
        NONE,
        "Die Nummer meines Bruders A. ist neu.",
    ),
    (
        "kin_genitive_father_de",
        "Das Auto meines Vaters Klaus läuft.",
        NONE,
        "Das Auto meines Vaters K. läuft.",
    ),
    (
        "sign_possessive_capital_de",
        "Bussi aus München, eure Vroni",
        NONE,
        "Bussi aus München, eure V.",
    ),
    ("sign_kiss_capital_en", "Thanks a lot x Becky", NONE, "Thanks a lot x B."),
    ("sign_lower_yours_en", "Thanks Tom! yours, dave", NONE, "Thanks Tom! yours, D."),
]

SIGNATURE_KEPT = [
    ("keep_thanks_initial_sentence", "Thanks, J. Meyer will call you back", NONE),
    ("keep_product_line_en", "Danke!\nSamsung Galaxy\nGesendet von meinem iPhone", NONE),
    ("keep_known_words_line_de", "Danke!\nSchneller Versand", NONE),
    ("keep_lower_x_count", "Bestellt: 5 x lou", NONE),
    ("keep_lower_possessive_word_de", "Danke! Bis bald, eure Kundin", NONE),
    ("keep_possessive_noun_de", "Danke für dein Feedback", NONE),
    ("keep_possessive_team_de", "Danke, euer Team Kundenservice", NONE),
    ("keep_self_appositive_words_de", "Ich, ehrlich gesagt, war skeptisch.", NONE),
    ("keep_self_appositive_role_de", "Ich, Kunde seit Jahren, bin zufrieden.", NONE),
    ("keep_self_appositive_agent_en", "My wife and I, Jonas, were thrilled", ("Jonas",)),
]
