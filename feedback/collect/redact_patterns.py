"""Detectors for personal data written as text patterns: URLs, e-mails, references, addresses.

Each detector takes the text and returns :class:`Candidate` spans; ``redact`` resolves overlaps
between detectors by priority. Numbers (IBANs, cards, phones, bare digit runs) live in
``redact_numbers``; names in ``redact_names``. Pure Python, regexes compiled at import.
"""

from __future__ import annotations

import re
from enum import IntEnum, StrEnum
from typing import NamedTuple
from urllib.parse import urlsplit

__all__ = [
    "PLACEHOLDERS",
    "Candidate",
    "Priority",
    "RedactionKind",
    "find_addresses",
    "find_emails",
    "find_keyword_references",
    "find_urls",
    "looks_like_date",
]


class RedactionKind(StrEnum):
    """What a finding is; the value is stored with the quote and localised by the UI."""

    EMAIL = "email"
    PHONE = "phone"
    IBAN = "iban"
    CARD = "card"
    ADDRESS = "address"
    REFERENCE = "reference"
    URL = "url"
    BIRTHDATE = "birthdate"
    NAME = "name"


# Language-neutral tokens; the UI localises them when it shows a quote.
PLACEHOLDERS: dict[RedactionKind, str] = {
    RedactionKind.EMAIL: "[EMAIL]",
    RedactionKind.PHONE: "[PHONE]",
    RedactionKind.IBAN: "[IBAN]",
    RedactionKind.CARD: "[CARD]",
    RedactionKind.ADDRESS: "[ADDRESS]",
    RedactionKind.REFERENCE: "[REF]",
    RedactionKind.URL: "[URL]",
    RedactionKind.BIRTHDATE: "[BIRTHDATE]",
}


class Priority(IntEnum):
    """Lower wins when two candidates overlap: the more specific, more certain pattern first."""

    URL = 0  # a URL may contain an e-mail or digits; the whole link goes
    EMAIL = 1
    IBAN = 2
    CARD = 3
    REFERENCE_KEYWORD = 4  # "Kundennummer 0151..." is a reference, not a phone
    PHONE = 5
    ADDRESS = 6
    REFERENCE_BARE = 7
    NAME = 8


class Candidate(NamedTuple):
    """A span of the input to replace."""

    start: int
    end: int
    kind: RedactionKind
    replacement: str
    priority: Priority


def _placeholder(kind: RedactionKind, start: int, end: int, priority: Priority) -> Candidate:
    return Candidate(start, end, kind, PLACEHOLDERS[kind], priority)


# --- dates (shared with the number detectors) --------------------------------------------------

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DATE_RE = re.compile(
    rf"{_DAY}\.\s?{_MONTH}\.(?:\s?(?:19|20)?\d{{2}})?"  # 12.03.2024, 3.3., 12. 03. 24
    rf"|{_MONTH}/{_DAY}/(?:19|20)?\d{{2}}|{_DAY}/{_MONTH}/(?:19|20)?\d{{2}}"  # 03/12/2024
    rf"|(?:19|20)\d{{2}}[-/.]{_MONTH}[-/.]{_DAY}"  # ISO 2024-03-12, 2024/03/12
    r"|(?:19|20)\d{2}\s?[-–/]\s?(?:(?:19|20)?\d{2})"  # year ranges 2019-2024, 2023/24
)


def looks_like_date(token: str) -> bool:
    """True for dates and year ranges, which are never personal references here."""
    return _DATE_RE.fullmatch(token) is not None


# --- URLs ---------------------------------------------------------------------------------------

