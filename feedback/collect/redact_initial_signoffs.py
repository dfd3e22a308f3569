"""A sign-off that is initials and a surname: "Thanks – K. Patel", "Regards - T. Nakamura",
"Danke sehr, G. Hoffmann-Riedl"; after a sentence at the message's end ("Sorry for the
fuss. T. Ashcroft-Bello"); right after a closing and before a comma ("Rgds, C. Ó Riordáin,
085 …").

An initial before a capitalised word is how people sign, not how they thank an agent (who is
thanked by first name). After a dash the name may end any clause ("– A. Rahman. PS …"); after
a comma it must end the line and be no English word ("Washington, D.C. Area" stays; "Frau B.,
K. Meier und …" is left to the other rules). A title ("M. Sc.", "Dr.") is no surname, and an
agent's surname stays.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_name_words import dotted_abbreviation, is_name_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import closing_words, english_word, has_title

__all__ = ["initial_signoffs"]

_SP = r"[ \t\u00a0]"
# particles may stand before the surname: "J. De la Cruz", "P. van der Merwe"; not the German
# "von", "zu" ("Viele Grüße, L. von Flixbus": our own output of "Lisa von Flixbus")
_PARTICLES = frozenset(
    {"van", "de", "der", "den", "la", "le", "du", "del", "da", "di", "ó", "ní", "nic", "mac", "uí"}
)
_PARTICLE = rf"(?:(?i:{'|'.join(sorted(_PARTICLES))}){_SP}+){{0,2}}"
_NAME = (
    rf"(?P<name>(?:[A-ZÄÖÜ]\.{_SP}?){{1,2}}{_PARTICLE}"
    # "O'Sullivan", "O'Brien-Walsh": one letter, an apostrophe and a capital begin a surname too
    rf"[A-ZÄÖÜ](?:[^\W\d_]+|(?=['’][A-ZÄÖÜ]))(?:['’-][A-ZÄÖÜ]?[^\W\d_]+){{0,2}})"
)
_AFTER_DASH_RE = re.compile(rf"(?<=\s)[-–—~]{_SP}*{_NAME}(?={_SP}*(?:[.!,;)]|\n|\Z))")
_AFTER_COMMA_RE = re.compile(rf",{_SP}*{_NAME}(?={_SP}*[.!]?{_SP}*(?:\n|\Z))")
# After a sentence, ending the message: "Sorry for shouting earlier. T. Ashcroft-Bello"
_AFTER_SENTENCE_RE = re.compile(rf"(?<=[^\W\d_]{{3}}[.!?]){_SP}+{_NAME}(?={_SP}*[.!]?{_SP}*\Z)")
# Right after a closing and before a comma, a phone or an address following: "Rgds, C. Ó
# Riordáin, 085 …", "Best, J. Baker, 14 Elm Road"
_AFTER_CLOSING_RE = re.compile(
    rf"(?i:\b(?:{'|'.join(sorted(closing_words()))}|rgds|kind\s+regards|best\s+wishes))"
    rf"[,.]?{_SP}+{_NAME}(?={_SP}*,)"
)
# a cheap test first: an initial with its dot at all
_INITIAL_HINT_RE = re.compile(r"(?<![\w.])[A-ZÄÖÜ]\.")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# In lower case, after a closing: "regards, d. wilkinson", "lg k. schulte-ried" (looked for
# only where a lower-case initial and a word end a line: most texts have none)
_LOWER_HINT_RE = re.compile(r"(?<![\w.])[a-zäöü]\.[ \t]?[a-zäöüß.]{3,}[ \t]*[.!]?[ \t]*(?:\n|\Z)")
_LOWER_RE = re.compile(
    rf"(?i:\b(?:{'|'.join(sorted(closing_words()))})),?{_SP}+"
    rf"(?P<name>(?:[a-zäöü]\.{_SP}?){{1,2}}[a-zäöüß]{{3,}}(?:-[a-zäöüß]{{3,}})?)"
    rf"(?={_SP}*[.!]?{_SP}*(?:\n|\Z))"
)
# Degrees written like an initial and a surname: "M. Sc.", "B. Eng.", "Dr. med."
_DEGREE_WORDS = frozenset({"sc", "eng", "ed", "phil", "jur", "med", "com", "tech", "arch"})
_ACRONYM = 4  # "IBAN", "PLZ", "SEPA"
_THANKS = frozenset({"dank", "dankeschön", "merci", "thank", "ta", "tschö", "servus"})


def _known_surname(m: re.Match[str]) -> bool:
    """After a comma a surname must be no English word ("Washington, D.C. Area" stays)."""
    surname = _WORD_RE.findall(m.group("name"))[-1]
    # the "O" of "O'Sullivan" is no English word here
    return any(english_word(w.casefold()) for w in re.split(r"['’-]", surname) if len(w) > 1)


def initial_signoffs(text: str, known: frozenset[str]) -> list[Candidate]:
    """Initials and a surname after a dash or a comma (see the module docstring)."""
    if "." not in text:
        return []
    found: list[Candidate] = []
    after_comma = [
        m
        for m in [*_AFTER_COMMA_RE.finditer(text), *_AFTER_SENTENCE_RE.finditer(text)]
        if not _known_surname(m)
    ]
    lower = (
        [m for m in _LOWER_RE.finditer(text) if not _known_surname(m)]
        if _LOWER_HINT_RE.search(text)
        else []
    )
    closed = list(_AFTER_CLOSING_RE.finditer(text)) if _INITIAL_HINT_RE.search(text) else []
    for m in [*_AFTER_DASH_RE.finditer(text), *after_comma, *lower, *closed]:
        start, end = m.span("name")
        words = _WORD_RE.findall(text, start, end)
        if (
            has_title(words)
            or words[-1].casefold() in _DEGREE_WORDS
            or is_agent_word(words[-1], known)
            # "Gruß, A. M. Danke": the initials of a name already redacted and a closing word
            or words[-1].casefold() in closing_words()
            or words[-1].casefold() in _THANKS
            # "Viele Grüße, T. IBAN": an acronym is no surname (and "T." may be ours, of "Ticket")
            or (words[-1].isupper() and len(words[-1]) <= _ACRONYM)
            # "— K. S. Dear", "— L. K. Tel.": our own initials before a word that is no name
            # (a stop word, a role, an abbreviation) read again must stay as they were
            or not is_name_word(words[-1].capitalize(), first_after_title=True, allow_caps=True)
            or dotted_abbreviation(words[-1], text, end)
        ):
            continue
        if text.startswith(".", end):
            end += 1  # "A. Rahman. PS": the initials end with the sentence's full stop
        initials = " ".join(
            w[0].upper() + "." for w in words if w == words[-1] or w.casefold() not in _PARTICLES
        )
        found.append(Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME))
    return found
