"""Customers' names with no cue word around them.

``redact_context`` and ``redact_trailing`` need a cue: a title, an introduction, a family word,
a closing, the end of the message, the customer's own data. Real messages also name people in
the middle of a sentence ("aber Jürgen Vogt aus der Buchhaltung meinte …", "I was chatting to
Trevor Banks from my running club"). Three shapes are taken here:

* a full name: a listed first name and a surname right after it ("Jürgen Vogt", "Patricia
  Ng"). In German every noun is capitalised, so "Anna" before "Geburtstag" would look the
  same; the surname must therefore not be a common German noun. A known agent's first name
  never starts one ("dass Lisa Zeit hatte");
* a list of two or more listed first names ("Michael, Sandra und die kleine Emma", "Gary,
  Louise, and the twins Ben and Molly");
* a first name in the possessive ("Ahmed's order", "Thomas' Handy").
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_name, is_agent_word
from feedback.collect.redact_name_words import dotted_abbreviation
from feedback.collect.redact_names import name_after
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import function_words, has_title, name_openers
from feedback.first_names import WORDLIKE_NAMES, is_first_name

__all__ = ["bare_names"]

_SP = r"[ \t\u00a0]"
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*")
# Between the names of a list: ", ", " und ", " and ", " & ", ", and the twins ".
_LIST_GAP_RE = re.compile(
    rf",?{_SP}+(?:und|and|&|sowie|plus){_SP}+(?:(?:die|der|the|our|unsere?|meine?|my)"
    rf"{_SP}+(?:[a-zäöüß]+{_SP}+)?)?|,{_SP}*"
)
_SHORT = 3  # letters: a word this short before a dot is an abbreviation
_POSSESSIVE_RE = re.compile(
    r"([^\W\d_]{3,})(?:['’]s|s['’]|['’])(?=[ \t\u00a0])(?![ \t\u00a0]your[ \t\u00a0]uncle)"
)
# German nouns that follow a first name as object or subject complement far more often than
# they are surnames: "Heute hat Anna Geburtstag", "Paul Hunger", "Lisa Zeit".
_DE_NOUNS = frozenset(
    [
        "geburtstag",
        "zeit",
        "hunger",
        "durst",
        "angst",
        "glück",
        "pech",
        "recht",
        "unrecht",
        "lust",
        "spaß",
        "freude",
        "sorge",
        "sorgen",
        "urlaub",
        "feierabend",
        "dienst",
        "schicht",
        "frei",
        "bescheid",
        "ahnung",
        "geduld",
        "mut",
        "zweifel",
        "termin",
        "besuch",
        "post",
        "mail",
        "nachricht",
        "anruf",
        "ärger",
        "stress",
        "probleme",
        "problem",
        "fieber",
        "schnupfen",
        "husten",
        "schmerzen",
        "kummer",
        "heimweh",
    ]
)


# A landmark's or a place's noun after a first name that is a town too: "London Bridge",
# "Victoria Station", "Jordan Road", "Florence Airport" (nouns that are common surnames, "Hill",
# "Park", "Lane", "Green", "Hall", are left out)
_PLACE_NOUNS = frozenset(
    [
        "bridge", "station", "road", "street", "square", "airport", "tower", "cathedral", "abbey",
        "quay", "harbour", "pier", "terminal", "arena", "stadium", "mall", "plaza", "avenue",
        "boulevard", "bahnhof", "hauptbahnhof", "flughafen", "platz", "straße", "strasse", "allee",
    ]
)  # fmt: skip


# "Gruß aus Kiel, Frank": a place, then the name; "Kiel, Frank" is no list of first names.
_PLACE_BEFORE_RE = re.compile(rf"\b(?i:aus|in|nach|near){_SP}+\Z")


def _after_place(text: str, start: int) -> bool:
    return _PLACE_BEFORE_RE.search(text, max(0, start - 8), start) is not None


def _listed(word: str) -> bool:
    return word[:1].isupper() and word.casefold() not in function_words() and is_first_name(word)


def _agent(word: str, known: frozenset[str]) -> bool:
    return name_after(word, 0, known, after_title=False) is None


def _other_agents(span: str, known: frozenset[str]) -> bool:
    """Every word of ``span`` is a word of some agent's name, but not of one agent's: "Thomas
    Müller" with agents Thomas Wolf and Sabine Müller is a customer."""
    words = span.split()
    return all(is_agent_word(w, known) for w in words) and not is_agent_name(words, known)


