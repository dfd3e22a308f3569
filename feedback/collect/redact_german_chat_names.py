"""Customers' names in three German shapes that the other rules leave.

* A self-introduction in chat with an article before a listed first name, typed in lower case,
  then the town, a comma or the end: "bin die chantal aus lichtenberg", "ich bin der kevin
  schmitz aus köln" (a surname after it goes too when no dictionary knows it). "bin der
  meinung", "ich bin die erste aus …" stay: the word must be a listed first name.
* A greeting "von" and a listed first name in lower case, perhaps a double one, then the end
  or "aus": "gruß von anne-kathrin aus dem erdgeschoss", "lg von jan". A noun there would be
  capitalised. (``redact_signature_tails`` reads "vom"/"von der" the same way.)
* A name signed "im Auftrag" or "in Vertretung" at the end of a line: "i.A. Schröder",
  "i. V. Dr. Albers", "i.A. K. Brandt". Only a person signs so; a department stays ("i.A. Ihr
  Kundenservice", "i.A. Team Süd").

Agents' names stay, as everywhere.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import english_word, function_words, known_word
from feedback.first_names import is_first_name

__all__ = ["find_german_chat_names"]

_SP = r"[ \t\u00a0]"
_LOWER = r"[a-zß-öø-ÿ]{3,}"
_INTRO_RE = re.compile(
    rf"\b(?i:ich{_SP}+)?(?i:bin){_SP}+(?:die|der|de){_SP}+"
    rf"(?P<first>{_LOWER})(?:{_SP}+(?P<last>{_LOWER}))??"
    rf"(?={_SP}+aus\b|{_SP}*(?:[,.!;]|\n|\Z))"
)
_GREETING_VON_RE = re.compile(
    rf"\b(?i:gr[üu](?:ß|ss)e?|gr[üu](?:ß|ss)le|lg|vg){_SP}+von{_SP}+"
    rf"(?P<first>{_LOWER}(?:-{_LOWER})?)(?=[^\w\n]*(?:\n|\Z)|{_SP}+aus\b)"
)
_CAP = r"[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?"
_ON_BEHALF_RE = re.compile(
    rf"(?<![\w.])i\.{_SP}?[AV]\.{_SP}*(?:(?:Dr|Prof)\.{_SP}*)?(?:[A-Z]\.{_SP}*)?"
    rf"(?P<name>{_CAP}(?:{_SP}+{_CAP})?)(?=[^\w\n]*(?:\n|\Z))"
)
# words that sign for a department, not a person
_DEPARTMENT = re.compile(
    r"(?i)\w*(?:team|service|abteilung|verwaltung|kundendienst|support|büro|buchhaltung|gmbh)"
    r"|ihr|ihre|ihrem|euer|eure|das|die|der"
)


def find_german_chat_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names of the three shapes in the module docstring. ``known``: agents' name keys."""
    found: list[Candidate] = []
    for m in _INTRO_RE.finditer(text):
        first, last = m.group("first"), m.group("last")
        if not _lower_first_name(first, known):
            continue
        end = m.end("first")
        if last is not None and not known_word(last) and not is_agent_word(last, known):
            end = m.end("last")
        found.append(_name(text, m.start("first"), end))
    for m in _GREETING_VON_RE.finditer(text):
        parts = m.group("first").split("-")
        if all(_lower_first_name(part, known) for part in parts):
            found.append(_name(text, m.start("first"), m.end("first")))
    for m in _ON_BEHALF_RE.finditer(text):
        words = m.group("name").split()
        if any(_DEPARTMENT.fullmatch(w) for w in words) or any(
            is_agent_word(w, known) for w in words
        ):
            continue
        found.append(_name(text, m.start("name"), m.end("name")))
    return found


def _lower_first_name(word: str, known: frozenset[str]) -> bool:
    return (
        is_first_name(word)
        and word not in function_words()
        and not english_word(word)
        and not is_agent_word(word, known)
    )


def _name(text: str, start: int, end: int) -> Candidate:
    initials = " ".join(f"{w[0].upper()}." for w in re.split(r"[\s-]+", text[start:end]) if w)
    return Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME)
