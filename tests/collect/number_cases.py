"""Redaction cases of official identifiers (tax ids, insurance, passport and licence numbers,
plates), of references after their keyword, of addresses and dates of birth in further shapes,
and of look-alikes that stay: (id, input, known names[, expected output]).

Appended to ``REDACTED`` (redacted_cases.py) and ``KEPT`` (kept_cases.py)."""

from __future__ import annotations

NONE: tuple[str, ...] = ()

NUMBER_REDACTED = [
    (
        "id_steuer_id",
        "Meine Steuer-ID 47 036 892 816 war falsch.",
        NONE,
        "Meine Steuer-ID [ID] war falsch.",
    ),
    ("id_tax_id_en", "My tax ID is 47036892816, thanks!", NONE, "My tax ID is [ID], thanks!"),
    (
        "id_steuernummer",
        "zu meiner Steuernummer 143/512/60048.",
        NONE,
        "zu meiner Steuernummer [ID].",
    ),
    (
        "id_versicherten_de",
        "Versichertennummer: A123456780. Danke!",
        NONE,
        "Versichertennummer: [ID]. Danke!",
    ),
    ("id_sv_nummer", "SV-Nummer 12 010758 O 003, danke", NONE, "SV-Nummer [ID], danke"),
    (
        "id_ausweis_de",
        "Personalausweisnummer L01X00T47 und",
        NONE,
        "Personalausweisnummer [ID] und",
    ),
    (
        "id_passport_en",
        "My passport number is C4X7P92LM and",
        NONE,
        "My passport number is [ID] and",
    ),
    (
        "id_passport_no",
        "Passport no. 533987421 was the old one",
        NONE,
        "Passport no. [ID] was the old one",
    ),
    (
        "id_nino_keyword",
        "National Insurance number: JH417290C.",
        NONE,
        "National Insurance number: [ID].",
    ),
    ("id_nino_bare", "Hers is JH 41 72 90 C, thanks", NONE, "Hers is [ID], thanks"),
    ("id_nhs_en", "My NHS number is 943 476 5919. Regards", NONE, "My NHS number is [ID]. Regards"),
    (
        "id_pan_aadhaar",
        "PAN is AQWPK7731M and Aadhaar 4521 8890 3321",
        NONE,
        "PAN is [ID] and Aadhaar [ID]",
    ),
    ("id_uk_plate_reg", "my car (reg. KP19 XZT) was fixed", NONE, "my car (reg. [ID]) was fixed"),
    (
        "id_plate_keyword_words",
        "Kennzeichen meines Autos: M-KL 4821.",
        NONE,
        "Kennzeichen meines Autos: [ID].",
    ),
    (
        "id_plate_bare_de",
        "Der Unfallgegner fuhr HH-AB 1234, danke!",
        NONE,
        "Der Unfallgegner fuhr [ID], danke!",
    ),
    (
        "id_licence_plate_en",
        "licence plate is B-XY 123E, cheers",
        NONE,
        "licence plate is [ID], cheers",
    ),
    (
        "id_driving_licence",
        "driving licence number MORGA753116SM9IJ, thanks",
        NONE,
        "driving licence number [ID], thanks",
    ),
    (
        "id_fuehrerschein",
        "Führerscheinnummer B072RRE2I55 – danke!",
        NONE,
        "Führerscheinnummer [ID] – danke!",
    ),
    # references: "ref." with its dot, "Buchung", words before a colon, letter groups inside
    (
        "ref_abbrev_dot_en",
        "my booking (ref. EUR8H22K) after",
        NONE,
        "my booking (ref. [REF]) after",
    ),
    (
        "ref_abbrev_dot_de",
        "Danke! Ref. 88XK3P21 ist erledigt",
        NONE,
        "Danke! Ref. [REF] ist erledigt",
    ),
    (
        "ref_buchung_code_de",
        "umbuchung (buchung 7HQ2LM), danke",
        NONE,
        "umbuchung (buchung [REF]), danke",
    ),
    (
        "ref_words_colon_de",
        "Habe die Buchungsnummer vergessen: XK7P2M. Danke!",
        NONE,
        "Habe die Buchungsnummer vergessen: [REF]. Danke!",
    ),
    (
        "ref_words_colon_en",
        "Forgot the booking number earlier: QX7T2L. Thanks!",
        NONE,
        "Forgot the booking number earlier: [REF]. Thanks!",
    ),
    (
        "ref_letters_inside_de",
        "Mein Aktenzeichen: 12 AZ 4471/23. Danke",
        NONE,
        "Mein Aktenzeichen: [REF]. Danke",
    ),
    ("ref_letters_meter_de", "Zählernr. 7 EBZ 0123 4432 19.", NONE, "Zählernr. [REF]."),
    ("ref_letters_inside_en", "Case no. 4 CV 20931/22 - thanks", NONE, "Case no. [REF] - thanks"),
    # addresses: any street name before a house number and a postcode; a compass point
    (
        "address_any_street_postcode",
        "MfG\nE. S.\nHeide 12, 48653 Coesfeld",
        NONE,
        "MfG\nE. S.\n[ADDRESS]",
    ),
    (
        "address_street_postcode_after_verb",
        "Wohnhaft Kirchplatz 2, 88045 Friedrichshafen.",
        NONE,
        "Wohnhaft [ADDRESS].",
    ),
    (
        "address_us_compass_point",
        "sent to 2219 W Belmont Ave, Apt 4, Chicago, IL 60618. Thanks",
        NONE,
        "sent to [ADDRESS]. Thanks",
    ),
    ("address_uk_compass_word", "at 10 North Elm Street, thanks", NONE, "at [ADDRESS], thanks"),
    # dates of birth with the month's name between hyphens
    (
        "birth_month_name_hyphens_en",
        "Verified via DOB 03-Sep-1982.",
        NONE,
        "Verified via DOB [BIRTHDATE].",
    ),
    ("birth_month_name_hyphens_de", "geb. 3-Mär-1982, danke", NONE, "geb. [BIRTHDATE], danke"),
]

NUMBER_KEPT = [
    ("keep_pass_count", "Der Pass 12 war gesperrt, danke", NONE),
    ("keep_tax_amount", "tax 12.50 € was refunded", NONE),
    ("keep_tax_percent", "Steuer 19 % ist korrekt ausgewiesen", NONE),
    ("keep_reg_year", "reg. 2019 model, great service", NONE),
    ("keep_passport_date", "Reisepass bis 12.03.2027 gültig, danke", NONE),
    ("keep_train_number", "ICE 1234 nach Hamburg war pünktlich", NONE),
    ("keep_flight_number", "Flight UA 1234 was on time", NONE),
    ("keep_ticket_price_colon", "Ticket price: 120 EUR, fair enough", NONE),
    ("keep_order_words_colon", "Bestellung heute erhalten: 120 Stück, danke", NONE),
    ("keep_ref_amount_eur", "Rechnung 4711 EUR 20 gutgeschrieben", NONE),
    ("keep_chapter_postcode_shape", "Seite 12, 2019 Hamburg besucht", NONE),
    ("keep_date_month_name_no_keyword", "Delivered 03-Sep-2024, thanks", NONE),
]
