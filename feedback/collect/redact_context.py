"""Customers' names in the places where people name themselves and their families.

``redact_names`` finds names after titles, greetings and closings. This module adds:

* self-introductions: "Mein Name ist Klaus Schneider", "Ich heiße Ayşe", "My name is Sarah
  Johnson", and the weaker "Ich bin Klaus", "Hier ist Sabine Roth", "I'm Rose", "This is Peter"
  where the first word must be a listed first name ("Ich bin Kunde", "I'm German" stay);
* family members: "mein Sohn Lukas", "meine Tochter, Emma,", "my wife Anna", "my kids Ella and
  Noah", "Tante Erna", "Aunt Lily";
  (the readers are in ``redact_weak_intros`` and ``redact_kin_names``);
* signatures after a comma or a line break: "…, Ihre Gisela Hoffmann", "\\nDein Tobi",
  "Love, Jenny", "Danke, Tom Schulz" (the name ends its line or sentence), and a line that is
  only a name: "\\nSebastian Krause", "\\nM. Schneider", "- Chris P.".

German capitalises nouns, so a capitalised word is never a name by itself: each rule asks for a
listed first name ("Mein Sohn Lukas", not "Mein Sohn Abitur") or a context that only names fit.
Agents' names (``known_names``) are kept, as everywhere in redaction.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_lines import agent_line_names
from feedback.collect.redact_agent_names import agent_nickname, known_name_keys
from feedback.collect.redact_bare_names import bare_names
from feedback.collect.redact_cased import cased
from feedback.collect.redact_end_names import end_names
from feedback.collect.redact_footers import body_end
from feedback.collect.redact_initial_signoffs import initial_signoffs
from feedback.collect.redact_kin_names import kin_names
from feedback.collect.redact_kin_words import (
    KIN_DE,
    KIN_DE_ARTICLE,
    KIN_DE_FAMILY,
    KIN_DE_START,
    KIN_DE_THIRD_START,
    KIN_EN,
    KIN_OF,
    KIN_OF_WORDS,
    KIN_TITLES,
)
from feedback.collect.redact_line_names import name_lines
from feedback.collect.redact_lower_owner import lower_owner
from feedback.collect.redact_lower_signatures import lower_signatures
from feedback.collect.redact_name_readers import INITIAL_START_RE, LINE_END_RE, named, with_more
from feedback.collect.redact_name_words import dotted_abbreviation
from feedback.collect.redact_names import ANCHOR_WORDS, names_at
from feedback.collect.redact_orgs import is_organisation
from feedback.collect.redact_patterns import Candidate
from feedback.collect.redact_places import place_qualifier, us_town
from feedback.collect.redact_self_named import bracketed_self, self_named, unknown_surname
from feedback.collect.redact_trailing import has_title, name_openers, trailing_names
from feedback.collect.redact_weak_intros import weak_intro_names

__all__ = ["find_all_names"]

_SP = r"[ \t\u00a0]"
# (regex, first word must be a listed first name, English)
_STRONG_INTRO = (
    r"(?:mein|my)\s+(?:vor|nach|first\s+|last\s+|sur|family\s+)?name(?:\s+(?:ist|is|lautet)|'s|’s|\s*:)|ich\s+hei(?:ß|ss)e"
    r"|(?:vor|nach|familien|ruf|sur|fore|first\s*|last\s*|full\s+|family\s+|given\s+)?name\s*:"
    r"|(?:ich|i)\s+(?:unterschreibe|sign)\s+(?:als|as)"
    # form fields and mail headers: "Absender: Brinkmann, Heinrich", "Von: Tanja Roth <…>"
    r"|(?:absender(?:in)?|von|from|sender|kontoinhaber(?:in)?|account\s+holder|kunde|kundin|cust)"
    r"\s*:"
    # call notes: "customer Padraig Ó Súilleabháin (DOB …)", "Kundin Gül Aydın", "caller Yaw
    # Boateng", "Name Li Wei, Geb.-Datum …": two name words
    # ("The customer Sky Glass arrived": after an article the noun)
    r"|(?<!the\s)(?<!our\s)(?<!your\s)(?<!a\s)(?<!der\s)(?<!die\s)(?<!ein\s)(?<!eine\s)(?<!den\s)"
    r"(?:customer|kunde|kundin)(?=[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_]*[ \t]+[A-ZÀ-ÖØ-Þ])"
    # the two words really capitalised here: "Mi Name isch Ursula" is no "Name Li Wei"
    r"|(?<!the\s)(?<!den\s)(?:caller|anrufer|anruferin|name)"
    r"(?=(?-i:[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_]*[ \t]+[A-ZÀ-ÖØ-Þ]))"
    r"|name\s+(?:provided|given|supplied|angegeben)\s*:"
    # reviews and posts: "Reviewed by Oluwaseun Adeyemi", "Bewertung von Christina W."
    r"|(?:reviewed|posted|written|submitted|gepostet|geschrieben|verfasst|bewertung)\s+(?:by|von)"
    # whose account it is: "in the name of J.W. Bakker", "kontoinhaberin ist meine frau …"
    # "under the name of hina malik", "unter dem Namen Ewa Nowak"
    r"|(?<=in\sthe\s)name\s+of|(?<=under\sthe\s)name(?:\s+of)?|(?<=auf\sden\s)namen(?:\s+von)?"
    r"|(?<=unter\sdem\s)namen"
    r"|name\s+on\s+the\s+(?:account|card|order|booking|parcel|package|ticket|reservation|policy"
    r"|bill|delivery)\s+is"
    r"|account\s+holder\s+is|(?<=account\s)name(?=\s+[A-Z])"
    r"|kontoinhaber(?:in)?\s+ist(?:\s+(?:mein|meine)\s+(?:frau|mann))?"
    # "(Inhaber Ernst Radlegger)", "Kontoinhaberin Fabienne Rochat": a name must follow
    r"|(?:konto)?inhaber(?:in)?(?=\s+(?-i:[A-ZÄÖÜ]))"
)
_WEAK_INTRO = (
    r"(?:ich\s+)?bin\s+(?:die|der)|ich\s+bin|hier\s+(?:ist|spricht|schreibt)(?:\s+(?:die|der))?|i['’]m"
    r"|i\s+am|this\s+is|it(?:['’]?s|\s+is)(?:\s+(?:only|just))?(?:\s+me(?:\s+again)?,?)?|heißt|heisst"
    r"|is\s+called|named|namens"
    # "ich bins, Lea-Sophie!", "ich bin's nochmal, …"; "hi im anne-marie" ("im" is German too)
    r"|ich\s+bin['’]?s(?:\s+(?:nochmal|nochmals|wieder))?,?|(?:hi|hey|hello|hiya)[,!]?\s+im"
    # a name set off by commas after "ich" / "I": "ich, Gertrud v. Stetten, bedanke mich"
    r"|(?-i:[Ii]ch|I)\s*,"
    # call notes: "Anruf von Dieter", "call from Maureen"
    r"|(?:anruf|rückruf|nachricht|call|callback|message)\s+(?:von|from)"
)
# Each regex is tried only where a word from its first-word set starts (a dict lookup per word
# is several times faster than letting an alternation try every position of the text).
_ANCHOR_RE = re.compile(
    # a mail header's display name may stand in quotes: 'From: "Priya Raman" <…>'
    rf"(?P<strong>(?i:{_STRONG_INTRO}){_SP}*[\"“„]?)"
    rf"|(?P<weak>(?i:{_WEAK_INTRO}){_SP}+)"
    rf"|(?P<kin>(?i:{'|'.join(KIN_DE_START.split())}){_SP}+(?i:{KIN_DE})(?:{_SP}*,)?"
    rf"(?:{_SP}*\((?=[^\W\d_]+\))|{_SP}+))"
    # "bitte bei Nachbarin Demirci abgeben": a neighbour is called by the surname
    rf"|(?P<neighbour>(?i:nachbar|nachbarin|nachbarn){_SP}+)"
    rf"|(?P<selfparen>(?-i:[Ii]ch|I){_SP}*\((?=[^\W\d_]))"
    rf"|(?P<kinthird>(?i:{'|'.join(KIN_DE_THIRD_START.split())}){_SP}+(?i:{KIN_DE_FAMILY})"
    rf"{_SP}+)"
    rf"|(?P<kinen>(?i:my|our|his|her|their){_SP}+(?i:(?:little|older|younger|elder|big|baby|late|dear)"
    rf"{_SP}+)?(?i:{KIN_EN})(?:{_SP}*,)?(?:{_SP}*\((?=[^\W\d_]+\))|{_SP}+))"
    rf"|(?P<kintitle>(?:{'|'.join(KIN_TITLES.split())}){_SP}+)"
    rf"|(?P<kinarticle>(?i:die|der){_SP}+(?i:{KIN_DE_ARTICLE}){_SP}+)"
    # "die Mutter von Lukas Brenner", "the father of Noah", "die oma von lukas": a listed first
    # name must follow
    rf"|(?P<kinof>(?i:{KIN_OF}){_SP}+(?i:von|of){_SP}+)"
)
_ANCHOR_FIRST = frozenset(
    f"mein my name ich i bin hier this it heißt heisst is named namens our his her their die der "
    f"{KIN_DE_START} {KIN_DE_THIRD_START} "
    "absender absenderin von from sender kontoinhaber kontoinhaberin account kunde kundin cust "
    "customer caller anrufer anruferin "
    "inhaber inhaberin vorname nachname familienname rufname surname forename first last full "
    "firstname lastname family given "
    "reviewed posted written submitted gepostet geschrieben verfasst bewertung its "
    "namen anruf rückruf nachricht call callback message hi hey hello hiya "
    "nachbar nachbarin nachbarn "
    f"{KIN_TITLES} {KIN_OF_WORDS}".casefold().split()
)
# Closings after a comma, a line break or the start of the text; the name must end its clause.
_SIGN_RE = re.compile(
    # "Ihre treue Kundin Elfriede Schwarz": up to two lowercase words and a role noun first
    rf"(?:(?i:ihre|ihr|deine|dein|eure|euer|yours|your){_SP}+(?:[a-zäöüß]+{_SP}+){{0,2}}"
    rf"(?:(?:Stamm)?[Kk]und(?:e|in){_SP}+|customer{_SP}+)?"
    rf"|(?i:love|lots\s+of\s+love|xx+|xoxo|tschüss|ciao|bye|herzlichst|alles\s+gute|gruß|grüße"
    rf"|grüsse)(?:{_SP}*[,!]?)\s*(?:(?i:von|from){_SP}+)?"
    # thanks with a name is mostly thanks to the agent: a signature only at the end of a line
    rf"|(?P<thanks>(?i:danke(?:schön)?|vielen\s+dank|thanks|thank\s+you|many\s+thanks))"
    rf"{_SP}*,\s*)"
)
_SIGN_WORDS = (
    "ihre ihr deine dein eure euer yours your love lots xx xxx xoxo tschüss ciao bye herzlichst"
    " alles gruß grüße grüsse danke dankeschön vielen thanks thank many"
)
_SIGN_FIRST = frozenset(_SIGN_WORDS.split())
_FIRST_WORDS = _ANCHOR_FIRST | _SIGN_FIRST | ANCHOR_WORDS
_WORD_RE = re.compile(r"[^\W\d_]+")
# The end of a clause, or an emoji right after the name ("Eure Kundin Renate😊")
_CLAUSE_END_RE = re.compile(rf"{_SP}*(?:[.!,;:)]|\n|\Z|[\u2600-\u27bf\U0001f000-\U0001faff])")
# Nouns that follow "Mein Name ist" in sayings, not names.
_IDIOMS = frozenset({"hase", "programm", "legion", "nobody", "niemand"})


def _strong(text: str, pos: int, known: frozenset[str], *, intro: bool) -> Candidate | None:
    """A listed first name, or two name words ("Klaus Schneider"); after "Mein Name ist"
    (``intro``) also one other name word ("Mein Name ist Petersen"), but no saying."""
    found = named(text, pos, known, listed=True)
    if found is not None:
        return found
    found = named(text, pos, known, listed=False)
    if found is None or " " in found.replacement:
        return found
    return found if intro and text[found.start : found.end].casefold() not in _IDIOMS else None


def _after_break(text: str, pos: int) -> bool:
    """True at the start, after a line break or comma, or after a sentence and a space."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0-–—":
        i -= 1
    return i < 0 or text[i] in "\n," or (text[i] in ".!?" and i < pos - 1)


