"""A Vietnamese name that ends in "An": "Herr Nguyễn Văn An", "Mr Nguyen Van An".

The given name "An" is also the German preposition "an" (and the English article), so the
name finders stop before it and leave it standing ("Herr N. V. An"). Capitalised after a
Vietnamese family or middle name it is the name's last word: a word with a letter only
Vietnamese spells ("ễ", "ă", "đ", "ơ", ...) or a common middle name ("Văn", "Van", "Thị",
"Thi", "Đức", "Duc", "Hữu", "Huu", "Quốc", "Quoc") must come before it.

Typed in lower case, a full name that starts with a common family name in its Vietnamese
spelling ("nguyễn thị mai", "trần quốc bảo") goes too: those spellings are no German or English
words; a middle name or a Vietnamese letter must follow. Without the accents ("tran thi mai",
"nguyen van hung") the middle name must come second.

Capitalised, a listed family name, a middle name and one or two more capitalised words are a full
name even when the last word is an English or German one ("Kunde Phạm Văn Long", "Customer
Tran Van Long"); "the Van Long Beach", "Tran Van" alone stay.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import function_words, known_word

__all__ = ["find_vietnamese_names"]

_SP = r"[ \t\u00a0]"
_WORD = r"[A-ZĐ][^\W\d_]*"
_RUN_RE = re.compile(rf"(?<![\w.-])(?P<run>(?:{_WORD}{_SP}+){{1,3}})An(?![\w'’-])")
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_LETTERS_RE = re.compile(f"[{''.join(sorted(_VIETNAMESE_LETTERS))}]", re.IGNORECASE)
_MIDDLE = frozenset(["văn", "van", "thị", "thi", "đức", "duc", "hữu", "huu", "quốc", "quoc"])
_NOT_NAMES = frozenset(["herr", "herrn", "frau", "mr", "mrs", "ms", "miss", "dr"])
_FAMILY = "nguyễn|trần|phạm|hoàng|huỳnh|vũ|võ|đặng|bùi|đỗ|hồ|ngô|dương|lý|đinh|trương|đoàn"
_LOWER_RUN_RE = re.compile(rf"(?<![\w.-])(?:{_FAMILY})(?:{_SP}+[a-zđ][^\W\d_]*){{1,3}}(?![\w'’-])")
# The same typed without the accents ("tran thi mai", "nguyen van hung"): the family name is
# then an English or German letter run, so a middle name must follow it, and one more word.
_PLAIN_FAMILY = "nguyen|tran|pham|hoang|huynh|dang|bui|ngo|duong|dinh|truong|doan|phan"
_PLAIN_RUN_RE = re.compile(
    rf"(?<![\w.-])(?:{_PLAIN_FAMILY}){_SP}+(?:van|thi|duc|huu|quoc)"
    rf"(?:{_SP}+[a-zđ][^\W\d_]*){{1,2}}(?![\w'’-])"
)

_CAP_FAMILY = (
    "Nguyễn|Trần|Phạm|Hoàng|Huỳnh|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Đoàn|Lê|Phan"
    "|Nguyen|Tran|Pham|Hoang|Huynh|Dang|Bui|Ngo|Duong|Dinh|Truong|Doan|Phan"
)
_CAP_MIDDLE = "Văn|Van|Thị|Thi|Đức|Duc|Hữu|Huu|Quốc|Quoc"
_FULL_RE = re.compile(
    rf"(?<![\w.-])(?:{_CAP_FAMILY}){_SP}+(?:{_CAP_MIDDLE})(?:{_SP}+[A-ZĐ][^\W\d_]+){{1,2}}"
    r"(?![\w'’-])"
)


def _vietnamese(word: str) -> bool:
    folded = word.casefold()
    return folded in _MIDDLE or any(ch in _VIETNAMESE_LETTERS for ch in folded)


def _no_function_word(words: list[str]) -> bool:
    """ "tran thi mai", not "tran van der …" (a Dutch "van der")."""
    return not any(w in function_words() for w in words[2:])


def find_vietnamese_names(text: str) -> list[Candidate]:
    """Vietnamese names ending in "An", and full names in lower case, with every word as an
    initial ("N. V. A.")."""
    found: list[Candidate] = []
    plain = (
        [m for m in _PLAIN_RUN_RE.finditer(text) if _no_function_word(m.group().split())]
        if any(f" {w} " in text for w in ("van", "thi", "duc", "huu", "quoc"))
        else []
    )
    for m in [*_LOWER_RUN_RE.finditer(text), *plain]:
        words = m.group().split()
        if any(_vietnamese(w) for w in words[1:]):
            initials = " ".join(f"{w[0].upper()}." for w in words)
            found.append(Candidate(m.start(), m.end(), RedactionKind.NAME, initials, Priority.NAME))
    middles = ("Văn", "Van", "Thị", "Thi", "Đức", "Duc", "Hữu", "Huu", "Quốc", "Quoc")
    for m in _FULL_RE.finditer(text) if any(w in text for w in middles) else ():
        initials = " ".join(f"{w[0]}." for w in m.group().split())
        found.append(Candidate(m.start(), m.end(), RedactionKind.NAME, initials, Priority.NAME))
    if "An" not in text:
        return found
    for m in _RUN_RE.finditer(text):
        words = m.group("run").split()
        while (
            words
            and not _vietnamese(words[0])
            and (words[0].casefold().rstrip(".") in _NOT_NAMES or known_word(words[0]))
        ):
            words = words[1:]  # the title stays, and so do words before the name ("Danke")
        if not any(_LETTERS_RE.search(w) for w in words) and not (
            len(words) >= 2 and any(w.casefold() in _MIDDLE for w in words)
        ):
            continue  # "Der Van An der Ecke": a middle name alone is too weak
        start = text.rindex(words[0], m.start(), m.end())
        initials = " ".join(f"{w[0]}." for w in [*words, "An"])
        # "Name: Nguyen Van An.": the last initial's dot ends the sentence too (no "N. V. A..")
        end = m.end() + text.startswith(".", m.end())
        found.append(Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME))
    return found
