"""Customers' names in the places where people name themselves and their families.

``redact_names`` finds names after titles, greetings and closings. This module adds:

* self-introductions: "Mein Name ist Klaus Schneider", "Ich heiße Ayşe", "My name is Sarah
  Johnson", and the weaker "Ich bin Klaus", "Hier ist Sabine Roth", "I'm Rose", "This is Peter"
  where the first word must be a listed first name ("Ich bin Kunde", "I'm German" stay);
* family members: "mein Sohn Lukas", "meine Tochter, Emma,", "my wife Anna", "my kids Ella and
  Noah", "Tante Erna", "Aunt Lily";
* signatures after a comma or a line break: "…, Ihre Gisela Hoffmann", "\\nDein Tobi",
  "Love, Jenny", "Danke, Tom Schulz" (the name ends its line or sentence), and a line that is
  only a name: "\\nSebastian Krause", "\\nM. Schneider", "- Chris P.".

German capitalises nouns, so a capitalised word is never a name by itself: each rule asks for a
listed first name ("Mein Sohn Lukas", not "Mein Sohn Abitur") or a context that only names fit.
Agents' names (``known_names``) are kept, as everywhere in redaction.
"""

from __future__ import annotations

import re

from feedback.collect.redact_firstnames import is_first_name
from feedback.collect.redact_names import name_after
from feedback.collect.redact_patterns import Candidate

__all__ = ["find_context_names"]

_SP = r"[ \t\u00a0]"
# (regex, first word must be a listed first name, English)
_STRONG_INTRO = (
    r"(?:mein|my)\s+name(?:\s+(?:ist|is|lautet)|'s|’s|\s*:)|ich\s+hei(?:ß|ss)e|name\s*:"
    r"|(?:ich|i)\s+(?:unterschreibe|sign)\s+(?:als|as)"
)
_WEAK_INTRO = (
    r"ich\s+bin(?:\s+(?:die|der))?|hier\s+(?:ist|spricht|schreibt)|i['’]m|i\s+am"
    r"|this\s+is|it['’]s|heißt|heisst|is\s+called|named|namens"
)
_KIN_DE = (
    r"sohn|sohnemann|tochter|mann|ehemann|ehefrau|frau|gatte|gattin|vater|mutter|papa|mama"
    r"|bruder|schwester|enkel|enkelin|enkelsohn|enkeltochter|opa|oma|großvater|großmutter"
    r"|onkel|tante|neffe|nichte|cousin|cousine|schwager|schwägerin|schwiegermutter"
    r"|schwiegervater|schwiegersohn|schwiegertochter|partner|partnerin|lebensgefährte"
    r"|lebensgefährtin|freund|freundin|verlobter|verlobte|kinder|kleine|kleiner|nachbar|nachbarin"
)
_KIN_EN = (
    r"son|daughter|wife|husband|mum|mom|mother|dad|father|brother|sister|partner|grandson"
    r"|granddaughter|grandma|grandpa|grandmother|grandfather|nan|gran|boyfriend|girlfriend"
    r"|fianc[ée]e?|niece|nephew|aunt|uncle|cousin|kids|children|friend|neighbou?r"
    r"|(?:mother|father|son|daughter|sister|brother)-in-law|stepson|stepdaughter|twins?"
)
_ANCHOR_RE = re.compile(
    rf"(?P<strong>\b(?i:{_STRONG_INTRO}){_SP}*)"
    rf"|(?P<weak>\b(?i:{_WEAK_INTRO}){_SP}+)"
    rf"|(?P<kin>\b(?i:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren|unserer)"
    rf"{_SP}+(?i:{_KIN_DE})(?:{_SP}*,)?{_SP}+)"
    rf"|(?P<kinen>\b(?i:my|our){_SP}+(?i:(?:little|older|younger|elder|big|baby|late|dear)"
    rf"{_SP}+)?(?i:{_KIN_EN})(?:{_SP}*,)?{_SP}+)"
    rf"|(?P<kintitle>\b(?:Tante|Onkel|Oma|Opa|Aunt|Auntie|Uncle|Grandma|Grandpa|Nan|Gran|Cousin)"
    rf"{_SP}+)"
)
# Closings after a comma, a line break or the start of the text; the name must end its clause.
_SIGN_RE = re.compile(
    rf"(?:^|\n|,|[.!?]{_SP})[ \t\u00a0\-–—]*(?:"
    # "Ihre treue Kundin Elfriede Schwarz": up to two lowercase words and a role noun first
    rf"(?i:ihre|ihr|deine|dein|eure|euer|yours|your){_SP}+(?:[a-zäöüß]+{_SP}+){{0,2}}"
    rf"(?:(?:Stamm)?[Kk]und(?:e|in){_SP}+|customer{_SP}+)?"
    rf"|(?i:love|lots\s+of\s+love|xx+|xoxo|tschüss|ciao|bye|herzlichst|alles\s+gute|gruß|grüße"
    rf"|grüsse)(?:{_SP}*[,!]?)\s*(?:(?i:von|from){_SP}+)?"
    # thanks with a name is mostly thanks to the agent: a signature only at the end of a line
    rf"|(?P<thanks>(?i:danke(?:schön)?|vielen\s+dank|thanks|thank\s+you|many\s+thanks))"
    rf"{_SP}*,\s*)"
)
# A line that is only a name: "\nSebastian Krause", "\nM. Schneider", "— Emily R."
_LINE_RE = re.compile(
    rf"(?:(?:^|\n)[ \t\u00a0]*(?:[-–—~]{_SP}*)?|[.!?]{_SP}+[-–—~]{_SP}*)(?=[^\W\d_])"
)
_LINE_END_RE = re.compile(rf"{_SP}*[.!]?{_SP}*(?:\n|\Z)")
_CLAUSE_END_RE = re.compile(rf"{_SP}*(?:[.!,;:)]|\n|\Z)")
_AND_RE = re.compile(rf"{_SP}+(?:und|and|&){_SP}+")
# Nouns that follow "Mein Name ist" in sayings, not names.
_IDIOMS = frozenset({"hase", "programm", "legion", "nobody", "niemand"})
_INITIAL_START_RE = re.compile(r"[^\W\d_]\.")


