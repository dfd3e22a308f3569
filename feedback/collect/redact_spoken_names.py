"""Speakers' names in transcripts and chats that the other introduction rules leave.

* A filler between the introduction and the name, as voice transcripts write it: "it's uh
  Kwabena Mensah calling", "hier spricht äh Ingeborg Schäfer", "it's, um, Ifeanyi, Ifeanyi
  Nwachukwu" (a name said twice goes twice).
* A name in lower case after "mein Name ist" / "my name is" / "ich heiße", whatever its order
  ("mein name ist öztürk emre und ich ruf an"), and after "bin die" / "bin der" ("hallo bin
  die ayşe yıldırım, …"): the words up to the first function word or dictionary word that is
  no listed first name.
* "hi its jess from leeds": a listed first name in lower case after a greeting and "it's",
  then "from" or "aus"; "yo its marcus, marcus o'neill": said again with the surname.
* Aliases: "(eigentlich Annegret)", "…, actually Robert", "nennt sich „Bobby“", "goes by Bec",
  "Ola for short", and a nickname that introduces the message: "G'day, Bec here", "Mausi hier".
* Whose account it is in German: "lautend auf Hasanović Amela", "ausgestellt auf …".

Each word must be a listed first name that reads as no ordinary word, or a word no dictionary
knows; agents' names stay.
"""

from __future__ import annotations

import re

from feedback.analyze.lemmas import known as in_dictionary
from feedback.collect.redact_agent_names import is_agent_name, is_agent_word
from feedback.collect.redact_intro_names import german_common_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import (
    english_word,
    function_words,
    known_word,
    reads_as_word,
)
from feedback.first_names import is_first_name

__all__ = ["find_spoken_names"]

_SP = r"[ \t\u00a0]"
_CAP = r"[A-ZÄÖÜÀ-ÞĀ-ſ][^\W\d_]+(?:['’-][^\W\d_]+)*"
_LOW = r"[a-zß-öø-ÿā-ſ][^\W\d_]+(?:['’-][^\W\d_]+)*"
_LOW_SURNAME = r"[a-zß-öø-ÿā-ſ][^\W\d_]*(?:['’-][^\W\d_]+)*"  # "o'neill" too
_INTRO = (
    r"(?:it['’]?s|it[ \t]+is|this[ \t]+is|i['’]m|i[ \t]+am|hier[ \t]+ist|hier[ \t]+spricht"
    r"|ich[ \t]+bin|mein[ \t]+name[ \t]+ist|my[ \t]+name[ \t]+is|my[ \t]+name['’]s)"
)
_FILLER = r"(?:uh+|uhm+|um+|er+|erm+|äh+|ähm+|öh+|eh+|ehm+|hm+)"
_FILLED_RE = re.compile(
    rf"\b(?i:{_INTRO})(?:{_SP}*,?{_SP}*(?i:{_FILLER})\b{_SP}*,?)+{_SP}*"
    rf"(?P<name>{_CAP}(?:{_SP}+{_CAP}){{0,2}})"
    rf"(?P<again>,{_SP}*{_CAP}(?:{_SP}+{_CAP}){{1,2}})?"
)
_LOWER_NAMED_RE = re.compile(
    rf"\b(?i:mein{_SP}+name{_SP}+ist|my{_SP}+name{_SP}+is|my{_SP}+name['’]s|ich{_SP}+hei(?:ß|ss)e"
    rf"|(?P<article>bin{_SP}+(?:die|der))){_SP}+(?P<words>{_LOW}(?:{_SP}+{_LOW}){{0,2}})"
)
_GREETING = r"(?:hi|hey|hello|hiya|hallo|moin|servus|yo|heya|g['’]day|morning|evening)"
_ITS_FROM_RE = re.compile(
    rf"(?i:\b{_GREETING}[,!]?{_SP}+(?:it['’]?s|this{_SP}+is|hier{_SP}+ist|ich{_SP}+bin))"
    rf"{_SP}+(?P<name>{_LOW})(?={_SP}+(?:from|aus){_SP})"
)
# "yo its marcus, marcus o'neill": the first name said again with the surname
_ITS_AGAIN_RE = re.compile(
    rf"(?i:\b{_GREETING}[,!]?{_SP}+(?:it['’]?s|this{_SP}+is|hier{_SP}+ist|ich{_SP}+bin))"
    rf"{_SP}+(?P<first>{_LOW}),{_SP}*(?P<name>(?P=first){_SP}+{_LOW_SURNAME})"
)
_OPEN_QUOTE = "\"“„‚'‘»«"
_CLOSE_QUOTE = "\"“”‘’'«»"
_ALIAS_RE = re.compile(
    rf"(?:\(|,){_SP}*(?i:eigentlich|actually|real{_SP}+name:?|richtiger{_SP}+name:?)"
    rf"{_SP}+(?P<alias>{_CAP}(?:{_SP}+{_CAP}){{0,2}})"
    rf"|\b(?i:nennt{_SP}+sich|nenne{_SP}+mich|calls{_SP}+(?:himself|herself)|goes{_SP}+by"
    rf"|go{_SP}+by){_SP}+[{_OPEN_QUOTE}]?(?P<called>{_CAP})[{_CLOSE_QUOTE}]?"
    rf"|\b(?P<short>{_CAP}),?{_SP}+for{_SP}+short\b"
    rf"|(?i:\b{_GREETING})[,!]?{_SP}+(?P<here>{_CAP}){_SP}+(?:here|hier)\b(?![ \t]+(?:is|ist))"
    rf"|\b(?i:lautend|ausgestellt){_SP}+(?i:auf){_SP}+(?:(?i:den{_SP}+namen){_SP}+)?"
    rf"(?P<holder>{_CAP}(?:{_SP}+{_CAP}){{1,2}})"
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _name_word(word: str) -> bool:
    """A listed first name that reads as no ordinary word, or a word no dictionary knows."""
    if word.casefold() in function_words() or reads_as_word(word):
        return False
    return is_first_name(word) or not known_word(word)


def _proper_noun(word: str) -> bool:
    """ "Bec": only the English dictionary knows it, and only as a proper noun."""
    folded = word.casefold()
    return (
        not reads_as_word(word)
        and folded not in function_words()
        and not in_dictionary(word, "de")
        and not english_word(folded)
    )


_CLAUSE_END_RE = re.compile(rf"{_SP}*(?:[,.!?;:)\n]|\Z|{_SP}(?:und|and|aus|from)\b)")


def _surname(text: str, w: re.Match[str]) -> bool:
    """A word after a first name that no dictionary has as a common word, then the clause's
    end ("bin die agnieszka nowak, …"; not "mein name ist jan kunde seit …")."""
    folded = w.group().casefold()
    return (
        folded not in function_words()
        and not english_word(folded)
        and not german_common_word(folded)
        and _CLAUSE_END_RE.match(text, w.end()) is not None
    )


def _common(word: str) -> bool:
    folded = word.casefold()
    return english_word(folded) or german_common_word(folded) or known_word(folded.capitalize())


def _initials(text: str, start: int, end: int) -> Candidate:
    words = _WORD_RE.findall(text, start, end)
    initials = " ".join(w[0].upper() + "." for w in words)
    return Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME)


