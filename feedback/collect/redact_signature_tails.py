"""Signatures that other rules leave because of what follows or precedes them.

* A full name that no list knows, signed before the customer's data in brackets at the end:
  "Thanks, Kavya Menon (Customer ID 70221934)", "Viele Grüße, Karl-Heinz Voss (Kundennr. …)".
  ``redact_trailing`` reads the last two or three words of a message as a name when no
  dictionary knows them; here the bracket with a data label (or a placeholder already put in)
  is set aside first, and the words before it are read the same way.
* A family signed in the plural after "from the" or a comma: "Cheers from the Dawsons", "Love
  from the O'Neills", "Forever grateful, the Kowalczyks (T. & A.)". The word is capitalised,
  ends in "s", ends the line (or a bracket follows), and neither it nor its singular is a word
  of the dictionaries ("from the Rockies", "from the Hills" stay).
* A listed first name after "big", "little" or "young" at the end of a line: "signed, Big
  Dave", "-Little Jo", "from Auntie F. and little Tobi xx" ("Big Ben" is the bell).
* A first name in lower case after "vom"/"von der" in German chat: "danke vom heiko aus
  kassel", "grüße von der steffi". A noun there would be capitalised; the word must be a
  listed first name, and the message ends after it or the town follows ("aus …").
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import known_word, unlisted_end
from feedback.first_names import is_first_name

__all__ = ["find_signature_tails"]

_SP = r"[ \t\u00a0]"
_DATA_LABEL = (
    r"(?i:customer|kunden|kd|account|acct|acc|member|mitglied|ref|tel|phone|mobil|handy"
    r"|e-?mail|dob|geb)"
)
_PLURAL = rf"(?:\b(?i:from)|,){_SP}+the{_SP}+([A-Z](?:[’']?[A-Z])?[a-z]+s)"
_LINE_END = r"(?=(?:[ \t\u00a0]+[xX]{1,4})?[^\w\n]*(?:\n|\Z))"  # after kisses: "Tobi xx"
_VOM = rf"\b(?i:vom|von{_SP}+der){_SP}+([a-zäöüß]{{3,}})"

# "(Customer ID …)", "(Kundennr. …)", "([REF])" closing the message
_BRACKET_TAIL_RE = re.compile(rf"{_SP}*\((?:{_DATA_LABEL}\w*\.?|\[)[^()\n]{{0,60}}\)[^\w\n]*\Z")
# "from the Dawsons", ", the Kowalczyks (T. & A.)"
_PLURAL_FAMILY_RE = re.compile(rf"{_PLURAL}(?=[^\w\n(]*(?:\n|\Z|\())")
_SIZED_RE = re.compile(rf"\b(?i:big|little|lil|young|wee){_SP}+([A-Z][a-z]+){_LINE_END}")
_NOT_SIZED = frozenset(["big ben"])
# "danke vom heiko aus kassel", "grüße von der steffi"
_LOWER_VOM_RE = re.compile(rf"{_VOM}(?=[^\w\n]*(?:\n|\Z)|{_SP}+aus\b)")


def find_signature_tails(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names of the three shapes in the module docstring. ``known``: agents' name keys."""
    found: list[Candidate] = []
    bracket = _BRACKET_TAIL_RE.search(text)
    if bracket is not None and bracket.start() > 0:
        found += unlisted_end(text[: bracket.start()], known)
    for m in _PLURAL_FAMILY_RE.finditer(text):
        word = m.group(1)
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        if is_agent_word(word, known) or known_word(word) or known_word(singular):
            continue
        found.append(_name(m.start(1), m.end(1), word))
    for m in _SIZED_RE.finditer(text):
        word = m.group(1)
        if m.group().casefold() in _NOT_SIZED or is_agent_word(word, known):
            continue
        if is_first_name(word):
            found.append(_name(m.start(1), m.end(1), word))
    for m in _LOWER_VOM_RE.finditer(text):
        word = m.group(1)
        if is_agent_word(word, known) or not is_first_name(word):
            continue
        found.append(_name(m.start(1), m.end(1), word))
    return found


def _name(start: int, end: int, word: str) -> Candidate:
    kind = RedactionKind.NAME
    return Candidate(start, end, kind, f"{word[0].upper()}.", Priority.NAME)
