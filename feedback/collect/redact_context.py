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

from feedback.collect.redact_agent_lines import agent_line_names
from feedback.collect.redact_agent_names import agent_nickname, known_name_keys
from feedback.collect.redact_bare_names import bare_names
from feedback.collect.redact_cased import cased
from feedback.collect.redact_end_names import end_names
from feedback.collect.redact_footers import body_end
from feedback.collect.redact_initial_signoffs import initial_signoffs
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
from feedback.collect.redact_lower_signatures import CHAT_WORDS, lower_signatures
from feedback.collect.redact_name_readers import (
    INITIAL_START_RE,
    LINE_END_RE,
    lower_case_name,
    named,
    with_more,
)
from feedback.collect.redact_name_words import ABBREVIATED
from feedback.collect.redact_names import ANCHOR_WORDS, names_at
from feedback.collect.redact_orgs import is_organisation
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_places import place_qualifier
from feedback.collect.redact_self_named import bracketed_self, self_named, unknown_surname
from feedback.collect.redact_trailing import (
    english_word,
    has_title,
    known_word,
    name_openers,
    trailing_names,
)
from feedback.first_names import is_first_name

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
    # reviews and posts: "Reviewed by Oluwaseun Adeyemi", "Bewertung von Christina W."
    r"|(?:reviewed|posted|written|submitted|gepostet|geschrieben|verfasst|bewertung)\s+(?:by|von)"
    # whose account it is: "in the name of J.W. Bakker", "kontoinhaberin ist meine frau …"
    r"|(?<=in\sthe\s)name\s+of|(?<=auf\sden\s)namen(?:\s+von)?"
    r"|name\s+on\s+the\s+(?:account|card)\s+is|account\s+holder\s+is|(?<=account\s)name(?=\s+[A-Z])"
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
_MIN_UNLISTED_KIN = 3  # letters of a name after a family word that the list lacks
# "und ich", or a word in lower case: "Mein Sohn Jonte kann …" (German capitalises nouns)
_AND_I_RE = re.compile(rf"{_SP}+(?:und{_SP}+ich|and{_SP}+I|[a-zäöüß]{{2,}})\b")
_AGE_RE = re.compile(rf"{_SP}*\({_SP}*\d{{1,2}}{_SP}*\)")
_VERB_ENDINGS = ("ed", "ing", "nt", "ly", "ve", "ll")  # "wouldve", "youll"


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


# "I'm Ngozi, 32, from Abuja", "this is Tunde Bakare from flat 4": after a speaker's own
# introduction, a name the first-name list lacks, when no German or English dictionary knows
# any of its words ("Ich bin Kundin", "I'm German" stay) and the clause ends after it or goes
# on with where the speaker is from ("This is Zalando support" stays).
_PERSONAL_INTRO_RE = re.compile(
    r"(?i:ich\s+bin|hier\s+(?:ist|spricht|schreibt)(?:\s+(?:die|der))?|i['’]m|i\s+am|this\s+is"
    r"|(?:hi|hey|hello|hiya)[,!]?\s+im)"
)
_I_COMMA_RE = re.compile(r"(?i:ich|i)\s*,")
_AFTER_OWN_NAME_RE = re.compile(
    rf"{_SP}*(?:[,.!;:()–—]|\n|\Z|[\u2600-\u27bf\U0001f000-\U0001faff]"
    r"|(?i:from|aus|von|here|hier|speaking|writing|calling|again|wieder|and\s+i|und\s+ich)\b)"
)


# "it's Bex here", "its me dani again": after "it's" only "here" or "again" shows that a name
# the list lacks is the speaker's own ("it's Tuesday here" stays: a dictionary knows it).
_ITS_RE = re.compile(r"(?i:it(?:['’]?s|\s+is)(?:\s+(?:only|just))?(?:\s+me)?)")
_ANYTHING_RE = re.compile("")
_AND_RE = re.compile(rf"{_SP}+(?i:and|und){_SP}+")
_IT_IS_RE = re.compile(r"(?i:it\s+is(?:\s+(?:only|just))?(?:\s+me)?)")
# "it's Bex here", "It is Folasade Adeyemi writing"
_HERE_AGAIN_RE = re.compile(
    rf"{_SP}+(?i:here|again|hier|wieder|writing|calling|speaking|on\s+the\s+line)\b"
)


def _unlisted(
    text: str, pos: int, known: frozenset[str], *, after: re.Pattern[str] = _AFTER_OWN_NAME_RE
) -> Candidate | None:
    """The name at ``pos`` when a dictionary knows none of its words, or all but a surname
    ("I am Chukwuemeka Obi"; "I'm Very Happy" stays). In lower case ("this is zuzanna,"),
    one word that no dictionary knows. ``after`` must follow it."""
    found = named(text, pos, known, listed=False) or lower_case_name(text, pos, known)
    if found is None or not after.match(text, found.end):
        return None
    words = _WORD_RE.findall(text, found.start, found.end)
    return None if known_word(words[0]) or all(map(known_word, words)) else found


_SURNAME_GAP_RE = re.compile(rf"{_SP}+")


