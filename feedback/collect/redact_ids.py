"""Official personal identifiers: tax ids, social and health insurance numbers, passport and
identity card numbers, driving licences and licence plates.

They are found after their keyword ("Steuer-ID 47 036 892 816", "Versichertennummer:
A123456780", "passport number is C4X7P92LM", "reg. KP19 XZT", "NHS number 943 476 5919"),
where up to three words and a colon may come between ("Kennzeichen meines Autos: M-KL 4821").
Three shapes are so distinctive that they go without a keyword: a British National Insurance
number ("JH 41 72 90 C", also in lower case), a German licence plate written with its hyphen
("HH-AB 1234") and a British driving licence number ("MORGA657054SM9IJ").

The keyword stays; the identifier becomes ``[ID]``. Such numbers identify a person for life
(unlike a customer number, which a company gives), so they are a kind of their own and win
over the reference, phone and bare-number detectors.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import (
    PLACEHOLDERS,
    UNIT_AFTER_RE,
    Candidate,
    Priority,
    RedactionKind,
    looks_like_date,
)
from feedback.collect.redact_plates import find_plates
from feedback.collect.redact_postcode_streets import US_STATE_RE

__all__ = ["find_personal_ids"]

_NUM = r"(?:[-\s]?(?:nummer|nr\b\.?|number|no\b\.?|num\b\.?|\#))"
_KEYWORD = (
    # German: Steuer-ID, Steueridentifikationsnummer, Steuernummer, IdNr, SV-Nummer, ...
    r"steuer[-\s]?(?:id(?:entifikationsnummer)?\b|identifikationsnummer|nummer|nr\b\.?"
    r"|idnr\b\.?)|steuerliche\sidentifikationsnummer|idnr\b\.?|st\.?-?nr\b\.?"
    r"|(?:sozial|renten|kranken)?versicherungs(?:nummer|-?nr\b\.?)"
    r"|(?:kranken)?versicherten(?:nummer|-?nr\b\.?)|(?:sv|rv|kv|ahv)-?(?:nummer|nr\b\.?)|kvnr"
    rf"|(?:personal)?ausweis{_NUM}?|(?:reise)?pass(?:nummer|-nr\b\.?)|reisepass"
    # "Pass C4J5K6L7M": "Pass" alone only before a number of eight or nine with a digit
    r"|pass(?=\s(?=[a-z]*\d)[a-z\d]{8,9}\b)"
    r"|führerschein(?:nummer|-?nr\b\.?)?|(?:kfz-?)?kennzeichen|nummernschild|kontrollschild"
    r"|autonummer"
    # English: tax id, passport, National Insurance, NHS, SSN, licence, plate, reg.
    rf"|tax(?:payer)?\s?(?:id(?:entification)?|reference|file|code)?{_NUM}?\b"
    rf"|tax\sid\b|passport{_NUM}?|(?:national\s)?id(?:entity)?\scard{_NUM}?"
    rf"|national\sinsurance{_NUM}?|ni{_NUM}|nino|nhs{_NUM}?|social\ssecurity{_NUM}?|ssn"
    rf"|driv(?:ing|er'?s)\slicen[cs]e{_NUM}?|(?:licen[cs]e|number|registration)\splate"
    # "Licence no. …": with its number word, as a licence alone may be a software's
    rf"|licen[cs]e(?:[-\s]?(?:number|no\b\.?))"
    rf"|reg(?:istration)?(?:\s(?:number|no\b\.?|mark)|\.)|reg(?=:|\sis\b)|aadhaar{_NUM}?"
    rf"|pps{_NUM}|ppsn\b"
)
# Upper-case-only acronyms ("PAN", "SIN", "BSN", "UTR"): in lower case they are words.
_ACRONYM = r"PAN|SIN|BSN|UTR|TIN|NIF|NIE|DNI|AHV"
_FILL = (
    r"(?:\s*(?:[:#=]|\((?:[^\W\d_]{1,8})\)|\b(?:ist|lautet|lautete|is|was|war|no\b\.?|nr\b\.?"
    r"|number|nummer)\b))*"
    # up to three words before a colon: "Kennzeichen vom Unfallgegner: ..."
    r"(?:(?:\s+[^\W\d_]+){1,3}\s*:)?\s*"
)
# Groups of letters and digits joined by single spaces, hyphens or slashes; a group without a
# digit must be short and upper case ("HH-AB 1234", "JH 41 72 90 C", "KP19 XZT").
_GROUP = r"(?:[A-Za-z]*\d[A-Za-z\d]*|[A-ZÄÖÜ]{1,3}(?![\w]))"
_ID = rf"(?P<id>{_GROUP}(?:[-\s/](?=[A-ZÄÖÜ\d]){_GROUP})*)"
_KEYWORD_ID_RE = re.compile(
    rf"(?:(?i:\b(?:{_KEYWORD}))|\b(?:{_ACRONYM})\b(?:\s?(?i:number|no\b\.?|nr\b\.?))?){_FILL}{_ID}"
)
# Words whose presence lets a text hold a keyword above (cheap test before the big regex).
_STEM_RE = re.compile(
    r"(?i)steuer|\bid|versich|ausweis|pass|führerschein|kennzeichen|schild|autonummer|\btax"
    r"|insurance|\bni\b|nino|nhs|social|ssn|licen[cs]e|plate|\breg|aadhaar|pps|"
    rf"\bst\.?-?nr|sv-|rv-|kv-?n|ahv|(?-i:{_ACRONYM})"
)
# Without a keyword: a National Insurance number spaced as on the card, a German plate with its
# hyphen.
_NINO_RE = re.compile(
    r"(?<![\w-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"\s\d{2}\s\d{2}\s\d{2}\s[A-D](?![\w-])"  # spaced as printed; "PN 320008A" is a part
    # or run together with a valid prefix: "TK736241A", "AB 123456 C"
    r"|(?<![\w-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"(?:\d{6}[A-D]|\s\d{6}\s[A-D])(?![\w-])"
)
# Spaced as printed but typed in lower case, after its keyword: "my NI no is jk 98 76 54 d"
_NINO_LOWER_RE = re.compile(
    r"(?i:\b(?:ni|nino|national\sinsurance)\b)[^\d\n]{0,16}?"
    r"(?P<id>(?<![\w-])(?!bg|gb|nk|kn|tn|nt|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]"
    r"\s\d{2}\s\d{2}\s\d{2}\s[a-d](?![\w-]))"
)
_PLATE_RE = re.compile(r"(?<![\w-])[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s\d{2,4}[EH]?(?![\w-])")
# A British driving licence number: five letters of the surname (padded with 9), six digits of
# the birth date, two initials (padded with 9), a digit and two letters: "MORGA657054SM9IJ"
_UK_LICENCE_RE = re.compile(r"(?<![\w-])[A-Z][A-Z9]{4}\d{6}[A-Z9]{2}\d[A-Z]{2}(?![\w-])")
_MIN_CHARS = 5  # "A1234": shorter strings after a keyword are no identifier ("Pass 12")


def _is_identifier(value: str) -> bool:
    compact = re.sub(r"[-\s/]", "", value)
    digits = sum(ch.isdigit() for ch in compact)
    if _PLATE_RE.fullmatch(value):
        return True
    return len(compact) >= _MIN_CHARS and digits >= 2 and not looks_like_date(value)


def find_personal_ids(text: str) -> list[Candidate]:
    """Identifiers after their keyword, National Insurance numbers and German plates."""
    found: list[Candidate] = []
    if _STEM_RE.search(text):
        for m in _KEYWORD_ID_RE.finditer(text):
            value, end = m.group("id"), m.end("id")
            if _is_identifier(value) and not UNIT_AFTER_RE.match(text, end):
                # a US state names no one: "plate CA 8XYZ123" keeps "CA"
                state = 3 if US_STATE_RE.fullmatch(value) else 0
                found.append(_candidate(m.start("id") + state, end))
        found.extend(_candidate(*m.span("id")) for m in _NINO_LOWER_RE.finditer(text))
    for regex in (_NINO_RE, _PLATE_RE, _UK_LICENCE_RE):
        found.extend(_candidate(m.start(), m.end()) for m in regex.finditer(text))
    return found + find_plates(text)


def _candidate(start: int, end: int) -> Candidate:
    kind = RedactionKind.PERSONAL_ID
    return Candidate(start, end, kind, PLACEHOLDERS[kind], Priority.PERSONAL_ID)
