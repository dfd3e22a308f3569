"""A customer's name written surname first in a call note or a form: "Kunde Haile, Dawit".

Call notes and CRM exports name the caller as "Nachname, Vorname" after a role word: "Kundin
Abebe, Tsehay (geb. …)", "Anrufer: Okafor, Emeka", "caller Mensah, Kofi". The other rules read
"Surname, Given" only when the given name is a listed first name; here the role word vouches
for both words, so a given name the list lacks goes as well. Both words must be capitalised
name words no dictionary knows, or the second a listed first name that is no word ("Müller,
Hans"), and the pair must end its clause: "Kunde Meier, Techniker vor Ort" (a noun) and
"Kundin Schulz, Berlin" (a town the dictionaries know) stay as they were. An initial left by
an earlier pass ("Kunde H., Dawit") counts as the surname, so that a second pass finishes the
name.

A full name written given name first after the role word goes too when no dictionary knows
any of its two or three words and it ends its clause the same way ("Kunde Rojhat Demirtaş
bedankt sich" → "Kunde R. D."; "Customer Chinedu Okafor rang …"): "Kunde Deutsche Bahn
beschwert sich" and "customer Sky Glass arrived" stay.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import english_word, known_word, reads_as_word
from feedback.first_names import is_first_name

__all__ = ["find_inverted_names"]

_SP = r"[ \t\u00a0]"
_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+)?"
_ROLE_RE = re.compile(
    rf"\b(?i:kunde|kundin|anrufer|anruferin|absender|absenderin|kontoinhaber|kontoinhaberin"
    rf"|caller|customer|account{_SP}+holder)(?:{_SP}*:)?{_SP}+"
    rf"(?P<sur>{_NAME}|[A-ZÀ-ÖØ-Þ]\.),{_SP}*(?P<given>{_NAME})"
    # the pair ends its clause: a bracket, a comma, a line's or the text's end, a bar, a dash, a
    # verb
    rf"(?={_SP}*(?:[(,;|\n]|\Z|[.!]|[–—]{_SP}|{_SP}[a-zäöüß]))"
)

_ROLE_FULL_RE = re.compile(
    rf"\b(?i:kunde|kundin|anrufer|anruferin|absender|absenderin|kontoinhaber|kontoinhaberin"
    rf"|caller|customer|account{_SP}+holder)(?:{_SP}*:)?{_SP}+"
    rf"(?P<name>{_NAME}(?:{_SP}+{_NAME}){{1,2}})"
    rf"(?={_SP}*(?:[(,;|\n]|\Z|[.!]|[–—]{_SP})|{_SP}+[a-zäöüß])"
)


def _unknown(word: str) -> bool:
    return not any(known_word(part) for part in word.split("-"))


def _pair(sur: str, given: str, known: frozenset[str]) -> bool:
    """A listed given name after any surname ("Müller, Hans"), or two words no dictionary
    knows ("Haile, Dawit"); an agent's name is no customer's."""
    if is_agent_word(sur, known) or is_agent_word(given, known):
        return False
    if is_first_name(given) and not reads_as_word(given) and not english_word(given.casefold()):
        return True  # "Müller, Hans"; not "Schulz, Rose", "Meier, Will"
    return _unknown(given) and (sur.endswith(".") or _unknown(sur))


def find_inverted_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """ "Surname, Given" after a caller's or customer's role word, as "H., D." (``known``:
    the agents' name keys)."""
    found: list[Candidate] = []
    for m in _ROLE_RE.finditer(text) if "," in text else ():
        sur, given = m.group("sur"), m.group("given")
        if not _pair(sur, given, known):
            continue
        initials = f"{sur[0]}., {given[0]}."
        found.append(
            Candidate(m.start("sur"), m.end("given"), RedactionKind.NAME, initials, Priority.NAME)
        )
    for m in _ROLE_FULL_RE.finditer(text):
        words = m.group("name").split()
        if any(is_agent_word(w, known) or not _unknown(w) for w in words):
            continue
        initials = " ".join(f"{w[0]}." for w in words)
        found.append(
            Candidate(m.start("name"), m.end("name"), RedactionKind.NAME, initials, Priority.NAME)
        )
    return found
