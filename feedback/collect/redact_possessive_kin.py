"""A relative named after somebody else's family word, and a surname before "Name …, first".

* "This is Mrs Okafor-Williams's daughter, Tolu.", "Mr Mensah-Bonsu's son, Kojo, rang",
  "I'm Mrs Wanjiku's neighbour, Achieng,", "Frau Okafor-Meyers Sohn, Chidi, hat angerufen":
  a titled name in the possessive, a family word, a comma and the relative's name, set off by
  a comma or ending the sentence. The relative's name may be one no list knows, but no
  dictionary may know it ("Mrs Brown's son, Thomas" is caught by the list; "Mr Lee's
  daughter, Doctor …" stays).
* "Name Nowak, Marta", "Name Horvat, Ivana, account …": a form's "Name" without a colon, a
  capitalised word and, after a comma, a listed first name: the word before is the surname,
  even one a dictionary knows ("Name Müller, Anna"). Without the first name after the comma
  ("Der Name Müller, der …") nothing is taken.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_kin_words import KIN_DE_FAMILY, KIN_EN
from feedback.collect.redact_names import name_after
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import function_words, known_word, reads_as_word
from feedback.first_names import is_first_name

__all__ = ["find_possessive_kin"]

_SP = r"[ \t\u00a0]"
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:['’-][^\W\d_]+)*"
_TITLE = r"(?:Mrs|Mr|Ms|Miss|Mx|Dr|Frau|Herrn?|Fr|Hr)\.?"
_POSSESSIVE_KIN_RE = re.compile(
    rf"\b{_TITLE}{_SP}+(?:[A-Z]\.{_SP}*)?[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)*"
    rf"(?:['’]s|(?<=[a-zäöüß])s|['’](?<=s['’]))"
    rf"{_SP}+(?i:{KIN_EN}|{KIN_DE_FAMILY}|nachbar|nachbarin|enkel|enkelin)"
    rf"{_SP}*,{_SP}*(?P<name>{_NAME})(?={_SP}*(?:[,.;!)]|\n|\Z|[–—]))"
)
_INVERTED_RE = re.compile(
    rf"(?<![\w-])(?:Name|NAME|name){_SP}+(?P<surname>{_NAME}){_SP}*,{_SP}*(?P<first>{_NAME})"
    rf"(?={_SP}*(?:[,.;!)]|\n|\Z))"
)


def _relative(word: str, known: frozenset[str]) -> bool:
    if is_agent_word(word, known) or reads_as_word(word):
        return False
    return not known_word(word) or (is_first_name(word) and word[0].isupper())


def _candidate(text: str, start: int, end: int) -> Candidate:
    return Candidate(start, end, RedactionKind.NAME, text[start] + ".", Priority.NAME)


def find_possessive_kin(text: str, known: frozenset[str]) -> list[Candidate]:
    """The relatives and inverted names of ``text`` (see the module docstring)."""
    found: list[Candidate] = []
    if "," not in text:
        return found
    for m in _POSSESSIVE_KIN_RE.finditer(text):
        word = m.group("name")
        if _relative(word, known):
            named = name_after(text, m.start("name"), known, after_title=False)
            found.append(named or _candidate(text, *m.span("name")))
    for m in _INVERTED_RE.finditer(text):
        surname, first = m.group("surname"), m.group("first")
        if not is_first_name(first) or reads_as_word(first) or is_agent_word(first, known):
            continue
        if is_agent_word(surname, known) or surname.casefold() in function_words():
            continue
        found.append(_candidate(text, *m.span("surname")))
        found.append(_candidate(text, *m.span("first")))
    return found
