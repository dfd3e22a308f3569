"""Redaction cases of customers' names: (id, input, known names, expected output).

Part of ``REDACTED`` (redacted_cases.py): names after titles and closings, initials,
nicknames, signatures after a dash, agents greeted by name."""

from __future__ import annotations

AGENTS = ("Anna Meier", "Jonas", "Murat Özdemir", "Tasha Brown")
NONE: tuple[str, ...] = ()

NAME_REDACTED = [
    # names
    ("name_compact_initials", "Kind regards,\nJ.W. Bakker", NONE, "Kind regards,\nJ. W. B."),
    (
        "name_compact_initials_after_title",
        "I'm the account holder, Mr. R.T. Whitmore, customer since 2019.",
        NONE,
        "I'm the account holder, Mr. R. T. W., customer since 2019.",
    ),
    (
        "name_hyphenated_initials",
        "Mit freundlichem Gruß\nH.-D. Mühlbauer",
        NONE,
        "Mit freundlichem Gruß\nH. D. M.",
    ),
    (
        "name_two_letter_initial",
        "Schadennummer notiert. lg, Ch. Dietz",
        NONE,
        "Schadennummer notiert. lg, C. D.",
    ),
    (
        "name_account_holder",
        "the name on the account is Mohammed Rafiq. cheers",
        NONE,
        "the name on the account is M. R. cheers",
    ),
    (
        "name_in_the_name_of",
        "My bank account for the refund is in the name of J.W. Bakker.",
        NONE,
        "My bank account for the refund is in the name of J. W. B.",
    ),
    (
        "name_call_note",
        "Notiz: Anruf von Dieter, wollte Hanna loben.",
        NONE,
        "Notiz: Anruf von D., wollte Hanna loben.",
    ),
    (
        "name_wife_lower_case",
        "kontoinhaberin ist meine frau anja kessler. danke!",
        NONE,
        "kontoinhaberin ist meine frau A. K. danke!",
    ),
    (
        "name_after_emoji",
        "Top Beratung bei Jonas, danke! 👍 Micha",
        AGENTS,
        "Top Beratung bei Jonas, danke! 👍 M.",
    ),
    (
        "name_irish_particle",
        "Thanks a million, Declan Ó Briain, 087 123 4567",
        NONE,
        "Thanks a million, D. B., [PHONE]",
    ),
    (
        "name_long_spanish",
        "Saludos, María José de la Fuente Ortega",
        NONE,
        "Saludos, M. J. F. O.",
    ),
    (
        "name_unlisted_calling",
        "Hi, this is Nkechi Eze calling back.",
        NONE,
        "Hi, this is N. E. calling back.",
    ),
    (
        "name_lower_case_with_code",
        "reparaturauftrag RA-448190. vielen dank!! christina",
        NONE,
        "reparaturauftrag [REF]. vielen dank!! C.",
    ),
    ("name_list_after_place", "Gruß aus Kiel, Frank und Sabine", NONE, "Gruß aus Kiel, F. und S."),
    (
        "name_before_company_word",
        "Foto: Julian Stratenschulte Deutschland",
        NONE,
        "Foto: J. S. Deutschland",
    ),
    ("name_herr", "Herr Müller war toll", NONE, "Herr M. war toll"),
    ("name_frau_dr", "Frau Dr. Schulz hat geholfen", NONE, "Frau Dr. S. hat geholfen"),
    ("name_mr_apostrophe", "Mr. O'Neill was great", NONE, "Mr. O. was great"),
    ("name_mrs_no_dot", "Mrs Smith called back", NONE, "Mrs S. called back"),
    ("name_ms", "Ms. Taylor fixed it", NONE, "Ms. T. fixed it"),
    ("name_dr_alone", "Thanks to Dr. Watson", NONE, "Thanks to Dr. W."),
    ("name_herrn_full", "Dank an Herrn Klaus Peters", NONE, "Dank an Herrn K. P."),
    ("name_sentence_end", "Danke an Herrn Becker.", NONE, "Danke an Herrn B."),
    ("name_greeting_full", "Hallo Thomas Becker, vielen Dank!", NONE, "Hallo T. B., vielen Dank!"),
    ("name_greeting_title", "Liebe Frau Yilmaz, danke!", NONE, "Liebe Frau Y., danke!"),
    ("name_greeting_en", "Dear John, thank you!", NONE, "Dear J., thank you!"),
    (
        "name_greeting_sehr_geehrter",
        "Sehr geehrter Herr Wagner, danke.",
        NONE,
        "Sehr geehrter Herr W., danke.",
    ),
    (
        "name_signoff_hyphenated",
        "Viele Grüße, Hans-Peter Schmidt-Weber",
        NONE,
        "Viele Grüße, H. S.",
    ),
    ("name_signoff_mfg", "MfG Jürgen Klein", NONE, "MfG J. K."),
    ("name_signoff_lg", "Danke! LG Anna", NONE, "Danke! LG A."),
    ("name_signoff_best_regards", "Best regards, John Smith", NONE, "Best regards, J. S."),
    ("name_signoff_cheers", "Cheers, Tom", NONE, "Cheers, T."),
    ("name_signoff_newline", "Kind regards\nMary-Jane Watson", NONE, "Kind regards\nM. W."),
    (
        "name_signoff_mit_freundlichen",
        "Mit freundlichen Grüßen\n\nKarin Vogel",
        NONE,
        "Mit freundlichen Grüßen\n\nK. V.",
    ),
    ("name_signoff_familie", "Viele Grüße, Familie Schneider", NONE, "Viele Grüße, Familie S."),
    ("name_signoff_possessive", "Liebe Grüße, Ihre Petra Lange", NONE, "Liebe Grüße, Ihre P. L."),
    ("name_all_caps_after_title", "Herr MÜLLER rief an", NONE, "Herr M. rief an"),
    ("name_particle", "Frau van der Meer", NONE, "Frau M."),  # the particle goes too
    ("name_particle_von", "Herr von Arnim half", NONE, "Herr A. half"),
    ("name_customer_shares_agent_first_name", "Hallo Anna Schmidt,", AGENTS, "Hallo A. S.,"),
    ("name_decomposed_umlaut", "Herr Mu\u0308ller", NONE, "Herr M."),
    ("name_two_greeted", "Hallo Anna und Tom, danke", NONE, "Hallo A. und T., danke"),
    ("name_signoff_couple", "Viele Grüße, Lisa & Jan Schulz", NONE, "Viele Grüße, L. & J. S."),
    ("name_thanks_again", "Thanks again, Sarah!", NONE, "Thanks again, S.!"),
    ("name_academic_titles", "Herrn Dr. med. Klaus-Dieter Kunz", NONE, "Herrn Dr. med. K. K."),
    (
        "name_agent_kept_customer_redacted",
        "Danke Frau Meier! Schreiben Sie mir an max.mustermann@web.de. Viele Grüße, Hans Schmidt",
        AGENTS,
        "Danke Frau Meier! Schreiben Sie mir an [EMAIL]. Viele Grüße, H. S.",
    ),
    # an initial and a surname that is also a word ("Meyer", "Baker") after a closing
    (
        "name_signoff_initial_gruss",
        "Danke für die schnelle Hilfe!\nGruß J. Meyer",
        NONE,
        "Danke für die schnelle Hilfe!\nGruß J. M.",
    ),
    (
        "name_signoff_initial_gruesse_comma",
        "Alles erledigt, danke. Grüße, J. Meyer",
        NONE,
        "Alles erledigt, danke. Grüße, J. M.",
    ),
    (
        "name_signoff_initial_best_en",
        "Thanks for sorting the refund. Best, J. Meyer",
        NONE,
        "Thanks for sorting the refund. Best, J. M.",
    ),
    (
        "name_signoff_initial_cheers_en",
        "Great job.\nCheers,\nT. Baker",
        NONE,
        "Great job.\nCheers,\nT. B.",
    ),
    # a nickname in brackets between first name and surname goes with the name
    (
        "name_nickname_signoff_en",
        "Thanks again!\nKind regards,\nRobert (Bob) Delaney",
        NONE,
        "Thanks again!\nKind regards,\nR. (B.) D.",
    ),
    (
        "name_nickname_bare_en",
        "Robert (Bob) Delaney called about the refund",
        NONE,
        "R. (B.) D. called about the refund",
    ),
    (
        "name_nickname_intro_de",
        "Mein Name ist Johannes (Hannes) Vogt, ich bin seit 2010 Kunde.",
        NONE,
        "Mein Name ist J. (H.) V., ich bin seit 2010 Kunde.",
    ),
    # a dash and a listed first name end the message, in lower case too
    (
        "name_dash_signature_lower_de",
        "Danke für die schnelle Hilfe -- ben",
        NONE,
        "Danke für die schnelle Hilfe -- B.",
    ),
    ("name_dash_signature_de", "Super Service, danke! – Anna", NONE, "Super Service, danke! – A."),
    (
        "name_dash_signature_lower_en",
        "Thanks for sorting my refund so fast!\n– anna",
        NONE,
        "Thanks for sorting my refund so fast!\n– A.",
    ),
    (
        "name_dash_signature_en",
        "Thanks for sorting my refund so fast -- Ben",
        NONE,
        "Thanks for sorting my refund so fast -- B.",
    ),
    # an agent greeted by first name stays; the customer's signature goes
    (
        "name_agent_greeted_customer_signs_en",
        "Hi Tasha,\nthanks for sorting my refund.\nBest, Tom Baker",
        AGENTS,
        "Hi Tasha,\nthanks for sorting my refund.\nBest, T. B.",
    ),
]
