"""A customer's name said again, and a child named by its parent ("Mias Mama").

* Once a rule has found a name ("Mein Sohn Yusuf hat angerufen"), the same word elsewhere in the
  message is the same person: "… Yusuf war so froh." The word must be one no dictionary knows
  ("Herr Koch": "Koch" is a word, it stays elsewhere; "Mai", "Jack" too), in its written case,
  and no agent's ("Anna" of "Anna Schmidt" when an agent is Anna stays where it stands alone).
  Next to another capitalised word it stays: "Okwu Plumbing Ltd", "Ingenieurbüro Tiedemann"
  name a firm (and a title before it is the title rules' business).
* A listed first name joined by "u."/"und"/"&"/"and" to a full name a rule has found is the
  partner's: "Sabine u. Klaus Oltmanns", "Heinz-Dieter u. Roswitha Kleinschmidt" (the full
  name's first word must be a listed first name too; an agent's name stays).
* A listed first name in the German genitive before a parent: "ich bin Mias Mama", "hier
  schreibt Leons Papa" (with an apostrophe, "Jonas' Papa", "Connor's mam", the other rules
  read it already).
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_initials import initial_of
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import known_word, reads_as_word
from feedback.first_names import is_first_name

__all__ = ["genitive_parents", "joined_partners", "repeated_names"]

_SP = r"[ \t\u00a0]"
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MIN_LETTERS = 3  # "Jo", "Al" again could be anything
_PARENT_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>[A-ZÄÖÜ][a-zäöüß]+)s{_SP}+(?:Mama|Papa|Mami|Papi|Mutter|Vater|Mutti"
    rf"|Vati|Oma|Opa)\b"
)


# Another capitalised word or "&" next to it on its line: part of a firm's or another name
_NEXT_CAPITAL_RE = re.compile(rf"{_SP}+(?:&|[A-ZÄÖÜ][^\W\d_]*(?![.\w]))")
_PREVIOUS_CAPITAL_RE = re.compile(rf"[A-ZÄÖÜ][^\W\d_]+{_SP}+\Z")


def _initial(text: str, start: int, end: int) -> str:
    initial = initial_of(text[start:end])
    return initial[:-1] if text.startswith(".", end) else initial


def genitive_parents(text: str, known: frozenset[str]) -> list[Candidate]:
    """ "Mias Mama": the child's listed first name with its genitive "s" (see the docstring)."""
    found: list[Candidate] = []
    for m in _PARENT_RE.finditer(text):
        name = m.group("name")
        word = name + "s"
        if not is_first_name(name) or known_word(word) or is_agent_word(name, known):
            continue
        if reads_as_word(name) or is_first_name(word):
            continue  # "Jonas Papa" (is "Jonas" the name?): the apostrophe rules decide
        end = m.start("name") + len(word)
        found.append(
            Candidate(
                m.start(), end, RedactionKind.NAME, _initial(text, m.start(), end), Priority.NAME
            )
        )
    return found


def _repeatable(word: str, known: frozenset[str]) -> bool:
    if sum(ch.isalpha() for ch in word) < _MIN_LETTERS or not word[0].isupper():
        return False
    if word.isupper() or is_agent_word(word, known) or reads_as_word(word):
        return False
    # no dictionary's word: "Mai" of "im sonnigen Mai", "Jack of all trades" stay
    return not known_word(word)


def repeated_names(text: str, names: list[Candidate], known: frozenset[str]) -> list[Candidate]:
    """Other occurrences of the words of ``names`` (see the module docstring)."""
    words: set[str] = set()
    for c in names:
        for m in _WORD_RE.finditer(text, c.start, c.end):
            word = m.group()
            if _repeatable(word, known):
                words.add(word)
            if word.endswith("s") and is_first_name(word[:-1]) and _repeatable(word[:-1], known):
                words.add(word[:-1])  # "Mias Mama. … Mia hat …"
    if not words:
        return []
    spans = [(c.start, c.end) for c in names]
    found: list[Candidate] = []
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w'’.-])(?:{pattern})(?=(?:['’]s?)?(?![\w-]))", text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        if _NEXT_CAPITAL_RE.match(text, m.end()) or _PREVIOUS_CAPITAL_RE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "Okwu Plumbing Ltd", "Ingenieurbüro Tiedemann": a firm, or another name
        initial = _initial(text, m.start(), m.end())
        found.append(Candidate(m.start(), m.end(), RedactionKind.NAME, initial, Priority.NAME))
    return found


# "Sabine u. |Klaus Oltmanns": a first name (or two joined by a hyphen) and a joining word
_PARTNER_RE = re.compile(
    rf"(?<![\w'’.-])(?P<first>[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?)"
    rf"{_SP}+(?:u\.|und|&|and|\+){_SP}+\Z"
)


def joined_partners(text: str, names: list[Candidate], known: frozenset[str]) -> list[Candidate]:
    """ "Sabine u. Klaus Oltmanns": the first name before a found full name (see the module
    docstring)."""
    spans = [(c.start, c.end) for c in names]
    found: list[Candidate] = []
    for c in names:
        full = text[c.start : c.end].split()
        if c.kind is not RedactionKind.NAME or len(full) < 2 or not is_first_name(full[0]):
            continue
        m = _PARTNER_RE.search(text, max(0, c.start - 40), c.start)
        if m is None:
            continue
        first = m.group("first")
        if not all(is_first_name(p) for p in first.split("-")) or is_agent_word(first, known):
            continue
        if any(s < m.end("first") and m.start() < e for s, e in spans):
            continue
        start, end = m.span("first")
        initial = _initial(text, start, end)
        found.append(Candidate(start, end, RedactionKind.NAME, initial, Priority.NAME))
    return found
