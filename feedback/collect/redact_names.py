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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from feedback.analyze.lemmas import known as in_dictionary
from feedback.collect.redact_agent_names import FIRST_TOKEN_RE as _FIRST_TOKEN_RE
from feedback.collect.redact_agent_names import NAME_TOKEN as _NAME_TOKEN
from feedback.collect.redact_agent_names import is_agent_name, is_agent_word, known_name_keys
from feedback.collect.redact_initials import (
    PREFIXED_SURNAME_RE,
    compact,
    initial_of,
    is_initial,
    place_initials,
)
from feedback.collect.redact_name_particles import inner_particle, nickname
from feedback.collect.redact_name_words import (
    ABBREVIATED,
    ACADEMIC,
    KIN_NOUNS,
    TITLE,
    is_name_word,
    unknown_surname,
)
from feedback.collect.redact_orgs import is_org_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.first_names import is_first_name

__all__ = ["ANCHOR_WORDS", "find_names", "name_after", "names_at"]

_SP = "[ \t\u00a0]"
# The next word, or, right after an initial's dot, the next initial: "J.W. Bakker", "H.-D."
_NEXT_TOKEN_RE = re.compile(rf"(?:{_SP}+|(?<=\.)-?)({_NAME_TOKEN})")

# A title's end: no letter follows, or its dot is glued to the name ("Mr.Smith", "Fr.Schmidt")
_TITLE_END = r"(?:(?![\w-])|(?<=\.)(?=[A-ZÄÖÜ]))"
_TITLE_AT_RE = re.compile(rf"{TITLE}{_TITLE_END}")
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
    rf"|(?P<title>\b{TITLE}{_TITLE_END}(?:{_SP}+{ACADEMIC})*)"
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
# Name particles directly after a title ("Frau van der Meer", "Herr von Arnim"). "von der",
# "vom", "zu" are left out on purpose: after "Herr"/"Frau" they are prepositions far more often
# ("der Herr von der Telekom", "meine Frau zu Hause").
_PARTICLE_RE = re.compile(
    rf"(?:von(?!{_SP}+(?:der|dem|den){_SP})|van|de|del|della|di|da|dos|du|ten|ter|af|bin|ibn"
    rf"|le|la)(?:{_SP}+(?:der|den|de|la))?{_SP}+(?=\w)"
)
_SENTENCE_START_CHARS = frozenset("\n.!?;:…\"'„“”»«()–—-*#")

# Name words and initials together ("Hans Peter O. Schmidt"); one limit for both keeps redaction
# idempotent: a group re-read as initials stops where the first reading stopped.
_MAX_NAME_WORDS = 4


# After a title, a capital letter alone before a capitalised word is an initial without its dot.
_BARE_INITIAL_RE = re.compile(r"[ \t\u00a0]+(?=[A-ZÄÖÜ])")


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


