"""Senders' names in capitals or after "from a very happy …" at a message's end.

Two signature forms the other rules miss when the list lacks the first name or the name is
written in capitals:

* a name in capitals that ends a message in mixed case, after a line break, a dash, a comma
  or a sentence: "Thanks Sam! - MOHAMMAD REZA KARIMI", "VIELE GRÜSSE, OKSANA MELNYK". Two or
  three words of three letters or more; the last no dictionary knows, the others no
  dictionary knows or listed first names; "Thanks Sam! - GREAT SERVICE", "… - NETFLIX UK" and
  a message all in capitals stay;
* the name after "from a (very) grateful/happy/satisfied (customer)" or "von einer (sehr)
  zufriedenen (Kundin)": "Great job Sam. From a very grateful Olumide Bankole" → "O. B.". One
  to three capitalised words no dictionary knows (the first may be a listed first name);
  "from a very happy Sunday" stays;
* a name in capitals between a closing's comma and a town's ("Sincerely, GIOVANNI RUSSO,
  Glasgow", "Viele Grüße, DIMITRIOS KARAGIANNIS, Stuttgart"); "Regards, BRITISH GAS, Leeds"
  and "… VERY HAPPY, Leeds" stay (the last word must be no dictionary's).
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_placeholder_names import unknown_name_word
from feedback.collect.redact_trailing import closing_words, function_words, reads_as_word
from feedback.first_names import is_first_name

__all__ = ["find_capital_signatures"]

_SP = r"[ \t\u00a0]"
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_CAPS_WORD = rf"{_CAP}{{3,}}(?:[-'’]{_CAP}{{2,}})?"
_CAPS_END_RE = re.compile(
    rf"(?:\n|[.!?]{_SP}+|{_SP}[-–—]{_SP}*|,{_SP}*)"
    rf"(?P<name>{_CAPS_WORD}(?:{_SP}+{_CAPS_WORD}){{1,2}})[ \t\u00a0.!\n]*\Z"
)
_NAME_WORD = rf"{_CAP}[^\W\d_]+(?:[-'’]{_CAP}[^\W\d_]+)?"
_GRATEFUL_RE = re.compile(
    rf"(?i:from{_SP}+(?:a|an|one)|von{_SP}+(?:einer|einem)){_SP}+"
    rf"(?:(?i:very|really|so|super|extremely|sehr|total|mega|überaus){_SP}+)?"
    rf"(?i:grateful|happy|satisfied|thankful|relieved|delighted|pleased|glad|zufriedenen|dankbaren"
    rf"|glücklichen|erleichterten|begeisterten)"
    rf"(?:{_SP}+(?i:customer|client|kundin|kunden|kundschaft))?{_SP}+"
    rf"(?P<name>{_NAME_WORD}(?:{_SP}+{_NAME_WORD}){{0,2}})(?={_SP}*(?:[,.!;\n]|\Z))"
)

_CLOSED_CAPS_RE = re.compile(
    rf"(?P<close>[^\W\d_]+),{_SP}*(?P<name>{_CAPS_WORD}(?:{_SP}+{_CAPS_WORD}){{1,2}}),{_SP}*"
    rf"(?={_CAP}[a-zß-ÿ]+)"
)
_MORE_CLOSINGS = frozenset(["wishes", "regards", "grüßen", "respect", "faithfully"])


def _listed(word: str) -> bool:
    return is_first_name(word) and not reads_as_word(word)


def _name(words: list[str], known: frozenset[str]) -> bool:
    if any(is_agent_word(w, known) or w.casefold() in function_words() for w in words):
        return False
    head, last = words[:-1], words[-1]
    return unknown_name_word(last) and all(unknown_name_word(w) or _listed(w) for w in head)


def _candidate(m: re.Match[str], offset: int = 0) -> Candidate:
    initials = " ".join(f"{w[0]}." for w in m.group("name").split())
    start, end = offset + m.start("name"), offset + m.end("name")
    return Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME)


def find_capital_signatures(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names of the two forms above in ``text`` (``known``: the agents' name keys)."""
    found: list[Candidate] = []
    tail = text[-80:]
    offset = len(text) - len(tail)
    m = _CAPS_END_RE.search(tail)
    if m is not None and any(c.islower() for c in text[: offset + m.start()]):
        words = [w.capitalize() for w in m.group("name").split()]
        if _name(words, known):
            found.append(_candidate(m, offset))
    if "," in text:
        for c in _CLOSED_CAPS_RE.finditer(text):
            close = c.group("close").lower()
            if close not in closing_words() and close not in _MORE_CLOSINGS:
                continue
            words = [w.capitalize() for w in c.group("name").split()]
            if any(ch.islower() for ch in text[: c.start("name")]) and _name(words, known):
                found.append(_candidate(c))
    if "from" in text.casefold() or "von" in text:
        for g in _GRATEFUL_RE.finditer(text):
            if _name(g.group("name").split(), known):
                found.append(_candidate(g))
    return found