def _cheap_skip(text: str) -> bool:
    """True when no rule can apply: no capital letter after the first character."""
    return not any(ch.isupper() for ch in text[1:]) and not text[:1].isupper()


def _named(
    text: str, pos: int, known: frozenset[str], *, listed: bool, lead_initials: bool = False
) -> Candidate | None:
    return name_after(
        text, pos, known, after_title=False, first_name=listed, lead_initials=lead_initials
    )


def _strong(text: str, pos: int, known: frozenset[str], *, intro: bool) -> Candidate | None:
    """A listed first name, or two name words ("Klaus Schneider"); after "Mein Name ist"
    (``intro``) also one other name word ("Mein Name ist Petersen"), but no saying."""
    found = _named(text, pos, known, listed=True)
    if found is not None:
        return found
    found = _named(text, pos, known, listed=False)
    if found is None or " " in found.replacement:
        return found
    return found if intro and text[found.start : found.end].casefold() not in _IDIOMS else None


def _with_more(text: str, first: Candidate | None, known: frozenset[str]) -> list[Candidate]:
    """``first`` and the names joined to it: "Ella and Noah", "Ingrid und Walter Fuchs"."""
    found: list[Candidate] = []
    while first is not None:
        found.append(first)
        more = _AND_RE.match(text, first.end)
        first = _named(text, more.end(), known, listed=True) if more else None
    return found


def _anchored(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _ANCHOR_RE.finditer(text):
        group, pos = m.lastgroup, m.end()
        if group == "strong":
            found += _with_more(text, _strong(text, pos, known, intro=True), known)
        elif group in ("weak", "kin", "kintitle"):
            found += _with_more(text, _named(text, pos, known, listed=True), known)
        elif group == "kinen":
            # English capitalises no nouns: after "my son" any name word is a name.
            found += _with_more(text, _named(text, pos, known, listed=False), known)
    return found


def _signatures(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _SIGN_RE.finditer(text):
        candidate = _strong(text, m.end(), known, intro=False)
        end_re = _LINE_END_RE if m.group("thanks") else _CLAUSE_END_RE
        if candidate is not None and end_re.match(text, candidate.end):
            found += _with_more(text, candidate, known)
    for m in _LINE_RE.finditer(text):
        pos = m.end()
        first = _named(text, pos, known, listed=False, lead_initials=True)
        names = _with_more(text, first, known)
        if not names or not _LINE_END_RE.match(text, names[-1].end):
            continue
        word = text[pos : names[0].end].split()[0]
        if is_first_name(word.rstrip(".,")) or _INITIAL_START_RE.match(word):
            found += names
    return found


def find_context_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names of customers and their families in introductions, family words and signatures."""
    if _cheap_skip(text):
        return []
    return _anchored(text, known) + _signatures(text, known)
