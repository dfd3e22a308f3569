"""A line that holds only a name (``name_lines``, one of ``redact_context``'s rules): a listed
first name or initials first ("\\nSebastian Krause", "\\nM. Schneider", "— Emily R."), one word
after a dash at the end of the message ("\\n- Arindam", "~ tunde"), or two or three words that
no dictionary knows ("Nomsa Dlamini")."""

from __future__ import annotations

import re

from feedback.collect.redact_lower_signatures import CHAT_WORDS
from feedback.collect.redact_name_readers import (
    INITIAL_START_RE,
    LINE_END_RE,
    lower_case_name,
    named,
    with_more,
)
from feedback.collect.redact_orgs import is_organisation
from feedback.collect.redact_patterns import Candidate
from feedback.collect.redact_trailing import english_word, has_title, known_word
from feedback.first_names import is_first_name

__all__ = ["dashed_last_word", "name_lines", "unknown_full_name"]

_SP = r"[ \t\u00a0]"
_MIN_UNLISTED = 3  # letters of a lower-case name the list lacks
_VERB_ENDINGS = ("ed", "ing", "nt", "ly", "ve", "ll")  # "wouldve", "youll"
_NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_TEXT_END_RE = re.compile(rf"{_SP}*[.!]?\s*\Z")
# A line that is only a name: "\nSebastian Krause", "\nM. Schneider", "— Emily R."
_LINE_START_RE = re.compile(rf"[ \t\u00a0]*(?:[-–—~]{_SP}*)?(?=[^\W\d_])")
_NEWLINE_RE = re.compile(r"\n")
_MAX_NAME_LINE = 60  # characters: "— Hans-Peter Schmidt-Weber" fits, a sentence rarely does
# after a sentence or the customer's data already replaced ("… [ADDRESS] - Tomasz")
_DASH_AFTER_SENTENCE_RE = re.compile(rf"[.!?\]]{_SP}+(?=[-–—~])")
# The customer's own data after a signature: "— E. Whittaker, 0171 2345678", ", [PHONE]"
# Where the customer writes from, after a signature that ends the line: "— Ada Obi, Lagos"
_PLACE_WORD = r"[^\W\d_a-zäöüß][^\W\d_]+"
_PLACE_AFTER_RE = re.compile(
    rf"{_SP}*,{_SP}*{_PLACE_WORD}(?:[ -]{_PLACE_WORD})?{_SP}*[.!]?{_SP}*(?:\n|\Z)"
)
_DATA_AFTER_RE = re.compile(rf"{_SP}*,{_SP}*(?:\[[A-Z]+\]|\+?\d[\d \t/()-]{{5,}}\d|[\w.+-]+@)")


def dashed_last_word(text: str, line: re.Match[str], names: list[Candidate]) -> bool:
    """ "\\n- Arindam", "… [ADDRESS] – Kwesi" at the end of the message: one name word after a
    dash that no dictionary knows ("- Anonymous", "— Team" stay)."""
    if len(names) != 1 or not line.group().strip() or not _TEXT_END_RE.match(text, names[0].end):
        return False
    words = _NAME_WORD_RE.findall(text, names[0].start, names[0].end)
    if len(words) == 1 and words[0].islower() and _chat_like(words[0]):
        return False  # "- lol", "~ thx", "- gonna": no name in lower case
    return len(words) == 1 and not known_word(words[0]) and not is_organisation(words[0])


def _chat_like(word: str) -> bool:
    return (
        len(word) <= _MIN_UNLISTED
        or word in CHAT_WORDS
        or word.endswith(_VERB_ENDINGS)
        or english_word(word)
    )


def unknown_full_name(span: str) -> bool:
    """ "Nomsa Dlamini", "Chinedu Okonkwo" on a line of their own: two or three name words
    that no dictionary knows and that name no company."""
    words = _NAME_WORD_RE.findall(span)  # "Akinwande-Smith" is one surname, not "Smith"
    return (
        2 <= len(words) <= 3 and not any(known_word(w) for w in words) and not is_organisation(span)
    )


def name_lines(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    starts = [0]
    if "\n" in text:
        starts += [m.end() for m in _NEWLINE_RE.finditer(text)]
    if "- " in text or "–" in text or "—" in text or "~" in text:
        starts += [m.end() for m in _DASH_AFTER_SENTENCE_RE.finditer(text)]
    for start in starts:
        line_end = text.find("\n", start)
        if (line_end if line_end >= 0 else len(text)) - start > _MAX_NAME_LINE:
            continue  # a sentence, not a signature (most one-line quotes end here)
        m = _LINE_START_RE.match(text, start)
        if m is None:
            continue
        pos = m.end()
        first = named(text, pos, known, listed=False, lead_initials=True)
        if first is None and m.group().strip():
            first = lower_case_name(text, pos, known)  # "Kate!! - tunde"
        names = with_more(text, first, known)
        if not names or not (
            LINE_END_RE.match(text, names[-1].end)
            or _DATA_AFTER_RE.match(text, names[-1].end)
            or _PLACE_AFTER_RE.match(text, names[-1].end)
        ):
            continue
        word = text[pos : names[0].end].split()[0]
        if has_title(text[pos : names[-1].end].replace(".", " ").split()):
            continue  # "H. T. Dr.": a title is part of no name
        if (
            is_first_name(word.rstrip(".,"))
            or INITIAL_START_RE.match(word)
            # not a message that is only a name: it thanks nobody, left to the reader
            or (start > 0 and unknown_full_name(text[pos : names[-1].end]))
            or (start > 0 and dashed_last_word(text, m, names))
        ):
            found += names
    return found
