"""Detectors for personal numbers: IBANs, payment cards, phone numbers and bare reference runs.

A "numeric run" is digits joined by single separators (space, ``/``, ``.``, ``-``) and
parentheses, e.g. ``+49 (0)30 123 45 67``. Each run is classified once: date, time, amount and
count (kept), card (Luhn), phone (by prefix, shape or a nearby "Tel."), or reference (long digit
strings). Pure Python, regexes compiled at import.
"""

from __future__ import annotations

import ipaddress
import re

from feedback.collect.redact_patterns import (
    PLACEHOLDERS,
    Candidate,
    Priority,
    RedactionKind,
    looks_like_date,
)

__all__ = ["find_ibans", "find_numbers", "iban_checksum_ok", "luhn_ok"]

# --- IBAN ---------------------------------------------------------------------------------------

# Lengths per country from the IBAN registry; with a known country an IBAN-shaped string of the
# right length is redacted even when its checksum is wrong (a typo'd IBAN is still personal).
_IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22,
    "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23,
    "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21,
    "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27,
    "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
_IBAN_MIN, _IBAN_MAX = 15, 34
_IBAN_START_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?=[ \u00a0-]?[A-Za-z0-9])")
# "DE 89 370 400 440 532 013 000": a space after the country code; only with a valid checksum
_IBAN_SPACED_START_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}[ \u00a0]\d{2}(?=[ \u00a0-]?[A-Za-z0-9])"
)
# Groups of ASCII letters and digits joined by single spaces or dashes ("DE89 3704 0044 ...").
_IBAN_BODY_RE = re.compile(r"[A-Za-z0-9]+(?:[ \u00a0-][A-Za-z0-9]+)*")
_IBAN_GROUP_RE = re.compile(r"[A-Za-z0-9]+")
_IBAN_WINDOW = 2 * _IBAN_MAX + 4  # 34 characters, each at worst followed by a separator
# A wrong checksum is forgiven (a typo) when few letters follow the country: "DE89 Best regards
# my wife P." (our own initial read again, 16 letters) is words, no IBAN; GB/NL/IE have 4.
_IBAN_TYPO_LETTERS = 4


def iban_checksum_ok(iban: str) -> bool:
    """ISO 13616 mod-97 check of a compact, upper-case IBAN."""
    if not (_IBAN_MIN <= len(iban) <= _IBAN_MAX) or not iban.isascii() or not iban.isalnum():
        return False
    remainder = 0
    for ch in iban[4:] + iban[:4]:
        value = int(ch, 36)  # 0-9 -> 0-9, A-Z -> 10-35
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return remainder == 1


def _collect_iban_chars(text: str, start: int) -> tuple[str, list[int]]:
    """Alphanumerics from ``start`` with single separators between them (max 34).

    Returns them upper-cased and, for each, the text index just after it.
    """
    chars: list[str] = []
    ends: list[int] = []
    body = _IBAN_BODY_RE.match(text, start, min(len(text), start + _IBAN_WINDOW))
    if body is None:
        return "", ends
    for group in _IBAN_GROUP_RE.finditer(text, body.start(), body.end()):
        take = min(len(group.group()), _IBAN_MAX - len(chars))
        chars.append(group.group()[:take].upper())
        ends.extend(range(group.start() + 1, group.start() + take + 1))
        if len(ends) >= _IBAN_MAX:
            break
    return "".join(chars), ends


# Bank details named as such: "sort code 20-00-00", "BLZ 370 400 44", "routing number 021000021".
_BANK_CODE_RE = re.compile(
    r"(?i)\b(?:sort\s?code|bankleitzahl|blz|routing(?:\s(?:number|no\.?))?|aba)"
    r"(?:\s?(?:is|ist|:))?\s?(\d{3}\s?\d{3}\s?\d{2}|\d{2}[-\s]?\d{2}[-\s]?\d{2}(?:\d{3}|[-\s]\d{2,3})?)(?![\d-])"
)


