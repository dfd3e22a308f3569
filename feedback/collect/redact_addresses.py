"""Street addresses and PO boxes in German, Austrian, Swiss, British, Irish, US, Canadian and
Australian shapes, as ``[ADDRESS]`` candidates (split from ``redact_patterns``)."""

from __future__ import annotations

import re

from feedback.collect.redact_address_edges import widen_address
from feedback.collect.redact_address_shapes import find_more_addresses
from feedback.collect.redact_african_addresses import find_african_addresses
from feedback.collect.redact_indian_addresses import find_indian_addresses
from feedback.collect.redact_patterns import (
    PLACEHOLDERS,
    UNIT_AFTER_RE,
    Candidate,
    Priority,
    RedactionKind,
)
from feedback.collect.redact_postcode_streets import find_postcode_streets
from feedback.collect.redact_southeast_addresses import find_southeast_addresses

__all__ = ["find_addresses"]


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _address(start: int, end: int) -> Candidate:
    return Candidate(
        start, end, RedactionKind.ADDRESS, PLACEHOLDERS[RedactionKind.ADDRESS], Priority.ADDRESS
    )


_UP = "A-ZÄÖÜ"
_LOW = "a-zäöüß"
# Street-name endings as look-behinds grouped by length (look-behinds need a fixed width), so
# the street word is read once instead of trying every ending at every letter.
_DE_SUFFIX_BEHIND = (
    # "str" without its dot too: "Schillerstr 8 c" (a house number must follow)
    r"(?:(?<=(?i:weg|str))|(?<=(?i:str\.|ring|damm|ufer|pfad|kamp))"
    r"|(?<=(?i:gasse|allee|platz|steig|stieg))|(?<=(?i:straße|graben|twiete))"
    r"|(?<=(?i:strasse))|(?<=(?i:chaussee))|(?<=(?i:promenade)))"
)
_DE_STREET_NOUN = r"(?:Straße|Strasse|Str\.|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|Chaussee)"
# Nouns that follow "Am", "Im", "An der", ... in street names ("Am Markt 3", "Im Winkel 2").
_DE_PLACE_NOUN = (
    r"(?:Markt|Hof|Anger|Bach|Berg|Hang|Park|Wall|Graben|Rain|Brink|Deich|Kanal|Hafen|Bahnhof"
    r"|Rathaus|Schloss|Sportplatz|Stadtpark|Wasserturm|Winkel|Kreuz|Tor|Turm|Feld|Wald|Garten"
    r"|Brunnen|Teich|See|Mühlbach|Hügel|Eck|Steinbruch|Kirchberg|Lindenhof|Ring)"
)
# "12", "12a", "12-14", "1–3", Austrian staircase and door: "45/3/12", a half: "5 1/2", "5½"
# (a floor after a slash is no door: "3a / 2. OG")
_HOUSE_NO = (
    r"\d{1,3}(?:\s?[a-zA-Z](?![\w]))?"
    r"(?:\s?[-–/]\s?\d{1,3}[a-z]?(?!\.\s?(?:OG|Stock|Etage)\b)){0,3}(?:\s1/2|\s?½)?"
)
# ", 12345 Berlin", " in 60313 Frankfurt am Main", ", 8001 Zürich" (AT and CH have 4 digits)
# (or after a signature's separator: "Am Markt 5 · 01067 Dresden", "Koppelweg 4 | 25813 Husum")
_CITY = (
    # a town of two words: "83646 Bad Tölz", "3100 St. Pölten", "61348 Bad Homburg vor der Höhe"
    rf"(?:,?\s|\sin\s|\s[·•|]\s)(?:(?:D|A|CH|FL|L)-)?\d{{4,5}}\s(?:(?:St\.|Sankt|Bad)\s)?"
    rf"[{_UP}][\w-]+(?:\s(?:am|an\sder|im|in\sder|ob\sder|bei|vor\sder)\s[{_UP}]\w+)?"
)
# A flat or floor between the house number and the town: ", App. 4", ", 2. OG links",
# ", Whg. 12"
_DE_FLAT = (
    r"(?:App\.|Apt\.|Whg\.|Wohnung|Zi\.|Zimmer|Top|Stiege|\d{1,2}\.\s?(?:OG|Stock|Etage)"
    r"|[EOU]G\b)(?:\s?\d{1,4}[a-z]?)?(?:\s(?:links|rechts|Mitte|li\.|re\.))?"
)
# Parts of the building too, and up to three of them, where the postcode and town follow:
# ", Hinterhaus, 12047 Berlin", ", Seitenflügel, 3. OG, 10999 Berlin", ", Aufgang B, …"
_DE_BUILDING = (
    r"(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Quergebäude|Hinterhof|Souterrain"
    r"|Hochparterre|Dachgeschoss|DG\b"
    # an entrance or a block of a large estate: ", Aufgang B, 10435 Berlin"
    r"|(?:Aufgang|Eingang|Block|Haus)\s(?:[A-Z]|\d{1,2})\b)"
)
# set off by a comma or a slash: ", 2. OG", " / 2. OG"
_DE_UNIT_SEP = r"(?:,?\s|\s?/\s?)"
_DE_UNIT = (
    rf"(?:(?:{_DE_UNIT_SEP}(?:{_DE_FLAT}|{_DE_BUILDING})){{1,3}}(?={_CITY})"
    rf"|{_DE_UNIT_SEP}{_DE_FLAT})?"
)
_DE_ADDRESS_RE = re.compile(
    rf"(?<![\w-])(?P<street>"
    # a town's adjective may stand before: "Simmeringer Hauptstraße 96a/2/7", "Landstraßer
    # Hauptstr. 14/3/7"
    rf"(?:[{_UP}][{_LOW}]+er[ ](?=[{_UP}][{_LOW}]+(?:straße|strasse|str\.|gasse|weg|allee)\s?\d))?"
    rf"[{_UP}][\w.-]*+{_DE_SUFFIX_BEHIND}"
    # the number joined to an abbreviation's dot: "Hauptstr.12" ("KRING2", "STRING42" stay)
    rf"|[{_UP}][^\W\d_]*(?i:str)\.(?=\d)"
    # "Lange Straße", not across a line: "Ihre Klaus Schneider\nStraße 12" is a signature
    rf"|[{_UP}][{_LOW}]+(?:er|e|es)[^\S\n]{_DE_STREET_NOUN}"
    rf"|(?:Am|Im|Beim|Zum|Zur|An\sder|An\sden|Auf\sder|Auf\sdem|In\sder|In\sden|Unter\sden"
    rf"|Hinter\sder|Vor\sdem|Bei\sder)\s(?:[{_UP}][{_LOW}]+(?:en|er|es|e)\s)?"
    rf"(?:[{_UP}][\w-]*{_DE_PLACE_NOUN}|{_DE_PLACE_NOUN}"
    # any other name after a preposition only with a postcode: "Im Tal 4, 12345 Ort"
    rf"|[{_UP}][\w-]+(?=\s{_HOUSE_NO}{_CITY}))"
    # "Nr." may stand before the house number: "Bergstraße Nr. 7"
    rf")\s?(?:Nr\.\s?)?(?P<no>{_HOUSE_NO})(?![\d\w]|[.,:]\d)"
    rf"{_DE_UNIT}(?P<city>{_CITY})?"
)
_EN_SUFFIX = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Square"
    r"|Sq|Terrace|Way|Close|Crescent|Gardens|Grove|Parkway|Highway|Row|Walk|Mews|View|Hill"
    r"|Heights|Rise|Quay|Circle|Trail|Parade|Pde|Esplanade"
    # the postal abbreviations of the words above: "742 Evergreen Ter", "Shoreline Pkwy"
    r"|Terr?|Pkwy|Hwy|Cir|Trl|Cres|Gdns"
    r")"
)
# ", London SW1A 1AA" / ", Springfield, IL 62704"
_EN_TOWN = (
    r"(?:(?:,?\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?,?\s(?:Co\.\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s"
    # UK postcode, US state and ZIP, Australian state and postcode, Canadian province and
    # postal code, Irish Eircode, four digits
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]{2}\s\d{5}(?:-\d{4})?"
    r"|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4}|(?:[A-Z]{2}\s)?[A-Z]\d[A-Z]\s?\d[A-Z]\d"
    r"|[A-Z]\d{2}\s?[A-Z\d]{4}"
    # a four-digit postcode right after the town (New Zealand): "PO Box 1203, Auckland 1140"
    # ("PO Box 12, Sandton, 2146": a town set off by a comma stays, the post office's)
    # or five, in Kenya: "P.O. Box 21, Nairobi 00100"
    r"|(?<=[a-z]\s)\d{4,5}(?![.,:/-]?\d))\b)"
)
_EN_CITY = rf"{_EN_TOWN}?"  # optional after a street
# A postcode named as such: "Eircode D02 X285", "postal code K1A 0B1", "PLZ 10115".
_NAMED_POSTCODE_RE = re.compile(
    r"(?i)\b(?:eircode|postal\s?code|post\s?code|zip(?:\s?code)?|plz|postleitzahl)"
    r"(?:\s?(?:is|ist|:))?\s?((?-i:[A-Z]\d{2}\s?[A-Z\d]{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}))(?![\w-])"
)
# ", Apt 3B", " Unit 7", ", Flat 2", ", Suite 400"
_EN_UNIT_ONE = r"(?:,?\s(?:Apt|Apartment|Unit|Suite|Ste|Flat|\#)\.?\s?\#?\d{1,5}[A-Za-z]?\b)"
# The flat before the house: "Flat 3, 22 Albert Street"
_EN_UNIT_FIRST = (
    r"(?:(?:(?:Flat|Apartment|Apt\.?|Unit|Suite)\s?\d{1,5}[A-Za-z]?"
    r"|\d{1,2}(?:st|nd|rd|th)\s[Ff]loor|Ground\s[Ff]loor"
    r"|\d{1,2}/\d{1,2}(?=,))"  # a Glasgow flat: "3/2, 45 Dumbarton Road"
    r",?\s)?"
)
_EN_ADDRESS_RE = re.compile(
    # an Australian unit before the house number: "3/14 Pittwater Rd"
    rf"(?<![\w.,/-]){_EN_UNIT_FIRST}(?:\d{{1,4}}[A-Za-z]?/(?=\d))?\d{{1,5}}[A-Za-z]?"
    # a range of house numbers: "12-14 Queen St"
    rf"(?:[-–]\d{{1,5}}[A-Za-z]?)?\s"
    # a compass point before the street name: "2219 W Belmont Ave", "10 North Elm Street"
    # an ordinal for a name: "221 W 48th St"
    rf"(?:(?:[NSEW]|NE|NW|SE|SW)\.?\s)?"
    # "O'Connell St", "St. John's Road", "W 48th St"
    rf"(?:(?:(?:[A-Z][a-z]*['’])?[A-Z][a-z']+|St\.|\d{{1,3}}(?:st|nd|rd|th))\s){{1,3}}"
    # Dublin's "Gardiner Street Upper", "Dorset Street Lower"
    rf"{_EN_SUFFIX}\b(?:\s(?:Upper|Lower|Great|Little)\b)?"
    # a compass point after it: "45 King St W", "1027 Peachtree St NE"
    r"(?:\s(?:[NSEW]|NE|NW|SE|SW)(?![\w-]))?"
    # "Main St. Apt. 4, Boise, ID 83702": the abbreviation's dot before a unit or a town
    rf"(?:\.?(?:{_EN_UNIT_ONE}{_EN_CITY}|{_EN_TOWN}))?"
    # a unit in a named park or building, with its town and postcode: "Unit 4, Riverside Park,
    # Cardiff CF10 4GA"
    rf"|(?<![\w.,-])(?:Unit|Flat|Suite|Apartment)\s?\d{{1,5}}[A-Za-z]?,?\s(?:[A-Z][a-z']+\s){{0,3}}"
    r"(?:Park|Estate|House|Court|Centre|Center|Building|Buildings|Tower|Works|Mill|Yard|Mews)"
    rf"\b{_EN_TOWN}"
    # or a building of any name, with the postcode: "Apartment 12, The Maltings, Galway H91 X2F6"
    rf"|(?<![\w.,-])(?:Unit|Flat|Suite|Apartment|Apt\.?)\s?\d{{1,5}}[A-Za-z]?,\s(?:The\s)?[A-Z][a-z']+"
    rf"(?:\s[A-Z][a-z']+)?{_EN_TOWN}"
)
# PO boxes: "Postfach 12 34 56, 50667 Köln", "PF 4410", "PO Box 4471, Springfield, IL 62704",
# "P.O. Box 998". The box number is grouped in pairs or threes in German ("10 05 22").
_PO_BOX_RE = re.compile(
    rf"(?<![\w-])(?:(?P<de>Postfach|Postf\.|PF|Pf\.)\s?(?P<box>\d{{1,6}}(?:\s\d{{2,3}})*)"
    rf"(?![\d,.]\d)(?P<city>{_CITY})?"
    # "GPO Box 2334, Sydney NSW 2001"; "Private Bag X9", "Locked Bag 5"; a Kenyan box with the
    # post office's code and town: "PO Box 3345-00200 Nairobi"
    rf"|(?:(?i:Post[Nn]et\sSuite)\s\d{{1,5}},?\s)?"
    rf"(?:(?i:G?P\.?\s?O\.?\s?Box|Post\sOffice\sBox|POB)\s?\#?\s?\d{{1,6}}"
    rf"|(?:Private|Locked)\s[Bb]ag\s[A-Z]?\d{{1,6}})"
    rf"(?!\d)(?:-\d{{5}}(?:,?\s[A-Z][a-z]+)?)?{_EN_CITY})"
)
# Typed in lower case: "gartenstr 7", "bergstrasse 22b 44135 dortmund". Only the unmistakable
# endings; "ring" or "damm" in lower case are English words and nouns ("bring 2 cakes").
_DE_LOWER_STREET_RE = re.compile(
    rf"(?<![\w-])(?P<street>[{_LOW}][{_LOW}-]{{2,}}(?:straße|strasse|str\.|str|gasse|allee))"
    rf"\s?(?P<no>{_HOUSE_NO})(?![\d\w]|[.,:]\d)(?:(?:,?\s|\sin\s)\d{{5}}\s[{_LOW}][\w-]+)?"
)
# "L. from flat 2b", "at Apt 14C" without a street: where someone lives in a building ("Allnet
# Flat 100" is a German phone tariff)
_FLAT_RE = re.compile(
    r"\b(?i:from|at)\s(?P<flat>(?i:flat|apt\.?)\s?\#?\d{1,4}[A-Za-z]?)"
    r"(?![\w,.]\d|\w)"
)
# Words ending like a street that are not streets ("Parkplatz 3", "Heimweg 20 Minuten").
_NOT_STREETS = _word_set(
    "parkplatz sitzplatz stellplatz arbeitsplatz campingplatz spielplatz abstellplatz"
    " rückweg heimweg umweg ausweg hinweg fußweg arbeitsweg schulweg lieferweg rechtsweg"
    " postweg dienstweg zahlungsweg versandweg lösungsweg ehering schlüsselring"
    # a street ending on its own is an ordinary noun: "Platz 3", "auf dem Weg 2"
    " straße strasse str. str weg gasse allee platz ring damm ufer chaussee steig pfad stieg"
    " promenade graben kamp twiete"
)