def name_after(
    text: str,
    pos: int,
    known: frozenset[str],
    *,
    after_title: bool,
    first_name: bool = False,
    lead_initials: bool = False,
) -> Candidate | None:
    """The name starting at ``pos`` (after a title, greeting or closing) as a candidate.

    Initials between the words ("Michael O. Brown") become part of the name, so no surname is
    left behind. Initials before the first word ("M. Schneider") only with ``lead_initials``,
    for a line that is only a name: elsewhere "Herr B. Danach" may be a name that ended a
    sentence ("Herr Braun. Danach"), and reading on would make redaction not idempotent. With
    ``first_name`` the first word must be a listed first name ("Ich bin Klaus", not "Kunde").
    """
    particle = _PARTICLE_RE.match(text, pos) if after_title else None
    word = _FIRST_TOKEN_RE.match(text, particle.end() if particle else pos)
    if word is None:
        return None
    spans: list[tuple[int, int]] = []  # (start, end) of each word or initial, initials with "."
    verbatim: set[int] = set()  # particles inside a name ("de", "van"): part of it, no initial
    nicknames: set[int] = set()  # "Robert (Bob) Delaney": the "Bob", initialled in brackets
    tokens: list[str] = []  # the name words, without initials
    while word is not None and len(spans) - len(verbatim) < _MAX_NAME_WORDS:
        token = word.group(word.lastindex or 0)
        start, end = word.span(word.lastindex or 0)
        if is_initial(token) and text.startswith(".", end):
            spans.append((start, end + 1))  # an initial
        elif (
            after_title
            and not tokens
            and token.isascii()
            and is_initial(token)
            and _BARE_INITIAL_RE.match(text, end)
        ):
            spans.append((start, end))  # "Mrs P Oyelaran", "Dr A B Khan": initials without dots
        elif (
            spans
            and not tokens
            and not lead_initials
            and not compact(text, spans)
            and not all(text[e - 1] != "." for _, e in spans)  # bare "P": never a replacement
            # after a title, one initial and a surname no dictionary knows: "Mr P. Mulcahy"
            and not (after_title and len(spans) == 1 and unknown_surname(text, start, end))
        ):
            break
        elif tokens and is_org_word(token):
            break  # "Julian Stratenschulte Deutschland": the company's word ends the name
        elif tokens and token.casefold() in KIN_NOUNS and text[start - 2 : start - 1] == "s":
            break  # "Frau Okafor-Meyers Sohn, Chidi": a family word after a genitive
        elif (
            text.startswith(".", end)
            and text[end + 1 : end + 2].isalpha()
            and (tokens or token.casefold().endswith(ABBREVIATED))
        ):
            break  # "Müller Dr.Müller", "Kundennr.Müller": an abbreviation glued to a word
        elif (
            is_name_word(
                token, first_after_title=after_title and not tokens, allow_caps=after_title
            )
            or (spans and PREFIXED_SURNAME_RE.fullmatch(token))
        ) and (not first_name or tokens or is_first_name(token)):
            spans.append((start, end))
            tokens.append(token)
        elif spans and (inner := inner_particle(text, spans[-1][1], spans[0][0])) is not None:
            # "Ilse de Vries", "G. van der Berg": the particle is part of the name
            spans.append((inner.start(1), inner.end(1)))
            verbatim.add(len(spans) - 1)
            word = _FIRST_TOKEN_RE.match(text, inner.end())
            continue
        else:
            break
        word = _NEXT_TOKEN_RE.match(text, spans[-1][1])
        if word is None and tokens and (nick := nickname(text, spans[-1][1])) is not None:
            spans.append(nick.span(1))
            nicknames.add(len(spans) - 1)
            word = _FIRST_TOKEN_RE.match(text, nick.end())
    while spans and (len(spans) - 1 in verbatim or len(spans) - 1 in nicknames):
        spans.pop()  # a particle or nickname with no surname after it is no part of the name
    if not tokens:
        return None  # nothing but initials: "Herr M." is already redacted
    lead = text[spans[0][0] : spans[0][1]] if len(spans) > 1 else ""
    if lead.endswith(".") and place_initials(text, spans):
        return None  # "Washington, D.C. Area"
    if is_agent_name(tokens, known):
        return None  # our agent, praised by name: keep
    start = particle.start() if particle else spans[0][0]
    # Particles go with the name ("Gertrud van der Berg" -> "G. B."): they say much of a family
    replacement = " ".join(
        f"({initial_of(text[s:e])})" if i in nicknames else initial_of(text[s:e])
        for i, (s, e) in enumerate(spans)
        if i not in verbatim
    )
    end = spans[-1][1]
    if text.startswith(".", end):
        replacement = replacement[:-1]  # "Herr M." + "." would read "Herr M.."
    return Candidate(start, end, RedactionKind.NAME, replacement, Priority.NAME)


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
        named = name_after(text, start, known, after_title=not wife, first_name=wife)
        if named is None and wife:
            named = _unlisted_spouse(text, start, known)
        elif named is None:
            named = _initialled_line_end(text, start, known)
        elif named is not None and not wife:
            # "Herr Tel. O'Neill" in one piece, or redacting again reads "Herr T. O'Neill"
            named = _with_dotted_surname(text, named, known, title=True)
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
        candidate = _initialled_line_end(text, pos.end(), known, closing=True)
    elif candidate is not None and group in ("sign", "abbr"):
        candidate = _with_dotted_surname(text, candidate, known)
    if candidate is not None and _FROM_PLACE_RE.search(pos.group()):
        # "Regards from Munich, Anastasia Petrova": a town ("… Simran Suresh, Indien": a name)
        word = text[candidate.start : candidate.end]
        if _COMMA_NAME_RE.match(text, candidate.end) and " " not in word:
            candidate = None if not is_first_name(word) else candidate
        elif _THANKS_FROM_RE.match(m.group()) and " " not in word and not is_first_name(word):
            candidate = None  # "Thank you from Lisbon!": one word, no first name: a place
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


_LINE_ENDS_RE = re.compile(rf"{_SP}*[.,!]?{_SP}*(?:\n|\Z)")
_TITLE_WORD_RE = re.compile(rf"(?<![\w-]){TITLE}{_TITLE_END}")


def _unlisted_spouse(text: str, pos: int, known: frozenset[str]) -> Candidate | None:
    """ "Meine Frau Ngozi und ich": a first name the list lacks after "meine Frau"/"mein Mann",
    when no dictionary knows it ("meine Frau Doktor", "meine Frau Mama" stay)."""
    named = name_after(text, pos, known, after_title=False)
    if named is None:
        return None
    first = _WORD_RE.match(text, named.start)
    if first is None or in_dictionary(first.group(), "de") or in_dictionary(first.group(), "en"):
        return None
    return named


def _initialled_line_end(
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
    if text.startswith(".", named.end) and surname.casefold().endswith(ABBREVIATED):
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


def _with_dotted_surname(
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