def _anchored(text: str, known: frozenset[str]) -> list[Candidate]:
    """One pass over the words for every anchor: titles, greetings and closings (from
    ``redact_names``), introductions and family words, and signatures."""
    found: list[Candidate] = []
    names_to = skip_to = 0
    for word in _WORD_RE.finditer(text):
        folded = word.group().casefold()
        if folded not in _FIRST_WORDS:
            continue
        start = word.start()
        if folded in ANCHOR_WORDS and start >= names_to:
            names, names_to = names_at(text, start, known)
            found += names
        if folded in _ANCHOR_FIRST and start >= skip_to:
            m = _ANCHOR_RE.match(text, start)
            if m is not None:
                skip_to = m.end()
                found += _after_anchor(text, m, known)
        if folded in _SIGN_FIRST and _after_break(text, start):
            m = _SIGN_RE.match(text, start)
            if m is not None:
                found += _after_sign(text, m, known)
    return found


def _after_anchor(text: str, m: re.Match[str], known: frozenset[str]) -> list[Candidate]:
    group, pos = m.lastgroup, m.end()
    if group == "strong":
        # "Kunde: Geburtsdatum …": a chat's speaker label is no introduction of a surname
        intro = not m.group().casefold().startswith(("kund", "cust"))
        found = with_more(text, _strong(text, pos, known, intro=intro), known)
        if not found and "name" in m.group().casefold():
            return lower_owner(text, pos, known)
        return found
    if group == "selfparen":
        return bracketed_self(text, pos, known)
    if group == "neighbour":  # the noun capitalised: "Geile nachbarin Porno …" stays
        first = unknown_surname(text, pos, known) if m.group()[0].isupper() else None
        return [first] if first else []
    if group == "weak":
        return weak_intro_names(text, m, known)
    return kin_names(text, m, known)


