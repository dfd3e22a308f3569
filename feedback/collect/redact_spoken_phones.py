"""Phone numbers written in words, as people dictate them into a chat or a voicemail note.

"null eins sieben eins, vier drei zwei, acht acht null fünf", "null sieben elf, zwei drei vier
…", "oh seven seven double four, one two three, four five six"; the rest may be typed in digits
once three words began it ("null eins sieben zwei – 55 44 33 21"). A run of number words is a
phone number when it opens with a zero ("null", "zero", "oh", "nought") or a plus ("plus vier
neun …") and spells at least seven digits; words between the groups may be blanks, commas,
dashes or slashes. "double" and "triple" ("doppel", "dreimal") repeat the next digit. Compound
German numbers count two digits per number they are made of ("elf", "zweiundzwanzig",
"achtundneunzig": two each). Fewer digits ("zero one two", "null Komma null") name nobody.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_spoken_phones"]

_DIGITS_DE = "null|eins|ein|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun"
_DIGITS_EN = "zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine"
# German numbers from ten to ninety-nine, in one word: "elf", "zweiundzwanzig", "neunzig"
_TENS_DE = r"zehn|elf|zwölf|zwoelf|(?:drei|vier|fünf|fuenf|sech|sieb|acht|neun)zehn"
_DECADES_DE = r"zwanzig|dreißig|dreissig|vierzig|fünfzig|fuenfzig|sechzig|siebzig|achtzig|neunzig"
_UNITS_DE = r"ein|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun"
_COMPOUND_DE = rf"(?:(?:{_UNITS_DE})und)?(?:{_DECADES_DE})|{_TENS_DE}"
_REPEAT = r"double|triple|doppel|doppelte|dreimal"
_WORD = rf"(?:(?:{_REPEAT})\s+)?(?:{_COMPOUND_DE}|{_DIGITS_DE}|{_DIGITS_EN})"
_GAP = r"(?:\s*[,/–-]\s*|\s+)"
_RUN_RE = re.compile(
    rf"(?i)(?<![\w-])(?:plus{_GAP}{_WORD}|null|zero|oh|nought)(?:{_GAP}{_WORD})+"
    # the rest may follow in digits once three words began it: "null eins sieben zwei – 55 44 33"
    rf"(?:(?:{_GAP}\d{{1,5}})+(?![\d.,:/]\d))?(?![\w-])"
)
_START_RE = re.compile(r"(?i)\b(?:null|zero|oh|nought|plus)\b")
_TOKEN_RE = re.compile(r"[^\W\d_]+")
# A number word right before "plus" makes a sum of it: "drei plus vier …" is no country code.
_SUM_BEFORE_RE = re.compile(rf"(?i)(?:{_WORD})\s+\Z")
_COMPOUND_RE = re.compile(rf"(?i)(?:{_COMPOUND_DE})\Z")
_MIN_DIGITS = 7  # the shortest local number with its area code
_MIN_WORDS = 3  # digits in words before the rest in figures ("null eins sieben – 23 45 67")
_DIGIT_RE = re.compile(r"\d")


def _digits(run: str) -> int:
    """How many digits ``run`` spells."""
    repeat = 1
    count = sum(ch.isdigit() for ch in run)
    for m in _TOKEN_RE.finditer(run):
        word = m.group().casefold()
        if word in ("double", "doppel", "doppelte"):
            repeat = 2
            continue
        if word in ("triple", "dreimal"):
            repeat = 3
            continue
        if word == "plus":
            continue
        count += repeat * (2 if _COMPOUND_RE.match(word) else 1)
        repeat = 1
    return count


def find_spoken_phones(text: str) -> list[Candidate]:
    """Phone numbers spelled in German or English number words (module docstring)."""
    found: list[Candidate] = []
    end = 0
    for start in _START_RE.finditer(text):  # cheap: no zero said, no number dictated
        m = _RUN_RE.match(text, start.start()) if start.start() >= end else None
        if m is None:
            continue
        end = m.end()
        if _digits(m.group()) < _MIN_DIGITS or _SUM_BEFORE_RE.search(text, 0, m.start()):
            continue
        if _DIGIT_RE.search(m.group()) and _digits(_DIGIT_RE.sub("", m.group())) < _MIN_WORDS:
            continue  # "oh one 2024 2025": digits after two words are no dictated number
        found.append(
            Candidate(
                m.start(),
                m.end(),
                RedactionKind.PHONE,
                PLACEHOLDERS[RedactionKind.PHONE],
                Priority.PHONE,
            )
        )
    return found
