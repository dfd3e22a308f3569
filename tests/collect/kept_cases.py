"""Redaction cases of ordinary text and agents' names that must stay: (id, input, known names)."""

from __future__ import annotations

from tests.collect.message_cases import MESSAGE_KEPT
from tests.collect.number_cases import NUMBER_KEPT
from tests.collect.redacted_cases import AGENTS, NONE
from tests.collect.shape_cases import SHAPE_KEPT
from tests.collect.signature_cases import SIGNATURE_KEPT

# (id, input, known_names): the input comes back unchanged, with no finding
KEPT = [
    # a later date is no date of birth: "und Termin am 05.06." names an appointment
    ("keep_date_after_birthdate", "Mein Termin am 05.06.2024, nicht am 06.06.2024, passte.", NONE),
    ("keep_agent_frau_meier", "Vielen Dank an Frau Meier!", AGENTS),
    ("keep_agent_full_name", "Frau Anna Meier war super", AGENTS),
    ("keep_agent_first_name_greeting", "Hallo Jonas, danke!", AGENTS),
    ("keep_agent_accent_insensitive", "Danke an Herrn Oezdemir", AGENTS),
    ("keep_agent_without_accent", "Danke an Herrn Ozdemir", AGENTS),
    ("keep_agent_all_caps", "Ein Lob an Frau MEIER", AGENTS),
    ("keep_agent_signoff_name", "Danke! LG Anna", AGENTS),
    ("keep_agent_en", "Thanks to Ms Meier and Jonas", AGENTS),
    ("keep_iphone", "Mein iPhone 15 läuft wieder", NONE),
    ("keep_fritzbox", "Die FRITZ!Box 7590 ist eingerichtet", NONE),
    ("keep_galaxy", "Galaxy S24 Ultra repariert", NONE),
    ("keep_date_de", "Am 12.03.2024 kam der Techniker", NONE),
    ("keep_date_words", "Am 3. März und am 14. April", NONE),
    ("keep_date_en", "On March 3rd 2024 you helped me", NONE),
    ("keep_date_iso", "Termin 2024-03-12 bestätigt", NONE),
    ("keep_time", "um 14:30 Uhr angerufen", NONE),
    ("keep_time_range", "Mo-Fr 08.30-17.00 erreichbar", NONE),
    ("keep_price_de", "nur 49,99 € im Monat", NONE),
    ("keep_price_thousands", "€ 1.299,00 gespart", NONE),
    ("keep_price_usd", "saved $19.99 a month", NONE),
    ("keep_percent", "20 % Rabatt, 100% zufrieden", NONE),
    ("keep_year", "seit 2015 Kunde", NONE),
    ("keep_year_range", "von 2019-2024 Kunde", NONE),
    ("keep_counts", "nach 3 Tagen und 40 Minuten Warteschleife", NONE),
    ("keep_large_count", "über 100.000 Kunden", NONE),
    ("keep_postcode_in_prose", "Ich komme aus 10115 Berlin", NONE),
    ("keep_emoji", "Danke 👨\u200d👩\u200d👧 ❤\ufe0f 👍🏽", NONE),
    ("keep_placeholders", "Mail an [EMAIL], Tel. [PHONE], [REF], [URL], Herr M.", NONE),
    ("keep_initials", "Viele Grüße, H. S.", NONE),
    ("keep_team_greeting", "Hallo zusammen, liebes Team!", NONE),
    ("keep_service_team", "Liebes Service-Team, danke", NONE),
    ("keep_damen_und_herren", "Sehr geehrte Damen und Herren,", NONE),
    ("keep_gruesse_aus", "Viele Grüße aus Bremen", NONE),
    ("keep_lg_brand", "Mein LG Fernseher läuft", NONE),
    ("keep_herr_der_ringe", "Wie im Herr der Ringe", NONE),
    ("keep_herr_kollege", "Herr Kollege, danke!", NONE),
    ("keep_parkplatz", "Parkplatz 3 war frei", NONE),
    ("keep_heimweg", "Der Heimweg 20 Minuten kürzer", NONE),
    ("keep_homepage", "Alles steht auf www.example.de", NONE),
    ("keep_help_page", "Die Anleitung auf https://example.de/hilfe/router half.", NONE),
    ("keep_version", "Version 7.57 installiert", NONE),
    ("keep_dear_team", "Dear Customer Service Team,", NONE),
    ("keep_hi_there", "Hi there, thanks!", NONE),
    ("keep_cheers_to", "Cheers to the whole team", NONE),
    ("keep_bandwidth", "statt 16 jetzt 250 Mbit/s", NONE),
    ("keep_lowercase_greeting_word", "die liebe Kollegin am Telefon", NONE),
    ("keep_date_with_time", "am 12.03.2024 14:30 Uhr", NONE),
    ("keep_date_with_dotted_time", "am 12.03.2024 14.30 Uhr", NONE),
    ("keep_month_year", "seit 03/2024 Kunde", NONE),
    ("keep_lg_brand_at_start", "LG Fernseher laufen super", NONE),
    ("keep_hallo_welt", "Hallo Welt!", NONE),
    ("keep_am_montag", "Am Montag 3 Anrufe", NONE),
    ("keep_herr_von_der_firma", "Der Herr von der Telekom war super", NONE),
    ("keep_frau_zu_hause", "Meine Frau zu Hause ist auch zufrieden", NONE),
    ("keep_tariff", "Tarif M 50 für 39,95 €/Monat", NONE),
    ("keep_provider_names", "O2 und 1&1 sind schlechter", NONE),
    ("keep_born_year_only", "Born in 1985, I know good service.", NONE),
    ("keep_birthday_without_year", "Danke für die Glückwünsche zum Geburtstag am 05.06.!", NONE),
    ("keep_date_near_no_keyword", "Am 03.04.2026 hat die Geburtstagsfeier geklappt", NONE),
    # companies where a signature or a greeting would name a person
    ("keep_greeting_then_sentence", "Moin, Kurzes Feedback: Frau Meier war super.", AGENTS),
    ("keep_place_possessive", "Huge thanks to the staff at the King's Cross ticket office", NONE),
    ("keep_song_title", "The hold music was 'Sweet Caroline' on repeat lol", NONE),
    (
        "keep_piano_piece",
        "Die Warteschleifenmusik war wieder 'Für Elise', aber dann kam Hilfe.",
        NONE,
    ),
    ("keep_agent_nickname", "agent Anna (Annie) went above and beyond", AGENTS),
    ("keep_agent_nickname_full_name", "Hallo Anna (Annie) Meier, danke für alles!", AGENTS),
    (
        "keep_sim_card_lower_case",
        "hat mir die sim karte gesperrt als mein handy geklaut wurde",
        NONE,
    ),
    ("keep_place_initials", "Boycott for Washington, D.C. Area.", NONE),
    ("keep_company_after_thanks", "Danke, Vodafone Deutschland", NONE),
    ("keep_company_signature_de", "Vielen Dank für die Hilfe!\nGrüße, Telekom Kundenservice", NONE),
    ("keep_company_after_von", "Danke an das Team von Sky Deutschland!", NONE),
    ("keep_company_after_cheers", "Cheers, Virgin Media team", NONE),
    ("keep_card_brand_in_brackets", "I paid by card (Visa) and it went through.", NONE),
    ("keep_carrier_possessive", "its Royal Mail's fault not yours, the refund came fast", NONE),
    ("keep_payment_after_mit", "Bezahlt mit Klarna, alles lief glatt.", NONE),
    ("keep_office_after_ms", "you have to pay for ms office, google docs is free", NONE),
    ("keep_company_after_thanks_en", "Thanks, British Gas", NONE),
    ("keep_company_greeted", "Liebe Deutsche Bahn, danke für die schnelle Erstattung!", NONE),
    ("keep_brand_greeted", "Hey Amazon, wann kommt das Paket?", NONE),
    ("keep_airline_mid_sentence", "Can you tell me Jet Airways award availability?", NONE),
    # tweets in lower case with a code: common words that are listed first names stay words
    (
        "keep_lower_case_noun_after_article",
        "@united the guy deicing the plane said 2 hours lol, flight UA1234",
        NONE,
    ),
    ("keep_lower_case_english_word", "gee thnx @united for the delay on UA1234 today", NONE),
    (
        "keep_lower_case_file_reference",
        "@united the file reference is useless, still no bag after 3 days",
        NONE,
    ),
    # after a dash at the end, a common word or a clause stays
    ("keep_dash_then_word_en", "Fixed it in no time, thank you -- love", NONE),
    ("keep_dash_then_clause_de", "Hat alles geklappt - danke", NONE),
    ("keep_dash_agent_lower_case", "Alles erledigt, danke an euch! -- jonas", AGENTS),
    # an agent's first name typed as a greeting, without brackets
    ("keep_agent_greeted_en", "Hi Tasha, thanks for sorting my refund so quickly!", AGENTS),
    ("keep_agent_greeted_de", "Hallo Tasha, vielen Dank für die schnelle Hilfe!", AGENTS),
    (
        "keep_agent_greeted_lower_case",
        "hi tasha, thanks so much for fixing my booking, all good now",
        AGENTS,
    ),
]
KEPT += NUMBER_KEPT
KEPT += SIGNATURE_KEPT
KEPT += MESSAGE_KEPT
KEPT += SHAPE_KEPT