def _full_name(text: str, m: re.Match[str], known: frozenset[str]) -> Candidate | None:
    if m.group().casefold() in WORDLIKE_NAMES:
        return None
    found = name_after(text, m.start(), known, after_title=False, first_name=True)
    if found is None or " " not in found.replacement:
        return None  # a first name alone: a list or a cue must tell
    if _agent(m.group(), known) and not _other_agents(text[m.start() : found.end], known):
        return None  # our agent's first name and a word after it ("Ayşe Hanım")
    words = text[m.start() : found.end].split()
    last = words[-1].casefold()
    if last in _DE_NOUNS or last in _PLACE_NOUNS or has_title(words):
        return None
    if dotted_abbreviation(words[-1], text, found.end) or (
        text.startswith(".", found.end) and len(words[-1]) <= _SHORT
    ):
        return None  # "Tel.", "Kundennr.": an abbreviation, no surname
    return found


def _list_at(text: str, m: re.Match[str], known: frozenset[str]) -> tuple[list[Candidate], int]:
    """The listed first names from ``m`` on, joined by commas and "und"/"and"; ([], 0) for
    fewer than two."""
    found: list[Candidate] = []
    word: re.Match[str] | None = m
    end = m.start()
    while word is not None and _listed(word.group()):
        named = name_after(text, word.start(), known, after_title=False, first_name=True)
        if named is None:
            break  # an agent: it ends the list, but is no customer
        found.append(named)
        end = named.end
        gap = _LIST_GAP_RE.match(text, end)
        word = _WORD_RE.match(text, gap.end()) if gap else None
    return (found, end) if len(found) >= 2 else ([], 0)


def bare_names(
    text: str, known: frozenset[str], openers: list[re.Match[str]] | None = None
) -> list[Candidate]:
    """Full names, lists of first names and possessive first names (see the module docstring).
    ``known``: the agents' name keys; ``openers``: ``name_openers(text)`` when the caller has
    them."""
    found: list[Candidate] = []
    covered = 0
    for m in openers if openers is not None else name_openers(text):
        if m.start() < covered or len(m.group()) == 1:
            continue
        listed, end = _list_at(text, m, known) if not _after_place(text, m.start()) else ([], 0)
        if listed:
            found += listed
            covered = end
            continue
        full = _full_name(text, m, known)
        if full is not None:
            found.append(full)
            covered = full.end
    if "'" not in text and "’" not in text:
        return found
    for m in _POSSESSIVE_RE.finditer(text):
        base = m.group(1)
        if _not_possessive(text, m):
            continue
        if _listed(base) and not _agent(base, known):
            # "Ahmed's order" -> "A.'s order", "Thomas' Handy" -> "T. Handy"
            suffix = m.group()[len(base) :]
            kept = suffix if suffix[-1:] == "s" and len(suffix) == 2 else ""
            found.append(
                Candidate(
                    m.start(), m.end(), RedactionKind.NAME, base[0] + "." + kept, Priority.NAME
                )
            )
    return found


_NEXT_WORD_RE = re.compile(rf"{_SP}+([^\W\d_]+)")


def _not_possessive(text: str, m: re.Match[str]) -> bool:
    """A closing quote ("'Sweet Caroline' on repeat", "'Für Elise'"): a bare apostrophe
    makes a possessive only after s, x, z or ß ("Thomas' Handy"). And a place or a brand
    named in the possessive ("King's Cross"): a first name that is also a word, before a
    capitalised one."""
    base, suffix = m.group(1), m.group()[len(m.group(1)) :]
    if len(suffix) == 1 and base[-1:].casefold() not in ("s", "x", "z", "ß"):
        return True
    if suffix not in ("'s", "’s"):
        return False  # German: "Thomas' Handy", "Anja's Auto"
    after = _NEXT_WORD_RE.match(text, m.end())
    return after is not None and after.group(1)[:1].isupper() and base.casefold() in WORDLIKE_NAMES