# Characters a link can hold (RFC 3986 plus letters of internationalised paths); "€", emoji and
# brackets end it, so a placeholder next to a link stays separate.
_URL_CHARS = r"[\w\-.~:/?#@!$&'()*+,;=%]"
_URL_RE = re.compile(
    rf"(?i)(?<![\w@.-])(?:(?:https?|ftp)://|www\.){_URL_CHARS}+"
    # scheme-less "example.de/path?x": only redacted when it carries a query or token
    rf"|(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+[a-z]{{2,24}}/{_URL_CHARS}*"
)
_URL_TRAILING = ".,;:!?'\")]}>*"
_SECRET_WORD_RE = re.compile(
    r"(?i)token|reset|passw|session|auth|log-?in|sign-?in|confirm|verif|activat|invit"
    r"|unsubscribe|abmeld|magic|secret|(?<![a-z])(?:key|sig|otp|code|uid|id)(?![a-z])"
)
# Account numbers in a path, UUIDs, and long letter+digit strings that look like tokens.
_TOKENISH_RE = re.compile(
    r"\d{5,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"
    r"|(?=[A-Za-z0-9_]{12,})(?=[A-Za-z_]*\d)(?=\d*[A-Za-z])[A-Za-z0-9_]{12,}"
)


def _url_is_sensitive(url: str) -> bool:
    """A link with a query, a data-carrying fragment, credentials or a token-like path goes.

    Decision: a plain homepage or help page ("www.example.de", "https://example.de/hilfe") is
    kept, customers cite them when they praise a self-service page; anything that could log
    someone in or identify an account is replaced by [URL].
    """
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
    except ValueError:  # malformed (e.g. bad IPv6 literal): treat as unsafe
        return True
    if parts.query or "@" in parts.netloc or "=" in parts.fragment:
        return True
    return any(
        _SECRET_WORD_RE.search(segment) or _TOKENISH_RE.search(segment)
        for segment in parts.path.split("/")
        if segment
    )


def _trim_url(text: str, start: int, end: int) -> int:
    """End of the URL without trailing sentence punctuation (but keep balanced parentheses)."""
    while end > start and text[end - 1] in _URL_TRAILING:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


def find_urls(text: str) -> list[Candidate]:
    """Links carrying tokens, queries or credentials (see ``_url_is_sensitive``)."""
    if "/" not in text and "www." not in text.lower():
        return []
    found: list[Candidate] = []
    for m in _URL_RE.finditer(text):
        end = _trim_url(text, m.start(), m.end())
        if end > m.start() and _url_is_sensitive(text[m.start() : end]):
            found.append(_placeholder(RedactionKind.URL, m.start(), end, Priority.URL))
    return found


# --- e-mail addresses ---------------------------------------------------------------------------

# "@" or an obfuscated "(at)" / "[at]" / " at " inside brackets; dots may be "(dot)" / "(punkt)".
_AT = r"(?:@|\s?[\[(]\s?(?:at|ät)\s?[\])]\s?)"
_DOT = r"(?:\.|\s?[\[(]\s?(?:dot|punkt)\s?[\])]\s?)"
_OBFUSCATED_AT_RE = re.compile(r"(?i)[\[(]\s?(?:at|ät)\s?[\])]")
_EMAIL_RE = re.compile(
    rf"(?i)(?<![\w.+%-])[\w.+%'-]+{_AT}(?:[\w-]+{_DOT})+[^\W\d_]{{2,24}}(?![\w-])"
)


# A company's role mailbox ("kundenservice@…", "support@…") names nobody: it stays.
_ROLE_MAILBOX_RE = re.compile(
    r"(?i)(?:kundenservice|kundendienst|kundenbetreuung|service|support|info|kontakt|contact"
    r"|hilfe|help|feedback|noreply|no-reply|hello|hallo|office|buero|büro|team|care|billing"
    r"|rechnung|customerservice|customer[._-]service|customercare|beschwerde|complaints)@"
)


def find_emails(text: str) -> list[Candidate]:
    """E-mail addresses, including the common obfuscations "name (at) host (dot) de"."""
    if "@" not in text and _OBFUSCATED_AT_RE.search(text) is None:
        return []
    return [
        _placeholder(RedactionKind.EMAIL, m.start(), m.end(), Priority.EMAIL)
        for m in _EMAIL_RE.finditer(text)
        if _ROLE_MAILBOX_RE.match(m.group()) is None
    ]


# --- order / ticket / customer / contract numbers after a keyword -------------------------------