def _after_sign(text: str, m: re.Match[str], known: frozenset[str]) -> list[Candidate]:
    candidate = _strong(text, m.end(), known, intro=False)
    if candidate is None and INITIAL_START_RE.match(text, m.end()):
        # "Thanks, R. Bhattacharya": an agent is thanked by name, not by initial and surname
        candidate = named(text, m.end(), known, listed=False, lead_initials=True)
    end_re = LINE_END_RE if m.group("thanks") else _CLAUSE_END_RE
    if candidate is None or not end_re.match(text, candidate.end):
        return []
    words = _WORD_RE.findall(text, candidate.start, candidate.end)
    if has_title(words) or (len(words) > 1 and dotted_abbreviation(words[-1], text, candidate.end)):
        # "Grüße,K. Dr.", "Grüße,K. Kundennr.": a title or an abbreviation is no surname (and
        # "K." may be ours, of "Kundennr.": redacting twice must equal once)
        return []
    return with_more(text, candidate, known)


def find_all_names(text: str, known_names: tuple[str, ...]) -> list[Candidate]:
    """Customers' names: after titles, greetings and closings (``redact_names``), in
    introductions, family words and signatures, and on lines that are only a name; never a
    company's ("Danke, Vodafone Deutschland", ``redact_orgs``)."""
    known = known_name_keys(known_names)
    view = cased(text, known)
    view = view[: body_end(view)]  # "…\nSent from my iPhone": the name ends the body
    openers = name_openers(view)
    found = (
        _anchored(view, known)
        + name_lines(view, known)
        + trailing_names(view, known, openers)
        + lower_signatures(view, known)
        + self_named(view, known)
        + bare_names(view, known, openers)
        + initial_signoffs(view, known)
        + agent_line_names(view, known)
        + end_names(view, known)
    )
    return [
        c
        for c in found
        if not is_organisation(text[c.start : c.end])
        and not agent_nickname(text, c.start, known)
        and not place_qualifier(text, c.start, c.end)  # "Halle (Saale)"
        and not (" " in c.replacement and us_town(text, c.end))  # "San Jose CA."
    ]