# Nouns that number things, before a four-digit number that is then no postcode.
_COUNTED_NOUNS = _word_set(
    "seite seiten tabelle artikel kapitel folge teil punkt nummer position zeile spalte"
    " abschnitt absatz band heft ausgabe staffel episode runde level stufe gruppe klasse raum"
    " zimmer tisch platz gleis halle stand tor reihe sitz woche tag monat jahr version modell"
    " typ größe grösse preis tarif paket option schritt frage fall ticket bus linie bahn"
)
# A street of any name with its house number, a comma and a German postcode and town: "Heide
# 12, 48653 Coesfeld". One word: the word before may be a verb or a closing ("Wohnhaft
# Kirchplatz 2, …"), and the line before may end in an initial ("E. S.\nHeide 12, …").
_STREET_ADJECTIVE = (
    r"(?:Lang|Gro(?:ß|ss)|Klein|Alt|Neu|Hoh|Breit|Ober|Unter|Hinter|Vorder|Mittler|Nieder"
    r"|Schmal|Kurz|Wei(?:ß|ss)|Rot|Grün|Schwarz|Krumm|Schön|Still|Tief|Hell|Dunkl)(?:e|er|es|en)"
)
_STREET_POSTCODE_RE = re.compile(
    # (Austrian and Swiss postcodes have four digits, but not those that read as a year)
    # an adjective of the street's name before it: "Lange Reihe 44, 20099 Hamburg"
    rf"(?<![\w.-])(?P<street>(?:{_STREET_ADJECTIVE}[ ])?[{_UP}][\w-]+)[ ]"
    # a comma or a signature's separator before the postcode: "Lange Reihe 44 · 20099 Hamburg"
    rf"(?P<no>\d{{1,3}}[a-zA-Z]?(?:-\d{{1,3}})?)(?:,[ ]|[ ][·•|][ ])"
    # a Dutch postcode's two letters: "Prinsengracht 263, 1016 GV Amsterdam"
    rf"(?:\d{{5}}|\d{{4}}[ ]?[A-Z]{{2}}(?=[ ][{_UP}][{_LOW}])"
    rf"|(?P<four>(?:A-|CH-)\d{{4}}|(?!19|20)\d{{4}}))"
    rf"[ ][{_UP}][\w-]+(?:[ ](?:am|an[ ]der|im|in[ ]der|ob[ ]der|bei)[ ][{_UP}]\w+)?"
)
# A street of any name right after the word "Adresse" or "address": "Adresse Contrescarpe 48",
# "my address is Elm Row 5", "Adresse: Landstraßer Hauptstraße 71/2/14, 1030 Wien".
_LABELLED_RE = re.compile(
    rf"(?i:adresse|anschrift|address|wohnhaft\sin)(?:\s(?i:ist|is|lautet))?:?\s"
    rf"(?P<street>[{_UP}][\w.-]+(?:\s[{_UP}][\w.-]+){{0,2}})\s"
    # Austrian staircase and door may follow: "Adresse: Landstraßer Hauptstraße 71/2/14"
    rf"(?P<no>\d{{1,4}}[a-z]?(?:/\d{{1,3}}[a-z]?){{0,2}})(?![\d\w]|[.,:/]\d)"
    rf"(?P<city>{_CITY})?"
)


