"""Redaction cases of licence plates, National Insurance numbers, IBANs, dates of birth,
references and addresses in Austrian, Swiss, British and Irish shapes (dev set 8 and probes of
its formats), and of look-alikes that stay: (id, input, known names[, expected output]).

Appended to ``REDACTED`` (redacted_cases.py) and ``KEPT`` (kept_cases.py)."""

from __future__ import annotations

NONE: tuple[str, ...] = ()

SHAPE_REDACTED = [
    ("plate_uk_spaced", "My car reg is MA68 KTR, thanks!", NONE, "My car reg is [ID], thanks!"),
    ("plate_uk_compact", "The van YK19ABX was towed.", NONE, "The van [ID] was towed."),
    (
        "plate_ie",
        "Registration 191-D-12345, thanks to Ciaran.",
        NONE,
        "Registration [ID], thanks to Ciaran.",
    ),
    (
        "plate_at_vehicle",
        "Das Fahrzeug W-21874B ist repariert.",
        NONE,
        "Das Fahrzeug [ID] ist repariert.",
    ),
    ("plate_at_keyword", "Kennzeichen GU-345 BK, danke!", NONE, "Kennzeichen [ID], danke!"),
    (
        "plate_ch_vehicle",
        "Mein Auto mit ZG 73419 ist zurück.",
        NONE,
        "Mein Auto mit [ID] ist zurück.",
    ),
    (
        "plate_ch_keyword_groups",
        "Kontrollschild SG 84 221 gefunden.",
        NONE,
        "Kontrollschild [ID] gefunden.",
    ),
    ("plate_ch_autonummer", "Autonummer ZH 123 456, merci.", NONE, "Autonummer [ID], merci."),
    ("plate_reg_colon", "Car reg: KP19 XZT. Thanks Steve!", NONE, "Car reg: [ID]. Thanks S.!"),
    (
        "nino_compact",
        "My NINO is NR739015D if you need it.",
        NONE,
        "My NINO is [ID] if you need it.",
    ),
    (
        "nino_unlabelled_grouped",
        "Thanks, it's AB 123456 C on the letter.",
        NONE,
        "Thanks, it's [ID] on the letter.",
    ),
    (
        "iban_spaced_country",
        "Konto DE 89 370 400 440 532 013 000, danke!",
        NONE,
        "Konto [IBAN], danke!",
    ),
    ("birth_jahrgang_date", "Jahrgang 03.04.1985, danke!", NONE, "Jahrgang [BIRTHDATE], danke!"),
    ("birth_b_dot", "Thanks, b. 3 April 1985 in Leeds.", NONE, "Thanks, b. [BIRTHDATE] in Leeds."),
    ("birth_possessive", "My date of birth's 3.4.1985.", NONE, "My date of birth's [BIRTHDATE]."),
    (
        "ref_polizze",
        "Polizze 12.345.678, danke Frau Gruber!",
        NONE,
        "Polizze [REF], danke Frau G.!",
    ),
    (
        "ref_polizzennr",
        "Polizzen-Nr. 4/123.456-7 bitte notieren.",
        NONE,
        "Polizzen-Nr. [REF] bitte notieren.",
    ),
    (
        "ref_ist_die",
        "Meine Kundennummer ist die 4711, danke.",
        NONE,
        "Meine Kundennummer ist die [REF], danke.",
    ),
    ("ref_possessive", "Thanks, my ref's 40571.", NONE, "Thanks, my ref's [REF]."),
    (
        "ref_letter_prefix_apart",
        "Vertragsnr. VN 12 345 678, danke.",
        NONE,
        "Vertragsnr. [REF], danke.",
    ),
    ("ref_last_group_letters", "Case ref CAS-40571-X2Y3, thanks.", NONE, "Case ref [REF], thanks."),
    ("ref_meter_serial", "Meter serial S12E345678, thanks.", NONE, "Meter serial [REF], thanks."),
    (
        "addr_rue_after",
        "Bitte an Rue de Lausanne 45, 1201 Genève senden.",
        NONE,
        "Bitte an [ADDRESS] senden.",
    ),
    ("addr_rue_before", "I'm at 4 Rue du Lac, 1207 Genève now.", NONE, "I'm at [ADDRESS] now."),
    (
        "addr_chemin",
        "Neue Adresse: Chemin des Vignes 14, 1009 Pully.",
        NONE,
        "Neue Adresse: [ADDRESS].",
    ),
    ("addr_via", "Adresse Via Nassa 5, 6900 Lugano, grazie.", NONE, "Adresse [ADDRESS], grazie."),
    ("addr_route_particle", "Route de Berne 12, 1700 Fribourg.", NONE, "[ADDRESS]."),
    ("addr_postcode_first", "A-1010 Wien, Herrengasse 5, danke.", NONE, "[ADDRESS], danke."),
    (
        "addr_postcode_first_street_word",
        "1070 Wien, Lindengasse 12/3, danke.",
        NONE,
        "[ADDRESS], danke.",
    ),
    ("addr_st_town", "Schulgasse 3, 3100 St. Pölten", NONE, "[ADDRESS]"),
    (
        "addr_uk_postcode_alone",
        "Thanks, my postcode is now OX1 4AA.",
        NONE,
        "Thanks, my postcode is now [ADDRESS].",
    ),
    (
        "addr_uk_postcode_unlabelled",
        "Moved to NE1 7RU last week.",
        NONE,
        "Moved to [ADDRESS] last week.",
    ),
    ("addr_eircode_alone", "Send it to A96 K4D8 please.", NONE, "Send it to [ADDRESS] please."),
    (
        "addr_en_floor",
        "Send it to 3rd Floor, 10 Queen Street, Manchester M2 5HX.",
        NONE,
        "Send it to [ADDRESS].",
    ),
    ("addr_unit_building", "Apartment 12, The Maltings, Galway H91 X2F6.", NONE, "[ADDRESS]."),
]

SHAPE_KEPT = [
    ("plate_at_needs_vehicle_model", "Ford F-150 XL und LG-55 TV im Angebot.", NONE),
    ("plate_at_needs_vehicle_tariff", "Tarif L-12 GB für 29,99 €.", NONE),
    ("plate_visa", "My H-1B visa letter came through.", NONE),
    ("plate_ch_company", "Die AG 123 Sitzung war gut.", NONE),
    ("plate_uk_age_rule", "The TV model QE55Q80C is great.", NONE),
    ("iban_spaced_no_checksum", "Thanks, the XL 500 model and the KA 250 blender.", NONE),
    ("postcode_plz_number", "Meine PLZ ist 80331, München.", NONE),
    ("postcode_zip", "I'm in zip code 10001.", NONE),
    ("postcode_plz_town", "Postleitzahl 6900 Bregenz ist im Liefergebiet.", NONE),
    ("postcode_district", "The SW1 store and Dublin 2 branch were great.", NONE),
    ("route_66", "We drove Route 66 last summer.", NONE),
    ("place_orders", "Please Place 2 orders for me.", NONE),
    ("rue_without_number", "Wir waren in der Rue de la Paix shoppen.", NONE),
    ("jahrgang_year", "Jahrgang 1985, zweites Kind.", NONE),
    ("b_dot_no_date", "Plan b. 3 options left.", NONE),
    ("ref_ist_die_word", "Meine Kundennummer ist die gleiche.", NONE),
    ("polizze_duration", "Die Polizze gilt ab 1.1.2025 für 3 Jahre.", NONE),
    ("eircode_no_digit_mix", "Thanks from the A96 junction.", NONE),
]