def find_ibans(text: str) -> list[Candidate]:
    """IBANs with or without grouping spaces, any case; unknown countries need a valid checksum;
    and bank codes after their name ("sort code 20-00-00", "BLZ 370 400 44")."""
    found: list[Candidate] = [
        Candidate(
            m.start(1),
            m.end(1),
            RedactionKind.IBAN,
            PLACEHOLDERS[RedactionKind.IBAN],
            Priority.IBAN,
        )
        for m in _BANK_CODE_RE.finditer(text)
    ]
    starts = [(m, False) for m in _IBAN_START_RE.finditer(text)]
    starts += [(m, True) for m in _IBAN_SPACED_START_RE.finditer(text)]
    for m, spaced in starts:
        chars, ends = _collect_iban_chars(text, m.start())
        expected = _IBAN_LENGTHS.get(chars[:2])
        lengths = [expected] if expected else range(min(len(chars), _IBAN_MAX), _IBAN_MIN - 1, -1)
        for length in lengths:
            if len(chars) < length:
                continue
            end = ends[length - 1]
            if end < len(text) and text[end].isascii() and text[end].isalnum():
                continue  # the IBAN would end inside a word
            if spaced and (not expected or sum(c.isalpha() for c in chars[2:length]) > 4):
                break  # spaced: a known country, a checksum and (nearly) digits only
            letters = sum(c.isalpha() for c in chars[4:length])
            if (expected and not spaced and letters <= _IBAN_TYPO_LETTERS) or iban_checksum_ok(
                chars[:length]
            ):
                found.append(
                    Candidate(
                        m.start(),
                        end,
                        RedactionKind.IBAN,
                        PLACEHOLDERS[RedactionKind.IBAN],
                        Priority.IBAN,
                    )
                )
                break
    return found


# --- numeric runs -------------------------------------------------------------------------------

_SPACE = "[ \u00a0\u202f]"
_RUN_RE = re.compile(
    r"(?<![\w+])(?:\+|\(\+?)?\d"
    rf"(?:\d|\((?=\d)|\)|{_SPACE}?[/.\-–]{_SPACE}?(?=\d|\(\d)|{_SPACE}(?=\d|\(\d))*"
)
# An extension after a phone number: " ext. 204", " x12", " Durchwahl 17", " DW -112".
_EXTENSION_RE = re.compile(r"(?i),?\s?(?:ext\.?|extension|x|durchwahl|dw\.?)\s?-?\s?\d{1,5}\b")
# Letters glued to a long number: "ID123456789", "AB-1234567".
_ALNUM_REF_RE = re.compile(r"(?<![\w-])[A-Za-z]{1,4}-?\d{6,}[A-Za-z]{0,3}(?![\w-])")
# A real date or dotted time standing as one chunk of a run ("am 12.03.2024 14.30 Uhr").
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DATE_CHUNK_RE = re.compile(
    rf"(?<![\d./\-])(?:{_DAY}\.{_MONTH}\.(?:(?:19|20)?\d{{2}})?"
    rf"|(?:19|20)\d{{2}}-{_MONTH}-{_DAY}|(?:[01]?\d|2[0-3])[.:][0-5]\d)(?![\d./\-])"
)
_TIME_RE = re.compile(r"\d{1,2}[.:]\d{2}(?:\s?[-–]\s?\d{1,2}[.:]\d{2})?")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:([.\u00a0\u202f ])\d{3})(?:\1\d{3})*(?:,\d+)?")
_NANP_RE = re.compile(r"\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]\d{4}")
_CARD_SHAPE_RE = re.compile(r"\d+(?:[ \u00a0-]\d+)*")
# Four numbers of one to three digits joined by dots, none with a leading zero: an IPv4
# address ("intern 10.0.0.15"), which ``redact_ips_and_codes`` judges; a phone number's groups
# start with a zero ("030.123.45.67")
_LOCAL_NETS = tuple(
    ipaddress.IPv4Network(n)
    for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16")
)
_IPV4_SHAPE_RE = re.compile(r"(?:(?:0|[1-9]\d{0,2})\.){3}(?:0|[1-9]\d{0,2})")
_LONG_DIGITS_RE = re.compile(r"\d{6,}")
_UNIT_AFTER_RE = re.compile(
    r"\s?(?:%|€|\$|£|EUR\b|Euro\b|USD\b|CHF\b|Prozent\b|percent\b|km\b|m\b|kg\b|mAh\b|kWh\b"
    r"|GB\b|MB\b|TB\b|Punkte\b|points\b|Meilen\b|miles\b|Stück\b|Kunden\b|customers\b|Uhr\b)"
)
_CURRENCY_BEFORE_RE = re.compile(r"(?:€|\$|£|EUR|USD|CHF|GBP)\s?\Z")
# "(?<!\[)": our own "[PHONE]" placeholder is not a phone keyword (idempotence).
_PHONE_WORD_RE = re.compile(
    r"(?i)(?<!\[)\b(?:tel|telefon\w*|phone|handy\w*|mobil\w*|mobile|cell|fax|whatsapp|festnetz\w*"
    r"|rufnummer|rückruf\w*|anrufen|call(?:\s+me)?|erreichbar|ruf(?:en)?)\b[^\d\n]{0,20}\Z"
)


