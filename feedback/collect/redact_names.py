"""Customers' names → initials, found by context: salutations, greetings and sign-offs.

There is no named-entity model here on purpose (no downloads, sub-millisecond budget): a name is
recognised where people write names, after "Herr"/"Frau"/"Mr."/"Dr." (any position), after a
greeting at the start of a sentence ("Hallo Thomas Becker,", "Dear John") and after a closing
("Viele Grüße, Hans-Peter Schmidt-Weber", "LG Anna", "Kind regards\\nMary-Jane Watson"). A bare
first name in running prose ("Thomas hat mir geholfen") is not detected.

Name words are capitalised; ALL-CAPS words count only after a title ("Herr MÜLLER"), because in
greetings and sign-offs they are mostly brands or acronyms ("LG OLED"). A stop list keeps
ordinary capitalised words ("Team", "Danke", "Sie", "Kollegin", weekdays, months) from being
taken for names. Agents' names (``known_names``) are kept (:mod:`feedback.collect.
redact_agent_names`): a customer "Anna Schmidt" is redacted even when an agent is "Anna".

How a name is read at a position is in ``redact_name_after`` (``name_after``, importable from
here too); initialled and dotted names after titles and closings in ``redact_initialled_names``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from feedback.collect.redact_agent_names import known_name_keys
from feedback.collect.redact_initialled_names import (
    initialled_line_end,
    unlisted_spouse,
    with_dotted_surname,
)
from feedback.collect.redact_name_after import name_after
from feedback.collect.redact_name_words import ACADEMIC, TITLE, TITLE_END
from feedback.collect.redact_patterns import Candidate
from feedback.first_names import is_first_name

__all__ = ["ANCHOR_WORDS", "find_names", "name_after", "names_at"]

_SP = "[ \t\u00a0]"

_TITLE_AT_RE = re.compile(rf"{TITLE}{TITLE_END}")
_ANCHOR_RE = re.compile(
    # closings first, so that "Liebe Grüße" is a closing and not the greeting "Liebe"
    r"(?P<sign>(?i:(?:viele|liebe|beste|herzliche|freundliche|schöne|sonnige|mit\s(?:freundlichen"
    r"|besten|herzlichen|lieben|vielen))\s(?:grüße|grüsse|gruesse|grüßen|grüssen)"
    r"|grüße|grüsse|gruß|gruss|grüßle|gr(?:ü|ue)ess(?:li|le)?"  # Swiss: "Gruess", "Grüessli"
    r"|(?:best|kind|warm|warmest|kindest)\sregards|regards"
    r"|(?:best|warm|warmest|kind|kindest)\swishes|many\sthanks|thanks\sagain|cheers|sincerely"
    r"|yours\s(?:sincerely|truly|faithfully)|all\sthe\sbest|take\scare|hochachtungsvoll"
    r"|gezeichnet"
    # thanks sent by someone: "Dankeschön von Efua Mensah", "Thanks from Kwame Asante"
    r"|(?:vielen\s|herzlichen\s)?dank(?:e|eschön|eschoen)?(?=[ \t\u00a0]+von\b)"
    r"|(?:many\s)?thanks(?=[ \t\u00a0]+from\b)|thank\syou(?=[ \t\u00a0]+from\b))\b"
    r"|Best(?=,)|(?i:gez\.))"
    r"|(?P<abbr>\b(?:MfG|mfg|Mfg|MFG|LG|lg|Lg|VG|vg|Vg|BG|GLG|glg|Glg)\b)"
    r"|(?P<greet>\b(?i:hallo|hi|hey|hej|moin|servus|grüß\sgott|grüezi|guten\s(?:tag|morgen"
    r"|abend)|liebe[rs]?|sehr\sgeehrte[rs]?|hello|hiya|dear|good\s(?:morning|afternoon"
    r"|evening))\b)"
    rf"|(?P<title>\b{TITLE}{TITLE_END}(?:{_SP}+{ACADEMIC})*)"
)
_WORD_RE = re.compile(r"[^\W\d_]+")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# First words of every anchor above, casefolded: a cheap filter before the anchor regex.
ANCHOR_WORDS = _word_set(
    """
    viele liebe beste herzliche freundliche schöne sonnige mit grüße grüsse gruesse gruß gruss
    grüßle grüess gruess grüessli gruessli grüessle
    best kind warm warmest kindest regards many thanks cheers sincerely yours all take
    vielen herzlichen dank danke dankeschön dankeschoen thank
    hochachtungsvoll gez gezeichnet
    mfg lg vg bg glg hallo hi hey hej moin servus grüß grüezi guten lieber liebes sehr hello hiya
    dear good herr herrn frau hr fr familie fam ehepaar eheleute mrs mr ms miss mx dr prof sir
    """
)
_AFTER_SIGN_RE = re.compile(
    rf"(?:{_SP}*[,!.:–—-])?\s*(?:(?i:ihr|ihre|dein|deine|euer|eure|your|yours|von|from){_SP}+)?"
)
_ARTICLE_RE = re.compile(rf"(?i:die|der|de|vo{_SP}+de[rm]?|von{_SP}+de[rm]){_SP}+")
_FROM_PLACE_RE = re.compile(r"(?i)\b(?:from|von)\b")
_THANKS_FROM_RE = re.compile(r"(?i)(?:vielen\s|herzlichen\s|many\s)?(?:dank|thank)")
_COMMA_NAME_RE = re.compile(rf"{_SP}*,{_SP}*[A-ZÄÖÜ]")
_POSSESSIVE_BEFORE_RE = re.compile(rf"\b(?i:mein|meine|meiner|meinem|unsere|unserer|my){_SP}+\Z")
_AND_RE = re.compile(rf"{_SP}+(?:und|and|&){_SP}+")
_AFTER_GREET_RE = re.compile(rf"{_SP}*,?{_SP}*")
_AFTER_TITLE_RE = re.compile(rf"{_SP}*")
_SENTENCE_START_CHARS = frozenset("\n.!?;:…\"'„“”»«()–—-*#")


def _at_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0:
        return True
    ch = text[i]
    if ch == "." and i and text[i - 1].isalpha() and (i == 1 or not text[i - 2].isalpha()):
        return False  # "Herr M. Hallo": the dot of an initial (maybe ours) ends no sentence
    return ch in _SENTENCE_START_CHARS or unicodedata.category(ch)[0] == "S"


def _ends_clause(text: str, end: int) -> bool:
    """True when nothing word-like follows ``end`` on its line: "LG Anna!", not "LG Fernseher"."""
    rest = text[end : end + 3].lstrip(" \t\u00a0")
    return not rest or not (rest[0].isalnum() or rest[0] == "_")


def _names_after_anchor(text: str, m: re.Match[str], known: frozenset[str]) -> list[Candidate]:
    group = m.lastgroup
    if group == "title":
        pos = _AFTER_TITLE_RE.match(text, m.end())
        # "meine Frau Petra", "my Mrs": a wife, not a title; her first name must be listed
        wife = _POSSESSIVE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is not None
        start = pos.end() if pos else m.end()
        if _closing_at(text, start):
            return []  # "Herr Viele Grüße,Tel.": a closing is no surname ("Herr V." read on)
        named = name_after(text, start, known, after_title=not wife, first_name=wife)
        if named is None and wife:
            named = unlisted_spouse(text, start, known)
        elif named is None:
            named = initialled_line_end(text, start, known)
        elif named is not None and not wife:
            # "Herr Tel. O'Neill" in one piece, or redacting again reads "Herr T. O'Neill"
            named = with_dotted_surname(text, named, known, title=True)
        return [named] if named else []
    if group in ("abbr", "greet") and not _at_sentence_start(text, m.start()):
        return []  # "mein LG Fernseher", "die liebe Frau": not a closing or greeting
    pos = (_AFTER_GREET_RE if group == "greet" else _AFTER_SIGN_RE).match(text, m.end())
    if pos is None or _TITLE_AT_RE.match(text, pos.end()):
        return []  # "Liebe Frau Yilmaz": the title match that follows handles it
    found: list[Candidate] = []
    # "Moin, Kurzes Feedback:": after a greeting and a comma a sentence may start; only a
    # listed first name is taken there ("Hallo, Jens Meier hier").
    listed = group == "greet" and "," in pos.group()
    candidate = name_after(text, pos.end(), known, after_title=False, first_name=listed)
    article = _ARTICLE_RE.match(text, pos.end()) if group == "sign" else None
    if candidate is None and article is not None:
        # "Liebe Grüße, die Resi", "es Grüessli vo de Vreni": a listed first name, clause end
        candidate = name_after(text, article.end(), known, after_title=False, first_name=True)
        if candidate is not None and not _ends_clause(text, candidate.end):
            candidate = None
    if candidate is not None and _closing_at(text, candidate.start):
        candidate = None  # "Thanks again.\n\nSincerely,": a second closing, no name
    if candidate is None and group in ("sign", "abbr"):
        candidate = initialled_line_end(text, pos.end(), known, closing=True)
    elif candidate is not None and group in ("sign", "abbr"):
        candidate = with_dotted_surname(text, candidate, known)
    if candidate is not None and _FROM_PLACE_RE.search(pos.group()):
        word = text[candidate.start : candidate.end]
        # "Regards from Munich, Anastasia Petrova": a town ("… Simran Suresh, Indien": a name);
        # "Thank you from Lisbon!", "Best wishes from Leeds": one English word, no first name,
        # is a place ("Grüße von Meier" signs: German sends greetings "aus" a place)
        place = _COMMA_NAME_RE.match(text, candidate.end) or _THANKS_FROM_RE.match(m.group())
        if (
            " " not in word
            and not is_first_name(word)
            and (place or "from" in pos.group().casefold())
        ):
            candidate = None
    while candidate is not None:
        found.append(candidate)
        # "Hallo Anna und Tom", "Viele Grüße, Lisa & Jan Schulz": a second name group
        more = _AND_RE.match(text, candidate.end)
        candidate = name_after(text, more.end(), known, after_title=False) if more else None
    # An abbreviated closing needs the name to end its clause: "LG Anna", not "LG Fernseher".
    if group == "abbr" and found and not _ends_clause(text, found[-1].end):
        return []
    return found


def _closing_at(text: str, pos: int) -> bool:
    """True when a closing ("Sincerely", "Kind regards") starts at ``pos``."""
    m = _ANCHOR_RE.match(text, pos)
    return m is not None and m.lastgroup in ("sign", "abbr")


def names_at(text: str, start: int, known: frozenset[str]) -> tuple[list[Candidate], int]:
    """Names after the title, greeting or closing that may start at ``start`` (a word whose
    casefolded form is in ``ANCHOR_WORDS``), and where that anchor ends (``start`` if none)."""
    m = _ANCHOR_RE.match(text, start)
    if m is None:
        return [], start
    return _names_after_anchor(text, m, known), m.end()


def find_names(text: str, known_names: Iterable[str] = ()) -> list[Candidate]:
    """Customers' names after titles, greetings and closings, as initials ("H. S.")."""
    known = known_name_keys(tuple(known_names))
    found: list[Candidate] = []
    skip_to = 0
    # Scanning words and looking them up is several times faster than letting one big
    # alternation regex try every position of the text.
    for word in _WORD_RE.finditer(text):
        if word.start() < skip_to or word.group().casefold() not in ANCHOR_WORDS:
            continue
        names, skip_to = names_at(text, word.start(), known)
        found += names
    return found
