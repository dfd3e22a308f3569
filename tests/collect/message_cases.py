"""Redaction cases from chat messages, e-mail footers and call notes: (id, input, known
names[, expected output]).

Appended to ``REDACTED`` (redacted_cases.py) and ``KEPT`` (kept_cases.py); the known names
are ``AGENTS`` or none, as the store round trip knows no others."""

from __future__ import annotations

from tests.collect.name_cases import AGENTS, NONE

MESSAGE_REDACTED = [
    # a handle the customer gives as their own, whatever its shape
    (
        "msg_handle_follow_me",
        "big ups to @ByteMobileHelp & Kev 🙌 follow me @dj_kwesi_official",
        NONE,
        "big ups to @ByteMobileHelp & Kev 🙌 follow me [HANDLE]",
    ),
    ("msg_handle_my_insta", "my insta is @coolcat_99 lol", NONE, "my insta is [HANDLE] lol"),
    # a message typed in lower case: a title, a first name and a surname
    (
        "msg_lower_title_first_surname",
        "hier ist frau hannelore fink wollte sagen danke",
        NONE,
        "hier ist frau H. F. wollte sagen danke",
    ),
    (
        "msg_lower_title_name_then_verb",
        "bei frau albrecht bedanken, die hat mich echt gerettet",
        NONE,
        "bei frau A. bedanken, die hat mich echt gerettet",
    ),
    # a grandchild named after "Oma von" in a message typed in lower case
    (
        "msg_kin_oma_von_lower_case",
        "hallo hier ist die oma von lukas wollte sagen der junge mann war sehr nett danke",
        NONE,
        "hallo hier ist die oma von L. wollte sagen der junge mann war sehr nett danke",
    ),
    # a signature after a dash, then where the customer writes from; a hyphenated surname
    (
        "msg_dash_signature_place",
        "Thanks to Mr. Chen! — Oluwadamilare Akinwande-Smith, Lagos",
        NONE,
        "Thanks to Mr. C.! — O. A., Lagos",
    ),
    # addresses: parts of a building, a signature's separator, ordinal streets, named parks
    (
        "msg_addr_hinterhaus",
        "Neue Adresse: Weserstraße 17, Hinterhaus, 12047 Berlin.",
        NONE,
        "Neue Adresse: [ADDRESS].",
    ),
    (
        "msg_addr_seitenfluegel_floor",
        "Techniker zu: Oranienstr. 185, Seitenflügel, 3. OG, 10999 Berlin.",
        NONE,
        "Techniker zu: [ADDRESS].",
    ),
    ("msg_addr_middle_dot", "Am Markt 5 · 01067 Dresden", NONE, "[ADDRESS]"),
    (
        "msg_addr_floor_side",
        "Lieferung an Musterweg 3a, 3. Stock links, 12345 Berlin",
        NONE,
        "Lieferung an [ADDRESS]",
    ),
    (
        "msg_addr_ordinal_street",
        "New address: 221 W 48th St, Apt 4B, New York, NY 10036.",
        NONE,
        "New address: [ADDRESS].",
    ),
    (
        "msg_addr_unit_in_park",
        "Finance\nUnit 4, Riverside Park, Cardiff CF10 4GA\nT:",
        NONE,
        "Finance\n[ADDRESS]\nT:",
    ),
    # call notes: abbreviated keywords
    (
        "msg_note_gebdat",
        "Verifiziert über GebDat 12.04.1985 und PLZ.",
        NONE,
        "Verifiziert über GebDat [BIRTHDATE] und PLZ.",
    ),
    ("msg_note_rueckrufnr", "Rückrufnr. 0421 / 55 66 77.", NONE, "Rückrufnr. [PHONE]."),
    ("msg_note_rueckrufnr_local", "Rückrufnr. 44 55 667", NONE, "Rückrufnr. [PHONE]"),
    ("msg_acct_grouped", "Thanks (acct 3318 2291)!", NONE, "Thanks (acct [REF])!"),
    # e-mail addresses spelled out, or with blanks around the "@"
    (
        "msg_email_spelled_punkt",
        "bitte an anna.meier87 at gmx punkt de schicken",
        NONE,
        "bitte an [EMAIL] schicken",
    ),
    (
        "msg_email_spelled_dot",
        "reach me at john dot smith84 at gmail dot com",
        NONE,
        "reach me at [EMAIL]",
    ),
    ("msg_email_spaced_at", "my email is m.okeke2001 @ gmail.com", NONE, "my email is [EMAIL]"),
    # a private person's tax number is no company data
    (
        "msg_private_tax_id_next_to_vat",
        "Meine Steuer-ID 12 345 678 901, die USt-IdNr. DE812345678 ist die der Firma",
        NONE,
        "Meine Steuer-ID [ID], die USt-IdNr. DE812345678 ist die der Firma",
    ),
    # a closing word before the agent's first name at the end, then a customer's full name
    (
        "msg_thx_then_customer",
        "Great help today. Thx Brenda Okafor",
        AGENTS,
        "Great help today. Thx B. O.",
    ),
]

MESSAGE_KEPT = [
    # a company's or an agent's handle after "follow"
    ("msg_handle_follow_us", "follow us @TelcoCareUK for updates", NONE),
    ("msg_handle_follow_agent", "follow me on twitter @Jonas", AGENTS),
    # an agent's first name after a title, then a noun, typed in lower case
    ("msg_lower_title_agent_noun", "herr jonas technik hat alles repariert", AGENTS),
    # a company and its town on the last line
    ("msg_company_and_town_line", "Toller Service!\nDeutsche Bahn, Berlin", NONE),
    # a unit in a park without town and postcode is no address
    ("msg_unit_in_park_prose", "We met at Unit 4, Riverside Park yesterday", NONE),
    # "at" before a mail service is a word where nothing looks like an address
    ("msg_at_mail_service", "my account at gmail.com is locked, shoutout @amazon.de", NONE),
    ("msg_year_at_mail_service", "Kunde seit 2019 at web.de", NONE),
    # a company's register, VAT and company numbers in its footer
    (
        "msg_footer_register_vat_de",
        "Kessler Haustechnik GmbH\nAmtsgericht Köln HRB 45872\nUSt-IdNr. DE 812 345 678",
        NONE,
    ),
    ("msg_footer_uid_at", "Firmenbuch FN 123456a, UID: ATU12345678", NONE),
    ("msg_footer_che", "Muster AG, CHE-123.456.789 MWST", NONE),
    ("msg_footer_weee_eori", "WEEE-Reg.-Nr. DE 12345678, EORI DE1234567890123", NONE),
    (
        "msg_footer_company_no_uk",
        "Registered in England and Wales No. 08123456. VAT Reg No. GB 123 4567 89",
        NONE,
    ),
    ("msg_footer_company_no_vat", "Company No. 04561234 | VAT GB 987 6543 21", NONE),
    # "Thx" is no first name of a customer: the agent is thanked
    ("msg_thx_agent", "Mail it to me please. Thx Tasha.", AGENTS),
    # a German adjective that is a listed first name too
    ("msg_beste_adjective", "⭐⭐⭐⭐⭐ Beste Banking-App! Danke Jonas", AGENTS),
]