def find_addresses(text: str) -> list[Candidate]:
    """German ("Musterstraße 12, 12345 Berlin", "Am Markt 3"), English ("221B Baker Street")
    and PO boxes ("Postfach 12 34 56, 50667 Köln", "PO Box 4471")."""
    found: list[Candidate] = []
    for m in _DE_ADDRESS_RE.finditer(text):
        street = m.group("street")
        if street.casefold() in _NOT_STREETS or UNIT_AFTER_RE.match(text, m.end("no")):
            continue
        found.append(_address(m.start(), m.end()))
    for m in _STREET_POSTCODE_RE.finditer(text):
        if m.group("four") and (
            m.group("street").casefold() in _COUNTED_NOUNS
            or UNIT_AFTER_RE.match(text, m.end("four"))
        ):
            continue  # "Seite 12, 1500 Wörter", "Artikel 5, 1200 Stück"
        found.append(_address(m.start(), m.end()))
    for m in _LABELLED_RE.finditer(text):
        if not UNIT_AFTER_RE.match(text, m.end("no")):
            found.append(_address(m.start("street"), m.end()))
    for m in _DE_LOWER_STREET_RE.finditer(text):
        if m.group("street") not in _NOT_STREETS and not UNIT_AFTER_RE.match(text, m.end("no")):
            found.append(_address(m.start(), m.end()))
    for m in _FLAT_RE.finditer(text):
        if not UNIT_AFTER_RE.match(text, m.end()):
            found.append(_address(m.start("flat"), m.end()))
    for m in _EN_ADDRESS_RE.finditer(text):
        found.append(_address(m.start(), m.end()))
    for m in _NAMED_POSTCODE_RE.finditer(text):
        found.append(_address(m.start(1), m.end(1)))
    found += find_more_addresses(text)
    found += find_postcode_streets(text)
    found += find_indian_addresses(text)
    found += find_southeast_addresses(text)
    found += find_african_addresses(text)
    for m in _PO_BOX_RE.finditer(text):
        if m.group("de") and sum(map(str.isdigit, m.group("box"))) < 3 and not m.group("city"):
            continue  # "im Postfach 3 Mails": the mailbox, not a PO box
        found.append(_address(m.start(), m.end()))
    return [_address(*widen_address(text, c.start, c.end)) for c in found]