_REF_KEYWORD_RE = re.compile(
    r"(?i)\b(?P<kw>"
    # German compounds: Bestellnummer, Kundennr., Vertrags-Nr, Zählernummer, Kunden-ID, ...
    r"[^\W\d_]*(?:-?nummer|-?nr\.?)"
    r"|(?:kunden|vorgangs|vertrags|auftrags|bestell|ticket|case|customer|user|member|account"
    r"|transaction|transaktions)-?id\b"
    r"|kd\.?\s?-?\s?nr\.?|az\.|aktenzeichen|(?:kunden|vertrags)?konto"
    r"|bestellung|auftrag|ticket|vorgang|referenz|rechnung|sendung|reklamation|vertrag|police"
    r"|(?:order|ticket|case|customer|account|contract|invoice|tracking|booking|confirmation"
    r"|claim|policy|membership|member|reference|reservation|incident|request|ref)"
    r"(?:\s?(?:no\b\.?|number|num\b\.?|nr\b\.?|id\b|\#|ref\b))?"
    r"|rma"
    r")"
    # filler between keyword and number: "Nr.", ":", "#", "ist", "lautet", "is", ...
    r"(?P<fill>(?:\s*(?:[:#=]|(?:nr|no|num)\.|\b(?:number|nummer|ist|lautet|lautete|is|was"
    r"|war|id)\b))*\s*\#?)"
    r"(?P<ref>(?>(?:[A-Za-z]{1,4}[-/]?)?\d[\dA-Za-z]*(?:[-/.](?:[A-Za-z]{1,6}[-/])?\d[\dA-Za-z]*)*"
    r"(?:\s\d{2,}(?![\d,.]?\d))*"
    # a last group of one digit where the number ends a sentence: "Account no. 3390 1142 7."
    r"(?:\s\d(?=[.,;!?)](?:\s|$)|$))?))"
    r"(?![\w,.]\d|\w)"
)
_WORD_RE = re.compile(r"[^\W\d_]+")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# First words of the keywords above (casefolded), to try the regex only where it can match.
_REF_FIRST_WORDS = _word_set(
    """
    kunden vorgangs vertrags auftrags bestell ticket case customer user member account
    transaction transaktions kd az aktenzeichen konto kundenkonto vertragskonto bestellung
    auftrag vorgang referenz rechnung vertrag police
    sendung reklamation order contract invoice tracking booking confirmation claim policy
    membership reference reservation incident request ref rma
    """
)
# A number followed by a unit or currency is an amount, not a reference.
_UNIT_AFTER_RE = re.compile(
    r"\s?(?:%|€|\$|£|EUR\b|Euro\b|USD\b|CHF\b|GBP\b|Prozent\b|percent\b|Uhr\b|h\b|min\b|Min\b"
    r"|Minuten\b|minutes\b|Stunden\b|hours\b|Tage\b|Tagen\b|days\b|Wochen\b|weeks\b|Monate\b"
    r"|months\b|Jahre\b|years\b|km\b|m\b|kg\b|g\b|GB\b|MB\b|TB\b|Mbit|MBit|mAh\b|kWh\b|Stück\b"
    r"|x\b|mal\b|times\b)",
)
_PHONE_KEYWORD_PREFIXES = ("tel", "handy", "mobil", "fax", "ruf", "festnetz", "haus", "zimmer")
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")


def find_keyword_references(text: str) -> list[Candidate]:
    """Numbers after "Bestellnummer", "Ticket #", "Kundennr.", "order no.", "case ID", ...

    The keyword stays; only the number (with its letters, dashes and slashes) becomes [REF].
    """
    found: list[Candidate] = []
    skip_to = 0
    for word in _WORD_RE.finditer(text):
        folded = word.group().casefold()
        if word.start() < skip_to or not (
            folded in _REF_FIRST_WORDS or folded.endswith(("nummer", "nr"))
        ):
            continue
        if text.startswith("[", word.start() - 1) and word.start():
            continue  # our own "[REF]" placeholder is not a keyword (idempotence)
        m = _REF_KEYWORD_RE.match(text, word.start())
        if m is None:
            continue
        skip_to = m.end()
        keyword, ref = m.group("kw").casefold(), m.group("ref")
        if keyword.startswith(_PHONE_KEYWORD_PREFIXES):
            continue  # "Telefonnummer" is for the phone detector, "Hausnummer" is an address
        if keyword.rstrip(".") in ("nummer", "nr") and ref.startswith(("0", "+")):
            continue  # "meine Nummer 030-1234567": a bare "Nummer" before a phone number
        digits = sum(ch.isdigit() for ch in ref)
        if digits < 3 or looks_like_date(ref) or _UNIT_AFTER_RE.match(text, m.end()):
            continue
        if _YEAR_RE.fullmatch(ref) and not m.group("fill").endswith("#"):
            continue  # "Rechnung 2023" is a year; "Ticket #2023" is a ticket
        found.append(
            _placeholder(
                RedactionKind.REFERENCE, m.start("ref"), m.end("ref"), Priority.REFERENCE_KEYWORD
            )
        )
    return found