def luhn_ok(digits: str) -> bool:
    """Luhn checksum of a string of decimal digits (payment cards)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        value = int(ch)
        if i % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


# Toll-free and premium business numbers (digits only): German 0800/0801/0180/0900 (also after
# 49 or 0049); UK 0800/0808/0844/0845/0870/0871 after 44 or 0044 (and 0800 at home);
# US 1-800/888/877/866/855/844/833. A company's hotline names nobody.
_SERVICE_NUMBER_RE = re.compile(
    r"(?:0|(?:00)?49)(?:800|801|180|900)|(?:00)?44(?:800|808|84[45]|87[01])"
    r"|1?8(?:00|88|77|66|55|44|33)\d{7}$"
)


_LEADING_DIGITS_RE = re.compile(r"\d*")
_COUNTRY_CODE_RE = re.compile(r"(?:00)?4[49][\s/().-]*(?:\(0\)[\s/.-]*)?")


def _service_number(run: str, digits: str) -> bool:
    """A free, shared-cost or premium number. A national one ("0800 …", "0180 …") is written
    with its prefix in one piece: "01 800000000" is somebody's own number."""
    if not _SERVICE_NUMBER_RE.match(digits):
        return False
    if digits.startswith(("49", "44", "0049", "0044")):
        # "+49 180 5 …": the prefix after the country code in one piece ("+49 1 800000000" is
        # someone's own number, as "01 800000000" is)
        national = _COUNTRY_CODE_RE.sub("", run.lstrip("(+"), count=1)
        leading = _LEADING_DIGITS_RE.match(national)
        return leading is not None and len(leading.group()) >= 3
    if not digits.startswith("0"):
        return True
    leading = _LEADING_DIGITS_RE.match(run.lstrip("(+"))
    return leading is not None and len(leading.group()) >= 4


def _is_phone(run: str, digits: str, text: str, start: int) -> bool:
    count = len(digits)
    if run.lstrip("(").startswith("+"):
        return 7 <= count - run.count("(0)") <= 15
    if digits.startswith("00"):
        return digits[2:3] != "0" and 9 <= count <= 17
    if digits.startswith("0"):
        return 7 <= count <= 14
    if _NANP_RE.fullmatch(run):
        return True
    # A local number without prefix is a phone only when the text says so ("Tel. 1234 5678").
    return _PHONE_WORD_RE.search(text, max(0, start - 40), start) is not None


def _judged_ip(run: str) -> bool:
    """A public address (``redact_ips_and_codes`` takes it, with its port) or one of a home or
    company network, which names nobody; the documentation ranges ("203.0.113.45") are left to
    the rules for numbers, as before."""
    try:
        ip = ipaddress.IPv4Address(run)
    except ValueError:
        return False  # "256.1.1.1" is no address
    return ip.is_global or any(ip in net for net in _LOCAL_NETS)


def _classify(text: str, start: int, end: int) -> Candidate | None:
    run = text[start:end]
    # Parentheses belong to the number only when balanced: "(Tel. 0151 234567)" keeps its ")".
    while run.endswith(")") and run.count(")") > run.count("("):
        run, end = run[:-1], end - 1
    if run.startswith("(") and run.count("(") > run.count(")"):
        run, start = run[1:], start + 1
    digits = "".join(ch for ch in run if ch.isdigit())
    if len(digits) < 5 or looks_like_date(run) or _TIME_RE.fullmatch(run):
        return None
    if _IPV4_SHAPE_RE.fullmatch(run) and _judged_ip(run):
        return None  # an IP address: a public one is taken as such, a private one stays
    if run.lstrip("(").startswith(("0", "+", "1")) and _service_number(run, digits):
        return None  # a company's hotline ("0800 555 0199", "1-800-555-0199"), nobody's own
    # An amount, a distance, a count; but amounts never start with 0 or +, phone numbers do.
    if not run.lstrip("(").startswith(("0", "+")) and (
        _UNIT_AFTER_RE.match(text, end)
        or _CURRENCY_BEFORE_RE.search(text, max(0, start - 5), start)
    ):
        return None
    kind: RedactionKind | None = None
    priority = Priority.REFERENCE_BARE
    # Card numbers start with 2-6 (Mastercard, Visa, Amex, Discover, ...), never with 0 or +.
    is_card = 13 <= len(digits) <= 19 and run[0] in "23456" and _CARD_SHAPE_RE.fullmatch(run)
    if is_card and luhn_ok(digits):
        kind, priority = RedactionKind.CARD, Priority.CARD
    if kind is None and _is_phone(run, digits, text, start):
        kind, priority = RedactionKind.PHONE, Priority.PHONE
    if kind is None and not _THOUSANDS_RE.fullmatch(run):
        # Long digit strings are references; so is anything with 9+ digits that is neither a
        # phone nor an amount (e.g. a phone run that swallowed a following number).
        separators = set(run) - set(digits)
        if (
            _LONG_DIGITS_RE.search(run)
            or (len(digits) >= 8 and separators <= {"-", "/"})
            or len(digits) >= 9
        ):
            kind = RedactionKind.REFERENCE
    if kind is None:
        return None
    return Candidate(start, end, kind, PLACEHOLDERS[kind], priority)


