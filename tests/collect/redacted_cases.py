"""Redaction cases of personal data that must go: (id, input, known names, expected output).

Shared by the table tests (test_redact_table.py) and the store round trip
(test_redaction_store.py). ``AGENTS`` are the names every store of those tests knows."""

from __future__ import annotations

from tests.collect.message_cases import MESSAGE_REDACTED
from tests.collect.name_cases import AGENTS, NAME_REDACTED, NONE
from tests.collect.number_cases import NUMBER_REDACTED
from tests.collect.shape_cases import SHAPE_REDACTED
from tests.collect.signature_cases import SIGNATURE_REDACTED

__all__ = ["AGENTS", "NONE", "REDACTED"]

# (id, input, known_names, expected output)
REDACTED = [
    # e-mail
    (
        "email_de",
        "Schreiben Sie mir an max.mustermann@web.de.",
        NONE,
        "Schreiben Sie mir an [EMAIL].",
    ),
    ("email_plus_subdomain", "Mail: anna.schmidt+shop@mail.example.co.uk", NONE, "Mail: [EMAIL]"),
    ("email_upper", "MAX@WEB.DE bitte", NONE, "[EMAIL] bitte"),
    ("email_umlaut_domain", "an jürgen@müller-bau.de schicken", NONE, "an [EMAIL] schicken"),
    ("email_obfuscated_at_dot", "max (at) gmx (dot) de", NONE, "[EMAIL]"),
    ("email_obfuscated_brackets", "max[at]gmx.de", NONE, "[EMAIL]"),
    ("email_angle_brackets", "Antwort an <tom@example.org>", NONE, "Antwort an <[EMAIL]>"),
    ("email_en", "reach me at john.doe@gmail.com, thanks", NONE, "reach me at [EMAIL], thanks"),
    # phone
    (
        "phone_mobile_space",
        "Ruf mich an: 0151 23456789. Danke!",
        NONE,
        "Ruf mich an: [PHONE]. Danke!",
    ),
    ("phone_mobile_slash", "Handy 0151/23456789", NONE, "Handy [PHONE]"),
    ("phone_trunk_zero", "Tel. +49 (0)30 1234567", NONE, "Tel. [PHONE]"),
    ("phone_berlin_grouped", "030/123 45 67 tagsüber", NONE, "[PHONE] tagsüber"),
    ("phone_intl_mobile", "unter +49 151 2345 6789 erreichbar", NONE, "unter [PHONE] erreichbar"),
    ("phone_0049", "0049 30 1234567", NONE, "[PHONE]"),
    ("phone_austria", "Wien: +43 1 234567", NONE, "Wien: [PHONE]"),
    ("phone_swiss", "+41 44 668 18 00 (Zürich)", NONE, "[PHONE] (Zürich)"),
    ("phone_us_intl", "call +1 (555) 123-4567 today", NONE, "call [PHONE] today"),
    ("phone_uk_intl", "ring +44 20 7946 0958", NONE, "ring [PHONE]"),
    ("phone_us_national", "call me at (555) 123-4567", NONE, "call me at [PHONE]"),
    ("phone_compact_e164", "+4915123456789", NONE, "[PHONE]"),
    ("phone_dashes", "0151-234 567 89", NONE, "[PHONE]"),
    ("phone_local_after_keyword", "Tel. 1234 5678", NONE, "Tel. [PHONE]"),
    ("phone_in_parentheses", "(Tel. 0151 2345678)", NONE, "(Tel. [PHONE])"),
    ("phone_uk_national", "my mobile is 07700 900123", NONE, "my mobile is [PHONE]"),
    # IBAN
    ("iban_de_spaced", "IBAN: DE89 3704 0044 0532 0130 00", NONE, "IBAN: [IBAN]"),
    ("iban_de_compact", "DE89370400440532013000 bitte erstatten", NONE, "[IBAN] bitte erstatten"),
    ("iban_at_lowercase", "at61 1904 3002 3457 3201", NONE, "[IBAN]"),
    ("iban_ch", "CH93 0076 2011 6238 5295 7.", NONE, "[IBAN]."),
    ("iban_gb_letters", "GB29 NWBK 6016 1331 9268 19", NONE, "[IBAN]"),
    ("iban_fr", "FR14 2004 1010 0505 0001 3M02 606", NONE, "[IBAN]"),
    ("iban_nl_compact", "NL91ABNA0417164300.", NONE, "[IBAN]."),
    ("iban_typo_still_iban", "DE12 3704 0044 0532 0130 00", NONE, "[IBAN]"),
    # payment cards
    ("card_visa_spaced", "Karte 4111 1111 1111 1111", NONE, "Karte [CARD]"),
    ("card_mastercard_dashes", "5500-0000-0000-0004 belastet", NONE, "[CARD] belastet"),
    ("card_amex", "Amex 3782 822463 10005", NONE, "Amex [CARD]"),
    ("card_compact", "4012888888881881", NONE, "[CARD]"),
    ("card_bad_luhn_is_ref", "4111 1111 1111 1112", NONE, "[REF]"),
    # street addresses
    (
        "addr_de_with_city",
        "Lieferung an Musterstraße 12, 12345 Berlin bitte",
        NONE,
        "Lieferung an [ADDRESS] bitte",
    ),
    ("addr_de_abbreviated", "Hauptstr. 5a", NONE, "[ADDRESS]"),
    ("addr_de_am_markt", "Wir wohnen Am Markt 3.", NONE, "Wir wohnen [ADDRESS]."),
    ("addr_de_hyphenated", "Karl-Marx-Allee 90", NONE, "[ADDRESS]"),
    ("addr_de_two_words", "Berliner Straße 17 in Potsdam", NONE, "[ADDRESS] in Potsdam"),
    ("addr_de_weg_city", "Lindenweg 4, 80331 München", NONE, "[ADDRESS]"),
    ("addr_ch_four_digit_postcode", "Bahnhofstrasse 10, 8001 Zürich", NONE, "[ADDRESS]"),
    ("addr_en_baker_street", "221B Baker Street", NONE, "[ADDRESS]"),
    ("addr_en_high_st", "I live at 12 High St.", NONE, "I live at [ADDRESS]."),
    ("addr_en_uk_postcode", "10 Downing Street, London SW1A 2AA", NONE, "[ADDRESS]"),
    # order / ticket / customer numbers
    ("ref_bestellnummer", "Bestellnummer 12345678", NONE, "Bestellnummer [REF]"),
    ("ref_ticket_hash", "Ticket #4711 ist gelöst", NONE, "Ticket #[REF] ist gelöst"),
    ("ref_kundennr", "Kundennr. A-99812", NONE, "Kundennr. [REF]"),
    ("ref_auftrag", "Auftrag 2024-55123", NONE, "Auftrag [REF]"),
    ("ref_order_no", "order no. 123-4567890", NONE, "order no. [REF]"),
    ("ref_case_id", "case ID 00123456", NONE, "case ID [REF]"),
    ("ref_lautet", "meine Kundennummer lautet 7712345", NONE, "meine Kundennummer lautet [REF]"),
    ("ref_vertragsnummer", "Vertragsnummer: VN-2023-884", NONE, "Vertragsnummer: [REF]"),
    ("ref_invoice_is", "invoice number is INV-48213", NONE, "invoice number is [REF]"),
    ("ref_referenz_alnum", "Referenz ID123456789", NONE, "Referenz [REF]"),
    ("ref_tracking_long", "Sendungsnummer 00340434161234567890", NONE, "Sendungsnummer [REF]"),
    ("ref_bare_digit_run", "Unter 4471123 finden Sie alles", NONE, "Unter [REF] finden Sie alles"),
    ("ref_kundenkonto", "Mein Kundenkonto ist 12345", NONE, "Mein Kundenkonto ist [REF]"),
    (
        "phone_after_bare_nummer",
        "Meine alte Nummer 030-1234567 ist weg",
        NONE,
        "Meine alte Nummer [PHONE] ist weg",
    ),
    (
        "phone_after_date",
        "Seit 12.03.2024 neue Nummer 0151 2345678",
        NONE,
        "Seit 12.03.2024 neue Nummer [PHONE]",
    ),
    ("addr_de_city_with_in", "Goethestraße 7 in 60313 Frankfurt am Main", NONE, "[ADDRESS]"),
    ("ref_keyword_then_phone_shape", "Kundennummer 0151 2345678", NONE, "Kundennummer [REF]"),
    # links
    ("url_reset_token", "https://x.de/reset?token=abc", NONE, "[URL]"),
    (
        "url_query_in_sentence",
        "Link: https://shop.de/track?id=123&mail=a@b.de.",
        NONE,
        "Link: [URL].",
    ),
    ("url_account_path", "https://portal.example.com/account/12345678/invoices", NONE, "[URL]"),
    ("url_schemeless_query", "example.de/login?session=xyz", NONE, "[URL]"),
    ("url_credentials", "ftp://user:secret@files.example.org/", NONE, "[URL]"),
    # dates of birth: the date goes, the keyword stays
    ("birth_geboren_am", "Geboren am 03.04.1985, danke!", NONE, "Geboren am [BIRTHDATE], danke!"),
    ("birth_geb_short_year", "geb. 12.7.61 – vielen Dank", NONE, "geb. [BIRTHDATE] – vielen Dank"),
    (
        "birth_geburtsdatum_words",
        "Mein Geburtsdatum zur Prüfung: 3. April 1985. Super!",
        NONE,
        "Mein Geburtsdatum zur Prüfung: [BIRTHDATE]. Super!",
    ),
    ("birth_dob_iso", "DOB: 1985-04-03, thanks a lot!", NONE, "DOB: [BIRTHDATE], thanks a lot!"),
    (
        "birth_born_on_words",
        "I was born on April 3rd, 1985 and never had such service.",
        NONE,
        "I was born on [BIRTHDATE] and never had such service.",
    ),
    (
        "birth_date_of_birth_is",
        "Date of birth is 12/31/1960. Great help!",
        NONE,
        "Date of birth is [BIRTHDATE]. Great help!",
    ),
    # a hotline's prefix is written in one piece; "01 800…" is somebody's own number
    ("phone_not_a_hotline", "Rückruf an 01 800000000 bitte", NONE, "Rückruf an [PHONE] bitte"),
    ("phone_not_a_hotline_intl", "Rückruf: +49 1 800000000", NONE, "Rückruf: [PHONE]"),
    ("hotline_intl", "Hotline +49 800 1234567, danke!", NONE, "Hotline +49 800 1234567, danke!"),
    # issue 12, dev set 4: lower-case streets, Swiss postcodes, ids with letters inside,
    # Canadian and Irish addresses, a flat on its own
    (
        "street_lower",
        "wohne in der bergstrasse 22b 44135 dortmund, danke",
        NONE,
        "wohne in der [ADDRESS], danke",
    ),
    (
        "street_lower_abbr",
        "bin die aus der gartenstr 7, danke",
        NONE,
        "bin die aus der [ADDRESS], danke",
    ),
    (
        "city_country_prefix",
        "Adresse: Seestrasse 4, CH-8002 Zürich. Danke!",
        NONE,
        "Adresse: [ADDRESS]. Danke!",
    ),
    ("ref_letters_inside", "Ticket 2024-INC-00918 ist erledigt", NONE, "Ticket [REF] ist erledigt"),
    (
        "address_canada",
        "It came to 12 Oak Crescent, Unit 3, Ottawa, ON K1A 0B1 fast.",
        NONE,
        "It came to [ADDRESS] fast.",
    ),
    (
        "address_eircode",
        "Send it to 9 Harbour View, Howth, Co. Dublin D13 X2Y4 please.",
        NONE,
        "Send it to [ADDRESS] please.",
    ),
    (
        "flat_alone",
        "its me from flat 2b, thx a lot",
        NONE,
        "its me from [ADDRESS], thx a lot",
    ),
    # a number whose last group has one digit, at the end of a sentence
    ("ref_last_digit", "Account no. 3390 1142 7. Cheers!", NONE, "Account no. [REF]. Cheers!"),
    (
        "ref_then_a_count",
        "Kundennummer 12345 3 mal angerufen, danke",
        NONE,
        "Kundennummer [REF] 3 mal angerufen, danke",
    ),
    # a date of birth corrected: both dates are the customer's
    (
        "birth_corrected_de",
        "Geburtsdatum korrigiert (15.08.1971 statt 15.08.1917). Danke!",
        NONE,
        "Geburtsdatum korrigiert ([BIRTHDATE] statt [BIRTHDATE]). Danke!",
    ),
    (
        "birth_corrected_en",
        "She fixed my DOB (it's 07/04/1975, not 04/07/1975!) in a minute.",
        NONE,
        "She fixed my DOB (it's [BIRTHDATE], not [BIRTHDATE]!) in a minute.",
    ),
    # Austrian staircase and door numbers; a British flat before the house number
    (
        "addr_at_door",
        "Neue Adresse: Mariahilfer Straße 45/3/12, 1060 Wien. Danke!",
        NONE,
        "Neue Adresse: [ADDRESS]. Danke!",
    ),
    (
        "addr_uk_flat_first",
        "Send it to Flat 3, 22 Albert Street, Manchester M4 5JD please.",
        NONE,
        "Send it to [ADDRESS] please.",
    ),
]
REDACTED += NAME_REDACTED
REDACTED += NUMBER_REDACTED
REDACTED += SIGNATURE_REDACTED
REDACTED += MESSAGE_REDACTED
REDACTED += SHAPE_REDACTED