# --- street addresses ---------------------------------------------------------------------------

_UP = "A-ZÄÖÜ"
_LOW = "a-zäöüß"
# Street-name endings as look-behinds grouped by length (look-behinds need a fixed width), so
# the street word is read once instead of trying every ending at every letter.
_DE_SUFFIX_BEHIND = (
    r"(?:(?<=(?i:weg))|(?<=(?i:str\.|ring|damm|ufer|pfad|kamp))"
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
# "12", "12a", "12-14", Austrian staircase and door: "45/3/12"
_HOUSE_NO = r"\d{1,3}(?:\s?[a-zA-Z](?![\w]))?(?:\s?[-/]\s?\d{1,3}[a-z]?){0,3}"
# ", 12345 Berlin", " in 60313 Frankfurt am Main", ", 8001 Zürich" (AT and CH have 4 digits)
_CITY = (
    rf"(?:,?\s|\sin\s)(?:(?:D|A|CH|FL|L)-)?\d{{4,5}}\s[{_UP}][\w-]+"
    rf"(?:\s(?:am|an\sder|im|in\sder|ob\sder|bei)\s[{_UP}]\w+)?"
)
# A flat or floor between the house number and the town: ", App. 4", ", 2. OG", ", Whg. 12"
_DE_UNIT = (
    r"(?:,?\s(?:App\.|Apt\.|Whg\.|Wohnung|Zi\.|Zimmer|Top|Stiege|\d{1,2}\.\s?(?:OG|Stock|Etage)"
    r"|[EOU]G\b)(?:\s?\d{1,4}[a-z]?)?)?"
)
_DE_ADDRESS_RE = re.compile(
    rf"(?<![\w-])(?P<street>"
    rf"[{_UP}][\w.-]*+{_DE_SUFFIX_BEHIND}"
    rf"|[{_UP}][{_LOW}]+(?:er|e|es)\s{_DE_STREET_NOUN}"
    rf"|(?:Am|Im|Beim|Zum|Zur|An\sder|An\sden|Auf\sder|Auf\sdem|In\sder|In\sden|Unter\sden"
    rf"|Hinter\sder|Vor\sdem|Bei\sder)\s(?:[{_UP}][\w-]*{_DE_PLACE_NOUN}|{_DE_PLACE_NOUN}"
    # any other name after a preposition only with a postcode: "Im Tal 4, 12345 Ort"
    rf"|[{_UP}][\w-]+(?=\s{_HOUSE_NO}{_CITY}))"
    rf")\s?(?P<no>{_HOUSE_NO})(?![\d\w]|[.,:]\d)"
    rf"{_DE_UNIT}(?P<city>{_CITY})?"
)
_EN_SUFFIX = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Square"
    r"|Sq|Terrace|Way|Close|Crescent|Gardens|Grove|Parkway|Highway|Row|Walk|Mews|View|Hill"
    r"|Heights|Rise|Quay|Circle|Trail"
    r")"
)
# optional ", London SW1A 1AA" / ", Springfield, IL 62704"
_EN_CITY = (
    r"(?:(?:,?\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?,?\s(?:Co\.\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s"
    # UK postcode, US state and ZIP, Australian state and postcode, Canadian province and
    # postal code, Irish Eircode
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]{2}\s\d{5}(?:-\d{4})?"
    r"|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4}|(?:[A-Z]{2}\s)?[A-Z]\d[A-Z]\s?\d[A-Z]\d"
    r"|[A-Z]\d{2}\s?[A-Z\d]{4})\b)?"
)
# A postcode named as such: "Eircode D02 X285", "postal code K1A 0B1", "PLZ 10115".
_NAMED_POSTCODE_RE = re.compile(
    r"(?i)\b(?:eircode|postal\s?code|post\s?code|zip(?:\s?code)?|plz|postleitzahl)"
    r"(?:\s?(?:is|ist|:))?\s?((?-i:[A-Z]\d{2}\s?[A-Z\d]{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
    r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})|\d{4,5}(?:-\d{4})?)(?![\w-])"
)
# ", Apt 3B", " Unit 7", ", Flat 2", ", Suite 400"
_EN_UNIT = r"(?:,?\s(?:Apt|Apartment|Unit|Suite|Ste|Flat|\#)\.?\s?\#?\d{1,5}[A-Za-z]?\b)?"
# The flat before the house: "Flat 3, 22 Albert Street"
_EN_UNIT_FIRST = r"(?:(?:Flat|Apartment|Apt\.?|Unit|Suite)\s?\d{1,5}[A-Za-z]?,?\s)?"
_EN_ADDRESS_RE = re.compile(
    rf"(?<![\w.,-]){_EN_UNIT_FIRST}\d{{1,5}}[A-Za-z]?\s(?:[A-Z][a-z']+\s){{1,3}}{_EN_SUFFIX}\b"
    rf"{_EN_UNIT}{_EN_CITY}"
)
# PO boxes: "Postfach 12 34 56, 50667 Köln", "PF 4410", "PO Box 4471, Springfield, IL 62704",
# "P.O. Box 998". The box number is grouped in pairs or threes in German ("10 05 22").
_PO_BOX_RE = re.compile(
    rf"(?<![\w-])(?:(?P<de>Postfach|Postf\.|PF|Pf\.)\s?(?P<box>\d{{1,6}}(?:\s\d{{2,3}})*)"
    rf"(?![\d,.]\d)(?P<city>{_CITY})?"
    rf"|(?i:P\.?\s?O\.?\s?Box|Post\sOffice\sBox|POB)\s?\#?\s?\d{{1,6}}(?!\d){_EN_CITY})"
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
    " straße strasse str. weg gasse allee platz ring damm ufer chaussee steig pfad stieg"
    " promenade graben kamp twiete"
)