def _filled(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _FILLED_RE.finditer(text):
        words = _WORD_RE.findall(m.group("name"))
        if not _name_word(words[0]) or is_agent_name(words, known):
            continue
        found.append(_initials(text, *m.span("name")))
        again = m.group("again")
        if again and _WORD_RE.findall(again)[0] == words[0]:
            start = m.start("again") + again.index(words[0])
            found.append(_initials(text, start, m.end("again")))
    return found


def _lower_named(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _LOWER_NAMED_RE.finditer(text):
        taken: list[re.Match[str]] = []
        for w in _WORD_RE.finditer(text, m.start("words"), m.end("words")):
            word = w.group()
            if taken and _surname(text, w):
                taken.append(w)  # "agnieszka nowak,": a surname the dictionary knows as a name
                continue
            if not _name_word(word) or (m.group("article") and not taken and _common(word)):
                break  # "bin die mama von Lea": after an article a first word no one says
            taken.append(w)
        words = [w.group() for w in taken]
        if taken and any(is_first_name(w) for w in words) and not is_agent_name(words, known):
            found.append(_initials(text, taken[0].start(), taken[-1].end()))
    for m in [*_ITS_FROM_RE.finditer(text), *_ITS_AGAIN_RE.finditer(text)]:
        word = m.group("name").split()[0]
        if is_first_name(word) and _name_word(word) and not is_agent_word(word, known):
            found.append(_initials(text, *m.span("name")))
    return found


def _aliases(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _ALIAS_RE.finditer(text):
        group = m.lastgroup or "alias"
        words = _WORD_RE.findall(m.group(group))
        if is_agent_name(words, known):
            continue
        if group in ("alias", "holder"):
            ok = all(_name_word(w) for w in words) and (
                group == "holder" or is_first_name(words[0])
            )
        elif group in ("here", "short"):
            ok = _name_word(words[0]) or _proper_noun(words[0])
        else:
            ok = _name_word(words[0])
        if ok:
            found.append(_initials(text, *m.span(group)))
    return found


def find_spoken_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names after fillers, in lower case after "mein Name ist", and aliases (see the module's
    docstring); ``known``: the agents' name keys."""
    lowered = text.casefold()
    found: list[Candidate] = []
    if _FILLER_CUE_RE.search(lowered):
        found += _filled(text, known)
    if any(cue in lowered for cue in _NAMED_CUES):
        found += _lower_named(text, known)
    if any(cue in lowered for cue in _ALIAS_CUES):
        found += _aliases(text, known)
    return found


# Cheap tests before each rule's regexes: most quotes hold none of these.
_FILLER_CUE_RE = re.compile(r"\b(?:uh+|uhm+|um+|er+|erm+|äh+|ähm+|öh+|eh+|ehm+|hm+)\b")
_NAMED_CUES = ("name", "heiße", "heisse", "bin d", " from ", " aus ", "its ", "it's ", "it’s ")
_ALIAS_CUES = (
    "eigentlich", "actually", "real name", "richtiger name", "nennt sich", "nenne mich", "calls",
    " by ", "for short", " here", " hier", "lautend", "ausgestellt",
)  # fmt: skip
