"""Numbers dictated digit by digit after a cue, as voicemail notes and chats transcribe them.

"meine Nummer ist 0 8 9, 4 4 2, 1 7 6 3", "Callback: 7 1 8, 5 5 5, 0 1 4 2", "Bestellnummer
ist die 7 0 0 4 5 1 2 8": single digits with blanks, commas or dashes between them. "Home phone:
five five five, two one two, nine eight seven six": number words that open with no zero (which
``redact_spoken_phones`` needs when no cue stands before them). "Kundennummer vier vier sieben,
äh, 447 128": a number label, some words of it, a filler, and the number again in figures.

Each needs a cue shortly before: a word for a number or a phone ("Nummer", "Nr.", "number",
"phone", "Tel", "Handy", "mobile", "callback", "Rückruf", "erreichbar", "reach me", "call me").
At least seven digits in single figures or words ("1, 2, 3" counts nobody; a countdown "10 9 8"
has two-digit figures), four in figures after a label's words.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_dictated_numbers"]

_DIGITS_DE = "null|eins|ein|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun"
_DIGITS_EN = "zero|oh|nought|one|two|three|four|five|six|seven|eight|nine"
_REPEAT = r"double|triple|doppel|doppelte|dreimal"
_WORD = rf"(?:(?:{_REPEAT})\s+)?(?:{_DIGITS_DE}|{_DIGITS_EN})"
_GAP = r"(?:[^\S\n]*[,/–-][^\S\n]*|[^\S\n]+)"
_PHONE_CUE = (
    r"phone|telefon\w*|tel\.?|handy\w*|mobil\w*|mobile|callback|(?:call|ring|text)\s+me(?:\s+back)?\s+(?:on|at)"
    r"|reach\s+me\s+(?:on|at)|rückruf\w*|ruckruf\w*|erreichbar\s+unter|festnetz\w*|rufnummer"
)
_NUMBER_CUE = r"[^\W\d_]*nummer|nr\.?|number|no\.?|#"
# the cue, then at most four short words ("ist die", "is", "lautet", "on the account is")
_CUE_RE = re.compile(
    rf"(?i)(?:\b(?P<phone>{_PHONE_CUE})|(?P<num>\b{_NUMBER_CUE}))(?![\w])[^\S\n]*:?"
)
_SKIP_RE = re.compile(r"[^\S\n]*(?:[^\W\d_]{1,7}|\(\w+\))(?![\w])[^\S\n]*:?")
_SPACE_RE = re.compile(r"[^\S\n]*(?:\n[^\S\n]*)?")
_MAX_SKIPPED = 4
_SINGLE_RE = re.compile(r"(?<![\w.,])\d(?:(?:[^\S\n]*[,–-][^\S\n]*|[^\S\n]+)\d(?![\d]))+")
_WORDS_RE = re.compile(rf"(?i)(?<![\w-]){_WORD}(?:{_GAP}{_WORD})+(?![\w-])")
_FILLER = r"äh|ähm|öh|uh|um|erm|sorry|also|I\s+mean|ich\s+meine"
# a label's words, a filler, then the figures: "vier vier sieben, äh, 447 128"
_RESTATED_RE = re.compile(
    rf"(?i){_WORD}(?:{_GAP}{_WORD})*[^\S\n]*[,–-]?[^\S\n]*(?:{_FILLER})[^\S\n]*[,.–-]*[^\S\n]*"
    r"(?P<fig>\d{2,}(?:[^\S\n]\d{2,}){0,3})(?![\w])"
)
_TOKEN_RE = re.compile(r"[^\W\d_]+|\d")
_MIN_DIGITS = 7
_MIN_RESTATED = 4
_CHEAP_RE = re.compile(r"(?i)nummer|nr|number|no\b|#|phone|tel|handy|mobil|call|reach|ruf|erreich")


_BARE_NUMBER_WORDS = frozenset({"nummer", "number", "rufnummer"})
_FIRST_DIGIT_RE = re.compile(r"\d")


def _digit_at(text: str, at: int) -> int:
    """Where the first figure after ``at`` stands (in the same line), or ``at``."""
    line_end = text.find("\n", at)
    m = _FIRST_DIGIT_RE.search(text, at, len(text) if line_end < 0 else line_end)
    return m.start() if m else at


def _digit_count(run: str) -> int:
    count = 0
    repeat = 1
    for m in _TOKEN_RE.finditer(run):
        word = m.group().casefold()
        if word in ("double", "doppel", "doppelte"):
            repeat = 2
        elif word in ("triple", "dreimal"):
            repeat = 3
        else:
            count += repeat
            repeat = 1
    return count


def _candidate(start: int, end: int, phone: bool) -> Candidate:
    kind = RedactionKind.PHONE if phone else RedactionKind.REFERENCE
    priority = Priority.PHONE if phone else Priority.REFERENCE_KEYWORD
    return Candidate(start, end, kind, PLACEHOLDERS[kind], priority)


def find_dictated_numbers(text: str) -> list[Candidate]:
    """Numbers spoken digit by digit or restated after a cue (module docstring)."""
    if _CHEAP_RE.search(text) is None:
        return []
    found: list[Candidate] = []
    for cue in _CUE_RE.finditer(text):
        if found and cue.start() < found[-1].end:
            continue  # "Callback number: 0 7 9 …": one number, two cues
        # "meine Nummer ist 0 3 0, …": a bare "Nummer" before a zero is a phone's
        bare = (cue.group("num") or "").casefold() in _BARE_NUMBER_WORDS
        phone = cue.group("phone") is not None or (
            bare and text.startswith("0", _digit_at(text, cue.end()))
        )
        found += _after_cue(text, cue.end(), phone)
    return found


def _after_cue(text: str, at: int, phone: bool) -> list[Candidate]:
    for _ in range(_MAX_SKIPPED + 1):
        start = _SPACE_RE.match(text, at)
        at = start.end() if start else at
        single = _SINGLE_RE.match(text, at)
        if single and _digit_count(single.group()) >= _MIN_DIGITS:
            return [_candidate(at, single.end(), phone)]
        words = _WORDS_RE.match(text, at)
        if words and phone and _digit_count(words.group()) >= _MIN_DIGITS:
            return [_candidate(at, words.end(), phone)]
        restated = _RESTATED_RE.match(text, at) if not phone else None
        if restated and sum(ch.isdigit() for ch in restated.group("fig")) >= _MIN_RESTATED:
            return [_candidate(restated.start("fig"), restated.end("fig"), phone)]
        skip = _SKIP_RE.match(text, at)
        if skip is None or not skip.group().strip():
            return []
        at = skip.end()
    return []