def find_addresses(text: str) -> list[Candidate]:
    """German ("Musterstraße 12, 12345 Berlin", "Am Markt 3"), English ("221B Baker Street")
    and PO boxes ("Postfach 12 34 56, 50667 Köln", "PO Box 4471")."""
    found: list[Candidate] = []
    for m in _DE_ADDRESS_RE.finditer(text):
        street = m.group("street")
        if street.casefold() in _NOT_STREETS or _UNIT_AFTER_RE.match(text, m.end("no")):
            continue
        found.append(_placeholder(RedactionKind.ADDRESS, m.start(), m.end(), Priority.ADDRESS))
    for m in _DE_LOWER_STREET_RE.finditer(text):
        if m.group("street") not in _NOT_STREETS and not _UNIT_AFTER_RE.match(text, m.end("no")):
            found.append(_placeholder(RedactionKind.ADDRESS, m.start(), m.end(), Priority.ADDRESS))
    for m in _FLAT_RE.finditer(text):
        if not _UNIT_AFTER_RE.match(text, m.end()):
            found.append(
                _placeholder(RedactionKind.ADDRESS, m.start("flat"), m.end(), Priority.ADDRESS)
            )
    for m in _EN_ADDRESS_RE.finditer(text):
        found.append(_placeholder(RedactionKind.ADDRESS, m.start(), m.end(), Priority.ADDRESS))
    for m in _NAMED_POSTCODE_RE.finditer(text):
        found.append(_placeholder(RedactionKind.ADDRESS, m.start(1), m.end(1), Priority.ADDRESS))
    for m in _PO_BOX_RE.finditer(text):
        if m.group("de") and sum(map(str.isdigit, m.group("box"))) < 3 and not m.group("city"):
            continue  # "im Postfach 3 Mails": the mailbox, not a PO box
        found.append(_placeholder(RedactionKind.ADDRESS, m.start(), m.end(), Priority.ADDRESS))
    return found
