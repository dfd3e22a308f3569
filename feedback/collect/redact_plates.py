"""Licence plates written without a keyword: British, Irish, Austrian and Swiss shapes.

German plates with their hyphen ("HH-AB 1234") and any plate after its keyword
("Kennzeichen", "Kontrollschild", "reg.") are ``redact_ids``'. These shapes are distinctive on
their own:

* British plates since 2001: two letters, the age identifier, three letters ("LB07 SEO",
  "YK19ABX"); the age is 02-29 or 51-79, so "AB12 CDE" is a plate and "QE55Q80C" a TV;
* Irish plates with their hyphens: year (and half-year), county, serial ("191-D-12345");
* Austrian plates typed with a hyphen or a blank after the district ("W-48213K", "GU-345 BK",
  "G 456 XY"; also after "Kennzeichen" further back in the sentence) and Swiss
  plates, canton and digits ("ZH 482913", "SG 84 221"), and German plates typed without their
  hyphen ("M AB 1234", "B XY 123E"), only after a word for a vehicle in the
  same sentence ("Auto", "Wagen", "Fahrzeug", "car", "Unfall"): alone, "F-150 XL", "LG-55 TV",
  "L-12 GB" are models and tariffs, "AG 123456" is a company;
* Kenyan "KDA 123B" and Nigerian "LSD 123 AB" after a word for a vehicle ("BMW 320" has no
  letters after it);
* a British plate in lower case right after "reg", "registration", "plate" or "Kennzeichen"
  ("my reg is ab12 cde"); alone, lower-case letters and digits are too often a word or a code;
* any plate of letters and digits run together after the bare word "plate" ("plate 8ABC123",
  a US plate): a dish's number ("plate 2") has no letters.

The plate becomes ``[ID]`` like the other identifiers for life.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_plates"]

_UK_RE = re.compile(
    r"(?<![\w-])[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[12]\d|5[1-9]|[67]\d)\s?[A-Z]{3}(?![\w-])"
)
# typed in lower case ("my reg is ab12 cde") only right after a word for a plate
_UK_ANY_CASE_RE = re.compile(
    r"(?i)\b(?:reg(?:istration)?|plate|number\splate|kennzeichen)(?:\s(?:no\.?|number|is|was))?"
    r":?\s(?P<id>[a-hj-pr-y]{2}(?:0[2-9]|[12]\d|5[1-9]|[67]\d)\s?[a-z]{3})(?![\w-])"
)
_IE_COUNTY = r"CE|CN|CW|DL|KE|KK|KY|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|TN|TS|WD|WH|WW|WX|C|D|G|L|T|W"
_IE_RE = re.compile(rf"(?<![\w-])\d{{2}}[12]?-(?:{_IE_COUNTY})-\d{{1,6}}(?![\w-])")
# district, digits, letters: "W-123 AB", "L-12345 A", also typed with a blank ("G 456 XY")
# (with a blank, three digits at least: "Größe L 32 XL" is a size)
_AT_RE = re.compile(r"(?<![\w-])[A-Z]{1,2}(?:-\d{2,5}|\s\d{3,5})\s?[A-Z]{1,3}(?![\w-])")
_LDL_RE = re.compile(
    r"(?<![\w-])(?:K[A-Z]{2}\s?\d{3}[A-Z]|[A-Z]{3}[\s-]?\d{3}[\s-]?[A-Z]{2})(?![\w-])"
)
# a German plate without its hyphen: district, one or two letters, up to four digits (E, H);
# a make and model is none ("VW ID 4", "BMW M 3")
_DE_SPACED_RE = re.compile(
    r"(?<![\w-])(?!VW\s|BMW\s|EU\s)[A-ZÄÖÜ]{1,3}\s[A-Z]{1,2}\s[1-9]\d{0,3}[EH]?"
    r"(?![\w,.-]?\d|[\w-])"
)
_CANTON = r"AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG|ZH"
_CH_RE = re.compile(rf"(?<![\w-])(?:{_CANTON})[-\s]?\d{{1,3}}(?:\s?\d{{3}})?(?![\w,.-]?\d|[\w-])")
# A vehicle named earlier in the sentence (at most this many characters before the plate).
_VEHICLE_RE = re.compile(
    r"(?i)\b(?:auto|autos|wagen|wagens|fahrzeug|fahrzeugs|pkw|kfz|töff|motorrad|roller"
    r"|lieferwagen|wohnmobil|anhänger|camper|schild|autonummer|kennzeichen|nummernschild"
    r"|unfall\w*|werkstatt|abschlepp\w*|geparkt"
    r"|car|vehicle|van|motorbike|scooter|garage|breakdown|recovery|towed|parked)\b"
)
_PLATE_WORD_RE = re.compile(
    r"(?i:\bplate)(?:\s(?i:no\.?|number|is|was))?:?\s"
    r"(?P<id>(?=[A-Z\d]*\d)(?=\d*[A-Z])[A-Z\d]{5,8})(?![\w-])"
)
_REACH = 60
_SENTENCE_END = re.compile(r"[.!?\n]\s")


def _vehicle_before(text: str, start: int) -> bool:
    before = text[max(0, start - _REACH) : start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    return _VEHICLE_RE.search(before) is not None


def find_plates(text: str) -> list[Candidate]:
    """British and Irish plates anywhere; Austrian and Swiss ones after a vehicle word."""
    spans = [(m.start(), m.end()) for rx in (_UK_RE, _IE_RE) for m in rx.finditer(text)]
    spans += [
        (m.start(), m.end())
        for rx in (_AT_RE, _CH_RE, _LDL_RE, _DE_SPACED_RE)
        for m in rx.finditer(text)
        if _vehicle_before(text, m.start())
    ]
    folded = text.casefold()
    if "plate" in folded:
        spans += [m.span("id") for m in _PLATE_WORD_RE.finditer(text)]
    if "reg" in folded or "plate" in folded or "kennzeichen" in folded:
        spans += [m.span("id") for m in _UK_ANY_CASE_RE.finditer(text)]
    kind = RedactionKind.PERSONAL_ID
    return [Candidate(s, e, kind, PLACEHOLDERS[kind], Priority.PERSONAL_ID) for s, e in spans]