def _without_dates(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a run around dates and times in it: "12.03.2024 14.30" is no phone number."""
    if text.startswith(("+", "(+"), start):
        return [(start, end)]  # after a country code everything is the phone number
    parts: list[tuple[int, int]] = []
    for m in _DATE_CHUNK_RE.finditer(text, start, end):
        parts.append((start, m.start()))
        start = m.end()
    parts.append((start, end))
    trimmed = []
    for s, e in parts:
        while s < e and not text[s].isdigit() and text[s] not in "+(":
            s += 1
        while e > s and not text[e - 1].isdigit() and text[e - 1] != ")":
            e -= 1
        if e - s >= 5:
            trimmed.append((s, e))
    return trimmed


# A phone number broken over two lines: the area code or its first groups end a line, the rest
# alone opens the next ("Bitte zurückrufen: 040\n98 76 54 32.", "Phone\n0121 496\n0345").
_LINE_BREAK_RE = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*")
_LINE_END_RE = re.compile(r"[ \t\u00a0]*(?:\r?\n|\Z|[.,;!?)](?:\s|\Z))")
# A spaced dash before an amount ends the run: "Loyalty no. 0033 4411 7788 – 15% off"
_SPACED_DASH_RE = re.compile(rf"{_SPACE}[-–]{_SPACE}")


def _split_phone(text: str, first: re.Match[str], second: re.Match[str]) -> Candidate | None:
    """A phone number whose second part opens the next line (see ``_LINE_BREAK_RE``)."""
    head, tail = first.group(), second.group()
    if not head.startswith(("+", "0")) or head.startswith("00") or "(" in tail:
        return None
    if not _LINE_BREAK_RE.fullmatch(text, first.end(), second.start()):
        return None
    if _LINE_END_RE.match(text, second.end()) is None or _TIME_RE.fullmatch(tail):
        return None
    if looks_like_date(tail) or _UNIT_AFTER_RE.match(text, second.end()):
        return None
    n_head = sum(ch.isdigit() for ch in head)
    n_tail = sum(ch.isdigit() for ch in tail)
    limit = 15 if head.startswith("+") else 13
    if not (3 <= n_head <= 9 and n_tail >= 3 and 10 <= n_head + n_tail <= limit):
        return None
    return Candidate(
        first.start(),
        second.end(),
        RedactionKind.PHONE,
        PLACEHOLDERS[RedactionKind.PHONE],
        Priority.PHONE,
    )


def find_numbers(text: str) -> list[Candidate]:
    """Cards, phone numbers and long reference numbers; dates, times and amounts are kept."""
    found: list[Candidate] = []
    previous: re.Match[str] | None = None
    for m in _RUN_RE.finditer(text):
        if previous is not None and "\n" in text[previous.end() : m.start()]:
            split = _split_phone(text, previous, m)
            if split is not None:
                found.append(split)
        previous = m
        if m.end() - m.start() < 5:  # cheap: fewer than 5 characters cannot hold 5 digits
            continue
        run_end = m.end()
        dashes = list(_SPACED_DASH_RE.finditer(text, m.start(), run_end))
        if dashes and _UNIT_AFTER_RE.match(text, run_end):
            run_end = dashes[-1].start()  # the amount after the dash is no part of the number
        for start, end in _without_dates(text, m.start(), run_end):
            candidate = _classify(text, start, end)
            if candidate is not None and candidate.kind is RedactionKind.PHONE:
                ext = _EXTENSION_RE.match(text, candidate.end)
                candidate = candidate._replace(end=ext.end()) if ext else candidate
            if candidate is not None:
                found.append(candidate)
    if _LONG_DIGITS_RE.search(text) is None:
        return found  # no six digits in a row: no "ID123456" either
    for m in _ALNUM_REF_RE.finditer(text):
        found.append(
            Candidate(
                m.start(),
                m.end(),
                RedactionKind.REFERENCE,
                PLACEHOLDERS[RedactionKind.REFERENCE],
                Priority.REFERENCE_BARE,
            )
        )
    return found
