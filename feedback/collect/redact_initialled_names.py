"""Names that ``redact_names`` reads with more care after a title or a closing.

Initials before a surname at the end of a line ("MfG R. Hägele", "Mr G. Ellsworth"), a
surname after an initial's dot ("Viele Grüße, Tel. Karte": our own output read again must give
the same), and a wife's first name after "meine Frau" that no list knows ("Meine Frau Ngozi").
"""

from __future__ import annotations

import re

from feedback.analyze.lemmas import known as in_dictionary
from feedback.collect.redact_agent_names import NAME_TOKEN as _NAME_TOKEN
from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_initials import initial_of
from feedback.collect.redact_name_after import name_after
from feedback.collect.redact_name_words import (
    TITLE,
    TITLE_END,
    dotted_abbreviation,
    is_name_word,
    unknown_surname,
)
from feedback.collect.redact_orgs import is_org_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind

__all__ = ["initialled_line_end", "unlisted_spouse", "with_dotted_surname"]

_SP = "[ \t\u00a0]"
_WORD_RE = re.compile(r"[^\W\d_]+")
_LINE_ENDS_RE = re.compile(rf"{_SP}*[.,!]?{_SP}*(?:\n|\Z)")
_TITLE_WORD_RE = re.compile(rf"(?<![\w-]){TITLE}{TITLE_END}")


def unlisted_spouse(text: str, pos: int, known: frozenset[str]) -> Candidate | None:
    """ "Meine Frau Ngozi und ich": a first name the list lacks after "meine Frau"/"mein Mann",
    when no dictionary knows it ("meine Frau Doktor", "meine Frau Mama" stay)."""
    named = name_after(text, pos, known, after_title=False)
    if named is None:
        return None
    first = _WORD_RE.match(text, named.start)
    if first is None or in_dictionary(first.group(), "de") or in_dictionary(first.group(), "en"):
        return None
    return named


def initialled_line_end(
    text: str, pos: int, known: frozenset[str], *, closing: bool = False
) -> Candidate | None:
    """A name that starts with initials and ends its line, after a title or a closing:
    "Mr G. Ellsworth", "MfG R. Hägele", "Best, K. Nakamura". Elsewhere "Herr B. Danach" may be
    a name that ended a sentence, so ``name_after`` reads no leading initials by default.
    After a ``closing``, one initial and a surname the dictionary knows too ("Gruß J. Meyer",
    "Best, J. Baker") is a signature as well."""
    named = name_after(text, pos, known, after_title=False, lead_initials=True)
    if named is None or not _LINE_ENDS_RE.match(text, named.end):
        return None
    if _TITLE_WORD_RE.search(text, named.start, named.end):
        return None  # "Herr T. Dr.": a title is part of no name
    surname = _WORD_RE.findall(text, named.start, named.end)[-1]
    if dotted_abbreviation(surname, text, named.end) or not is_name_word(
        surname, first_after_title=True, allow_caps=True
    ):
        # "Herr T. Kundennr.": our own "Herr Tel." before an abbreviation, read again
        return None
    if closing and _SIGNED_RE.fullmatch(text, named.start, named.end) and not is_org_word(surname):
        return named
    if in_dictionary(surname, "de") or in_dictionary(surname, "en"):
        # "Herr T. Ticket" may be our own "Herr Tel. Ticket" read again: only surnames no
        # dictionary knows, so that redacting twice equals once ("Mr G. Smith" stays)
        return None
    return named


# One initial (or initials written together) and a surname: "J. Meyer", "J.W. Baker".
_SIGNED_RE = re.compile(rf"(?:[^\W\d_]\.)+{_SP}{_NAME_TOKEN}")
_DOTTED_SURNAME_RE = re.compile(rf"\.{_SP}+({_NAME_TOKEN})")


def _one_unknown(text: str, named: Candidate, m: re.Match[str]) -> bool:
    # "Herr Tel. Xyzzy" ("Herr T. Xyzzy" is "Mr P. Mulcahy"); "Mr Desmond Achterberg. Cust" no
    return " " not in text[named.start : named.end] and unknown_surname(text, *m.span(1))


def with_dotted_surname(
    text: str, named: Candidate, known: frozenset[str], title: bool = False
) -> Candidate:
    """ "Viele Grüße, Tel. Karte", "Herr Müller Tel. O'Neill": a name, a dot and a word that
    ends the line (or after a ``title``, see ``_one_unknown``) are one name. Alone, "Viele
    Grüße, T. Karte" would be read again as a signature ("Gruß J. Meyer")."""
    m = _DOTTED_SURNAME_RE.match(text, named.end)
    if (
        m is None
        or not (_LINE_ENDS_RE.match(text, m.end()) or (title and _one_unknown(text, named, m)))
        or not is_name_word(m.group(1), first_after_title=False, allow_caps=False)
        or is_org_word(m.group(1))
        or is_agent_word(m.group(1), known)
    ):
        return named
    initial = initial_of(m.group(1))
    if text.startswith(".", m.end()):
        initial = initial[:-1]
    return Candidate(
        named.start, m.end(), RedactionKind.NAME, f"{named.replacement}. {initial}", Priority.NAME
    )