def _listed_lower(text: str, pos: int, known: frozenset[str]) -> Candidate | None:
    """A listed first name in lower case that no dictionary knows, where the speaker's own
    name ends: "hi its priya again", "hier ist der timo 🙂" ("it's fine." stays)."""
    found = lower_case_name(text, pos, known)
    if found is None:
        return None
    word = text[found.start : found.end]
    if not is_first_name(word) or known_word(word):
        return None
    if _AFTER_OWN_NAME_RE.match(text, found.end):
        return found
    # "hi its bartosz nowicki, account …": a surname no dictionary knows, then the clause ends
    gap = _SURNAME_GAP_RE.match(text, found.end)
    surname = lower_case_name(text, gap.end(), known) if gap else None
    if surname is None or not _AFTER_OWN_NAME_RE.match(text, surname.end):
        return None
    if known_word(text[surname.start : surname.end]):
        return None
    replacement = f"{found.replacement} {surname.replacement}"
    return Candidate(found.start, surname.end, RedactionKind.NAME, replacement, Priority.NAME)


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
        return with_more(text, _strong(text, pos, known, intro=intro), known)
    if group == "selfparen":
        return bracketed_self(text, pos, known)
    if group == "neighbour":  # the noun capitalised: "Geile nachbarin Porno …" stays
        first = unknown_surname(text, pos, known) if m.group()[0].isupper() else None
        return [first] if first else []
    if group == "weak" and _IT_IS_RE.fullmatch(m.group().strip()):
        # "It is Sarah writing"; formal "It is Grace who …" is about somebody else
        first = named(text, pos, known, listed=True) or _unlisted(
            text, pos, known, after=_HERE_AGAIN_RE
        )
        if first is None or not _HERE_AGAIN_RE.match(text, first.end):
            return []
        return [first]
    if group == "weak":
        first = named(text, pos, known, listed=True) or _listed_lower(text, pos, known)
        if _I_COMMA_RE.fullmatch(m.group().strip()):
            names = with_more(text, first, known)  # "ich, Gertrud, …": a comma after it
            return names if names and text.startswith(",", names[-1].end) else []
        if first is None and _PERSONAL_INTRO_RE.fullmatch(m.group().strip()):
            # "I'm Chidi Okafor and Megan …": a full name may go on with "and"
            full = _unlisted(text, pos, known, after=_AND_RE)
            full = full if full is not None and " " in full.replacement else None
            first = _unlisted(text, pos, known) or full
        if first is None and _ITS_RE.fullmatch(m.group().strip()):
            first = _unlisted(text, pos, known, after=_HERE_AGAIN_RE)
        return with_more(text, first, known)
    # English capitalises no nouns: after "my son" any name word is a name; in lower case
    # ("my son liam") a listed first name that no dictionary knows ("my son will" stays).
    first = named(text, pos, known, listed=group != "kinen")
    if first is None and group != "kinen":
        # "Mein Sohn Yaw (9)": a child's age in brackets after a word the list lacks
        # or "Meine Schwester Fatou und ich" / "Mein Sohn Jonte kann": then no dictionary may
        # know it
        first = named(text, pos, known, listed=False)
        both = first is not None and _AND_I_RE.match(text, first.end) is not None
        first = first if first is not None and (both or _AGE_RE.match(text, first.end)) else None
        if first is not None and _german_noun(text[first.start : first.end]):
            first = None  # "Mein Sohn Abitur (2020)"
        if first is not None and both and known_word(text[first.start : first.end]):
            first = None
    if first is None and group == "kin" and "achbar" in m.group():
        first = unknown_surname(text, pos, known)
    if first is None and group == "kinen":
        first = _kin_lower(text, pos, known)
    if first is None and group == "kintitle" and m.group()[0].isupper():
        first = _unlisted(text, pos, known, after=_ANYTHING_RE)  # "Auntie Funmi"
        first = first if first and text[first.start].isupper() else None
    return with_more(text, first, known)


def _german_noun(words: str) -> bool:
    """True when a dictionary knows one of ``words`` and English does not ("Abitur"; "Yaw",
    an English word, may be a name)."""
    return any(known_word(w) and not english_word(w.casefold()) for w in _WORD_RE.findall(words))


def _kin_lower(text: str, pos: int, known: frozenset[str]) -> Candidate | None:
    """A listed first name that no dictionary knows ("my son liam"), or a word that English
    knows as no common word and the list lacks ("my brother kwame", "my sister ama"), unless
    it reads as a chat word or a misspelt verb, adverb or contraction ("my mum recieved", "my
    dad wouldve", "my son nd")."""
    found = lower_case_name(text, pos, known)
    if found is None:
        return None
    word = text[found.start : found.end]
    if is_first_name(word):
        # in brackets of its own a listed name is one even if it is a word: "my mum (gloria)"
        bracketed = text[pos - 1 : pos] == "(" and text.startswith(")", found.end)
        return None if known_word(word) and not bracketed else found
    if (
        len(word) < _MIN_UNLISTED_KIN
        or word in CHAT_WORDS
        or word.endswith(_VERB_ENDINGS)
        or english_word(word)
        or (word.endswith("s") and known_word(word[:-1]))  # "shes", "hes"
    ):
        return None
    return found


def _after_sign(text: str, m: re.Match[str], known: frozenset[str]) -> list[Candidate]:
    candidate = _strong(text, m.end(), known, intro=False)
    if candidate is None and INITIAL_START_RE.match(text, m.end()):
        # "Thanks, R. Bhattacharya": an agent is thanked by name, not by initial and surname
        candidate = named(text, m.end(), known, listed=False, lead_initials=True)
    end_re = LINE_END_RE if m.group("thanks") else _CLAUSE_END_RE
    if candidate is None or not end_re.match(text, candidate.end):
        return []
    words = _WORD_RE.findall(text, candidate.start, candidate.end)
    if has_title(words) or (
        len(words) > 1
        and text.startswith(".", candidate.end)
        and words[-1].casefold().endswith(ABBREVIATED)
    ):
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
    ]
