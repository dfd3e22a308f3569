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

from feedback.collect.redact_profile_links import is_profile_link, names_a_person

__all__ = [
    "PLACEHOLDERS",
    "UNIT_AFTER_RE",
    "Candidate",
    "Priority",
    "RedactionKind",
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
    PERSONAL_ID = "personal_id"  # tax, insurance, passport, licence plate: for life
    NAME = "name"
    HANDLE = "handle"  # a social-media handle made of a customer's name


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
    RedactionKind.PERSONAL_ID: "[ID]",
    RedactionKind.HANDLE: "[HANDLE]",
}


class Priority(IntEnum):
    """Lower wins when two candidates overlap: the more specific, more certain pattern first."""

    URL = 0  # a URL may contain an e-mail or digits; the whole link goes
    EMAIL = 1
    IBAN = 2
    CARD = 3
    PERSONAL_ID = 4  # "Steuernummer 143/512/60048" is a tax id, not a customer number
    REFERENCE_KEYWORD = 5  # "Kundennummer 0151..." is a reference, not a phone
    PHONE = 6
    ADDRESS = 7
    REFERENCE_BARE = 8
    NAME = 9


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
    if is_profile_link(parts.hostname or "", parts.path) or names_a_person(parts.path):
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
# Spaces only, no line break: "Ihre Klaus Schneider\n(at) web.de" is a signature over a broken
# address, and "Schneider" is no local part of it.
_SP = r"[^\S\r\n]?"
# A space typed after the "@" ("meier@ web.de") still makes an address.
_AT = rf"(?:@{_SP}|{_SP}[\[(]{_SP}(?:at|ät){_SP}[\])]{_SP})"
# "[.]", "(.)": a dot in brackets
_DOT = rf"(?:\.|{_SP}[\[(]{_SP}(?:dot|punkt|\.){_SP}[\])]{_SP})"
_OBFUSCATED_AT_RE = re.compile(r"(?i)[\[(]\s?(?:at|ät)\s?[\])]")
# (the local part may spell its dots too: "anna [dot] schmidt [at] posteo [dot] de")
_EMAIL_RE = re.compile(
    rf"(?i)(?<![\w.+%-])[\w.+%'-]+(?:{_DOT}[\w+%'-][\w.+%'-]*)*{_AT}(?:[\w-]+{_DOT})+"
    r"[^\W\d_]{2,24}(?![\w-])"
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
    # "Kd 55 20 118", "(Kd. 4471 8820)": the customer-number abbreviation alone, digits next
    r"|kd\b\.?(?=\s?\d)"
    r"|bestellung|buchung|auftrag|ticket|vorgang|referenz|rechnung|sendung|reklamation|vertrag"
    r"|beschwerde|anfrage|mitglied|lieferschein|retoure"
    r"|police|polizze|meter\s(?:serial|number|no\b\.?)"
    r"|(?:order|ticket|case|customer|account|contract|invoice|tracking|booking"
    r"|confirmation|claim|policy|membership|member|reference|reservation|incident|request"
    r"|complaint|enquiry|inquiry"
    r"|acct\b\.?|acc\b\.?|ref\b\.?)"
    r"(?:\s?(?:no\b\.?|number|num\b\.?|nr\b\.?|id\b|\#|ref\b))?"
    r"|rma|loyalty\s(?:card\s)?(?:no\b\.?|number|num\b\.?|id\b|\#)"
    r")"
    # filler between keyword and number: "Nr.", ":", "#", "ist", "lautet", "is", ...
    # (the number word may open a bracket: "my contract (no. 3300-AB-1192)")
    r"(?P<fill>(?:['’]s\b|\s*(?:[:#=]|\(?(?:nr|no|num)\.|\b(?:number|nummer|ist(?:\s(?:die|der))?"
    r"|lautet|lautete|is|was|war|id)\b"
    # a carrier's name stays before its number: "Tracking DPD 0123…", "tracking UPS 1Z…"
    r"|\b(?:ups|usps|dhl|dpd|gls|tnt|hermes|fedex)\b))*"
    # or up to two words before a colon: "Buchungsnummer vergessen: XK7P2M"
    r"(?:(?:\s+[^\W\d_]+){1,2}\s*:)?\s*\#?)"
    # a prefix of capitals may stand apart: "VN 12 345 678", or be joined by "_": "MBR_4c19e7";
    # a last group may start with a letter: "CAS-40571-X2Y3"
    r"(?P<ref>(?>(?:[A-Za-z]{1,4}[-/_]?|(?-i:(?!EUR|USD|CHF|GBP)[A-Z]{1,4})\s(?=\d\d))?\d[\dA-Za-z]*"
    r"(?:[-/.](?:[A-Za-z]{1,6}[-/])?[A-Za-z]{0,3}\d[\dA-Za-z]*)*"
    # groups of digits, or of capitals then digits: "12 AZ 4471/23", "7 EBZ 0123 4432 19"
    r"(?:\s\d{2,}(?![\d,.]?\d)|\s(?!(?:EUR|USD|CHF|GBP)\b)[A-Z]{2,3}\s\d{2,}(?:/\d{2,4})?"
    r"(?![\d,.]?\d)"
    # a slash between blanks after a group of three digits or more: "Kd.-Nr. 20 551 / 7730"
    r"|(?<=\d{3})\s/\s\d{2,}(?![\d,.]?\d)"
    # digits read out one by one: "Kundennummer ist 5 3 0 2 8 8 1 6"
    r"|(?<=\b\d)(?:\s\d\b){4,}(?![\d,.]?\d))*"
    # the German pension insurance number's letter and check digits: "12 010758 O 003"
    r"(?:\s?[A-Z]\s?\d{3}(?![\d,.]?\d))?"
    # a check letter after a dash: "Beschwerde 20931-B", "Kundennr. 4471-22-XK"
    r"(?:-(?-i:[A-Z]{1,3})(?![\w-]))?"
    # a last group of one digit ending a sentence or a line: "Account no. 3390 1142 7."
    r"(?:\s\d(?=[.,;!?)](?:\s|$)|$|\n))?))"
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
    auftrag vorgang referenz rechnung vertrag police polizze buchung meter
    sendung reklamation order contract invoice tracking booking confirmation claim policy
    membership reference reservation incident request ref rma acct acc loyalty
    beschwerde anfrage complaint enquiry inquiry mitglied lieferschein retoure
    """
)
# A number followed by a unit or currency is an amount, not a reference (nor a house number).
UNIT_AFTER_RE = re.compile(
    r"\s?(?:%|€|\$|£|EUR\b|Euro\b|USD\b|CHF\b|GBP\b|Prozent\b|percent\b|Uhr\b|h\b|min\b|Min\b"
    r"|Minuten\b|minutes\b|Stunden\b|hours\b|Tage\b|Tagen\b|days\b|Wochen\b|weeks\b|Monate\b"
    r"|months\b|Jahre\b|years\b|km\b|m\b|kg\b|g\b|GB\b|MB\b|TB\b|Mbit|MBit|mAh\b|kWh\b|Stück\b"
    r"|x\b|mal\b|times\b)",
)
# "Telefonnummer", "Rückrufnr.": the phone detector's; "Hausnummer": an address
_PHONE_KEYWORD_PREFIXES = (
    "tel", "handy", "mobil", "fax", "ruf", "rückruf", "festnetz", "haus", "zimmer"
)  # fmt: skip
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
# A company's free or shared-cost number after "Servicenummer": the number rules keep it
_HOTLINE_RE = re.compile(r"0(?:800|801|180\d?|900)(?!\d)")
# A last group of one digit after a number in three or more groups: "kd nr 77 12 34 5 und"
_LAST_DIGIT_RE = re.compile(r"[ \u00a0]\d(?![\w,.:/-]|\s?%)")


# A booking code of six capitals and digits with few digits: "booking ref is QX7T2L"
_BOOKING_CODE_RE = re.compile(r"(?=[A-Z\d]*\d)(?=[A-Z\d]*[A-Z])[A-Z\d]{6,8}")


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
        if (digits < 3 and not _BOOKING_CODE_RE.fullmatch(ref)) or looks_like_date(ref):
            continue
        if UNIT_AFTER_RE.match(text, m.end()):
            continue
        if _YEAR_RE.fullmatch(ref) and not m.group("fill").endswith("#"):
            continue  # "Rechnung 2023" is a year; "Ticket #2023" is a ticket
        if _HOTLINE_RE.match(ref):
            continue  # "Servicenummer 0800 222 333 4": a company's hotline names nobody
        end = m.end("ref")
        last = _LAST_DIGIT_RE.match(text, end)
        if last and len(ref.split()) >= 3 and not UNIT_AFTER_RE.match(text, last.end()):
            end = skip_to = last.end()
        found.append(
            _placeholder(RedactionKind.REFERENCE, m.start("ref"), end, Priority.REFERENCE_KEYWORD)
        )
    return found
