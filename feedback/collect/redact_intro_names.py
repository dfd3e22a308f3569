"""Speakers' own names after an introduction that ``redact_context`` leaves.

``redact_context`` reads "I'm …", "this is …", "hier ist …" and "it's … here": a listed first
name, or a name no dictionary knows. Three forms of chats and text messages slip through:

* an English introduction of a full name whose first word only the German dictionary knows
  ("I'm Kwame Mensah and I have been with you since 2010": "Kwame" is a German word); the
  surname no dictionary knows, and the clause ends or goes on with "and";
* "it's" after a greeting that opens the message, and one capitalised word no dictionary knows,
  then a comma, a full stop, a dash or the end ("Hi it's Thabo, just wanted …"; "Hi, it's
  Monday, …" stays: the dictionary knows it);
* a listed first name in lower case after "hier ist"/"it's"/"this is" that follows a greeting
  opening the message, going on with what the message is about ("hi hier ist lukas wegen dem
  termin", "hey its dave about the router"). No English word ("hey its mark my words") and no
  function word is taken.

Agents' names stay, as everywhere.
"""

from __future__ import annotations

import re

from feedback.analyze.lemmas import known as in_dictionary
from feedback.collect.redact_agent_names import is_agent_name
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import english_word, function_words, known_word
from feedback.first_names import is_first_name

__all__ = ["find_intro_names"]

_SP = r"[ \t\u00a0]"
_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:[-'’][^\W\d_]+)*"
_GREETING = r"(?i:hi|hey|hello|hiya|hallo|moin|servus|huhu)"
_OPENING = rf"(?:\A|\n)[^\S\n]*(?:[\w ]{{0,12}}:{_SP}*)?{_GREETING}[,!]?{_SP}+"
_FULL_INTRO_RE = re.compile(
    rf"(?i:\b(?:i['’]m|i{_SP}+am|this{_SP}+is)){_SP}+(?P<name>{_CAP}(?:{_SP}+{_CAP}){{1,2}})"
    rf"(?={_SP}*(?:[,.!;:()–—]|\n|\Z)|{_SP}+and{_SP})"
)
_ITS_RE = re.compile(
    rf"{_OPENING}(?i:it['’]?s|it{_SP}+is){_SP}+(?P<name>{_CAP})(?={_SP}*(?:[,.!]|[-–—]{_SP}|\Z))"
)
_LOWER_RE = re.compile(
    rf"{_OPENING}(?i:hier{_SP}+ist|hier{_SP}+spricht|it['’]?s|this{_SP}+is){_SP}+"
    r"(?P<name>[a-zß-öø-ÿ]{3,})"
    rf"(?={_SP}+(?:wegen|bzgl|about|re|regarding|von{_SP}+gestern|from{_SP}+yesterday)\b)"
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _candidate(text: str, m: re.Match[str]) -> Candidate:
    start, end = m.span("name")
    initials = " ".join(w[0].upper() + "." for w in _WORD_RE.findall(text, start, end))
    return Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME)


def _full_name(words: list[str]) -> bool:
    first, surname = words[0], words[-1]
    return (
        not in_dictionary(first, "en")
        and first.casefold() not in function_words()
        and not known_word(surname)
        and all(not in_dictionary(w, "en") for w in words)
    )


def find_intro_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names of the three forms above in ``text`` (``known``: the agents' name keys)."""
    found: list[Candidate] = []
    for m in _FULL_INTRO_RE.finditer(text):
        words = _WORD_RE.findall(m.group("name"))
        if _full_name(words) and not is_agent_name(words, known):
            found.append(_candidate(text, m))
    its = _ITS_RE.search(text)
    if its is not None:
        word = its.group("name")
        if not known_word(word) and not is_agent_name([word], known):
            found.append(_candidate(text, its))
    lower = _LOWER_RE.search(text)
    if lower is not None:
        word = lower.group("name")
        if (
            is_first_name(word)
            and word not in function_words()
            and not english_word(word)
            and not is_agent_name([word], known)
        ):
            found.append(_candidate(text, lower))
    return found
