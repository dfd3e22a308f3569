"""Codes of vouchers and gift cards, as ``[REF]`` candidates.

A voucher or gift card code is issued to one customer and redeems their credit, so it goes:
"Gutscheincode XMAS-7KD2-PQ91", "gift card code GC-88ZT-41QP", "Geschenkkarte 6036 1122
3344 5566". A public promotion code from a newsletter or an advert names nobody and stays:
"WILLKOMMEN10", "SAVE10", "SUMMER2024" are a word with a number after it. So after the keyword
a code counts when it mixes letters and digits in random order (a digit before a letter, at
least eight characters: "7KD2PQ91") or in three or more groups, or when it is a run of at
least ten digits.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_vouchers"]

_KEYWORD_RE = re.compile(
    r"(?i)\b(?:(?:geschenk|wert|einkaufs)?gutschein(?:karte)?|geschenkkarte|voucher|coupon"
    r"|gift\s?(?:card|voucher|certificate)|e-?gift\s?card)"
    r"(?:[-\s]?(?:code|nummer|nr\.?|number|no\.?|pin|id))?"
    # filler: ":", "#", "ist", "is", "war", "was", "lautet", "(Wert 50 €)"
    r"(?:\s*(?:[:#]|\b(?:ist|is|was|war|lautet)\b))*\s*"
    r"(?P<code>[A-Za-z\d]{2,16}(?:[-\s][A-Za-z\d]{2,8}){0,5})(?![\w-])"
)
_STEM_RE = re.compile(r"(?i)gutschein|geschenkkarte|voucher|coupon|gift")
_DIGIT_THEN_LETTER_RE = re.compile(r"\d[^\W\d_]")
# words with a small letter after the code: "XY7K-22QP-91 Euro", "GC-88ZT-41QP applied"
# (a group of capitals is the code's: "XMAS-7KD2-PQ")
_WORDS_AFTER_RE = re.compile(r"(?:[-\s](?=[^\W\d_]*[a-zß-ÿ])[^\W\d_]+)+\Z")


def _issued(code: str) -> bool:
    """A code that one customer was given, not a public promotion code or a word."""
    groups = re.split(r"[-\s]", code)
    compact = "".join(groups)
    digits = sum(ch.isdigit() for ch in compact)
    letters = len(compact) - digits
    if letters == 0:
        return digits >= 10
    if digits < 2 or letters < 2:
        return False
    if len(groups) >= 3 and sum(any(ch.isdigit() for ch in g) for g in groups) >= 2:
        return True
    return len(compact) >= 8 and _DIGIT_THEN_LETTER_RE.search(compact) is not None


def find_vouchers(text: str) -> list[Candidate]:
    """Voucher and gift card codes after their keyword."""
    if _STEM_RE.search(text) is None:
        return []
    kind = RedactionKind.REFERENCE
    found = []
    for m in _KEYWORD_RE.finditer(text):
        code = m.group("code")
        after = _WORDS_AFTER_RE.search(code)
        code = code[: after.start()] if after else code
        if _issued(code):
            start = m.start("code")
            end = start + len(code)
            found.append(
                Candidate(start, end, kind, PLACEHOLDERS[kind], Priority.REFERENCE_KEYWORD)
            )
    return found
