"""Names people give themselves in chat style, without "Ich bin" or "Mein Name ist".

* at the start of a message or sentence, a name and "here": "Jo Smith-Wellington here, …",
  "sandra k here", "schmidt hier, wollt nur danke sagen", "Bec here from Brisbane";
* a sign-off after a dash at the very end: "… luv u guys - jess", "… btw lol. -Brittany";
* an introduction with the age: "Bin Marlene, 34, aus Wels", "Hi, bin Leonie, 22, …", "I'm
  Tayo, 19, from Leeds";
* a family signing together: "The Robinsons", "the Patel sisters", "die Familie" is a title
  and handled in ``redact_names``;
* for ``redact_context``: a name in brackets after "Ich"/"I" ("Ich (Babajide Ogunleye) bin")
  and a neighbour's surname that no dictionary knows ("bei Nachbarin Demirci").

The first two rules need a listed first name first ("Hühchen hier, Pommes da" stays; before
"here" also two or three title-case words whose first no dictionary knows), the
family rules a capitalised name ("in the hilton family" stays). Agents' names (``known``) are
kept.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_name_readers import named
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import function_words, known_word
from feedback.first_names import is_first_name, is_unaccented_first_name

__all__ = ["bracketed_self", "self_named", "unknown_surname"]

_SP = r"[ \t\u00a0]"
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
# A name of one to three words (or initials) and "here"/"hier", then a clause end or "from".
_HERE_RE = re.compile(
    rf"(?:^|(?<=[\n.!?])){_SP}*(?:(?i:hi|hey|hallo|hello|moin|servus)[,!]?{_SP}+)?"
    rf"(?P<name>{_WORD}\.?(?:{_SP}+{_WORD}\.?){{0,2}}){_SP}+(?i:here|hier)"
    rf"(?={_SP}*(?:[,.!:;)\n]|\Z|-)|{_SP}+(?i:from|aus|again|wieder)\b)"
)
# A dash and one or two words that end the text: "- tash", "-Brittany", "— Chris P.", or two
# people: "- Rajinder & Simran Gill"
_DASH_END_RE = re.compile(
    rf"(?:^|(?<=[\s.!?]))[-–—~]{_SP}*(?P<name>{_WORD}(?:{_SP}+(?:&|and|und){_SP}+{_WORD})?"
    rf"(?:{_SP}+{_WORD}\.?)?)[ \t\u00a0.!]*\Z"
)
# "Bin Marlene, 34, aus Wels": a name and an age after "(ich) bin" / "I'm" opening a sentence
_AGE_RE = re.compile(
    rf"(?:^|(?<=[\n.!?,])){_SP}*(?:(?i:hi|hey|hallo|hello|moin|servus)[,!]?{_SP}+)?"
    rf"(?i:(?:ich{_SP}+)?bin|i['’]m|i{_SP}+am){_SP}+(?P<name>{_WORD}),{_SP}*\d{{1,2}}"
    rf"(?={_SP}*(?:[,;)]|(?i:jahre|j\.|years|yrs|y/o|aus|from|und|and)\b))"
)
_JOIN_WORDS = frozenset(["&", "and", "und"])
# "the Patel sisters", "the Nguyen family"
_FAMILY_RE = re.compile(
    rf"\b(?i:the|die){_SP}+(?P<name>{_WORD}){_SP}+(?i:family|sisters|brothers|twins|clan"
    rf"|household|geschwister|schwestern|brüder)\b"
)
_TAIL = 60  # characters: a sign-off is read at the end of the text only
_FAMILY_WORDS = (
    "famil", "sister", "brother", "twins", "clan", "household", "geschwister", "schwestern",
    "brüder",
)  # fmt: skip
# A last sentence that is only a family's name: "The Robinsons"
_FAMILY_END_RE = re.compile(
    rf"(?:^|(?<=[\n.!?])){_SP}*The{_SP}+(?P<name>[A-Z][^\W\d_]+s){_SP}*[.!]?{_SP}*\Z"
)


def _initials(words: list[str]) -> str:
    return " ".join(w[0].upper() + "." for w in words)


def _is_own_name(words: list[str], known: frozenset[str]) -> bool:
    """Words that can be a person's own name: no function word, not all agents' names, and
    each word a listed first name, an initial, or a word no dictionary knows; a capitalised
    word that a dictionary knows is allowed after a first one ("Jo Smith")."""
    if not words or all(is_agent_word(w, known) for w in words):
        return False
    first = words[0].rstrip(".")
    if first.casefold() in function_words() or len(first) < 2:
        return False
    for i, word in enumerate(words):
        bare = word.rstrip(".")
        if len(bare) == 1:
            continue  # an initial: "sandra k"
        if bare.casefold() in function_words():
            return False
        if is_first_name(bare) or not known_word(bare) or (i and bare[0].isupper()):
            continue
        return False
    return True


def _candidate(m: re.Match[str], words: list[str]) -> Candidate:
    return Candidate(
        m.start("name"), m.end("name"), RedactionKind.NAME, _initials(words), Priority.NAME
    )


def self_named(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names in "X here", in a dash sign-off at the end and in "the X family"."""
    found: list[Candidate] = []
    lowered = text.casefold()
    if "here" in lowered or "hier" in lowered:
        for m in _HERE_RE.finditer(text):
            words = m.group("name").split()
            if _is_own_name(words, known) and (
                _starts_with_first_name(words) or _unknown_full_name(words, known)
            ):
                found.append(_candidate(m, words))
    if "bin" in lowered or "i" in lowered:
        for m in _AGE_RE.finditer(text):
            words = [m.group("name")]
            if _is_own_name(words, known) and (
                _capitalised(words[0]) or _starts_with_first_name(words)
            ):
                found.append(_candidate(m, words))
    tail_at = max(0, len(text) - _TAIL)
    tail = text[tail_at:]
    dash = _DASH_END_RE.search(text, tail_at) if any(ch in tail for ch in "-–—~") else None
    if dash is not None:
        found += _dash_signers(dash, known)
    families = any(word in lowered for word in _FAMILY_WORDS)
    for m in _FAMILY_RE.finditer(text) if families else ():
        name = m.group("name")
        if _capitalised(name) and _is_family_name(name, known):
            found.append(_candidate(m, [name]))
    end = _FAMILY_END_RE.search(text, tail_at) if "The" in tail else None
    if end is not None and _is_family_name(end.group("name")[:-1], known):
        found.append(_candidate(end, [end.group("name")]))
    return found


def _dash_signers(dash: re.Match[str], known: frozenset[str]) -> list[Candidate]:
    """ "- Chris P." → "C. P."; "- Rajinder & Simran Gill" → "R. & S. G." (both must sign
    as names; the first a listed first name, the second one too or a capitalised word)."""
    words = dash.group("name").split()
    joins = [i for i, w in enumerate(words) if w.casefold() in _JOIN_WORDS]
    if not joins:
        ok = _is_own_name(words, known) and _starts_with_first_name(words)
        return [_candidate(dash, words)] if ok else []
    parts = [words[: joins[0]], words[joins[0] + 1 :]]
    if not (
        all(_is_own_name(p, known) for p in parts)
        and _starts_with_first_name(parts[0])
        and (
            _starts_with_first_name(parts[1])
            or (_capitalised(parts[1][0]) and len(parts[1][0]) > 2)
        )
    ):
        return []
    initials = f" {words[joins[0]]} ".join(_initials(p) for p in parts)
    start, end = dash.span("name")
    return [Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME)]


def _unknown_full_name(words: list[str], known: frozenset[str]) -> bool:
    """Two or three words in title case, none a function word nor all agents' names, the
    first one no dictionary knows: a name the list lacks ("Chidinma Obi here"; "Customer
    Service here" stays)."""
    if not 2 <= len(words) <= 3 or not all(map(_capitalised, words)):
        return False
    if any(w.casefold() in function_words() for w in words):
        return False
    return not all(is_agent_word(w, known) for w in words) and not known_word(words[0])


def _capitalised(word: str) -> bool:
    """ "Brittany", not "TY", "CaptiveAudience" or "hilton"."""
    return word[:1].isupper() and word[1:].islower()


def _starts_with_first_name(words: list[str]) -> bool:
    """A listed first name first ("- Chris P.", "-brittany", "sandra k here"), in lower case
    only when no dictionary knows it; not "- thx", "- TY!", "no - brainer", "Hühchen hier"."""
    first = words[0]
    if first.isupper() and len(first) > 1:
        return False
    if is_unaccented_first_name(first) and not known_word(first):
        return True  # "- sinead", "Joao here"
    return is_first_name(first) and (first[:1].isupper() or not known_word(first))


def _is_family_name(name: str, known: frozenset[str]) -> bool:
    return name.casefold() not in function_words() and not is_agent_word(name, known)


_WORD_RE = re.compile(r"[^\W\d_]+")


def bracketed_self(text: str, pos: int, known: frozenset[str]) -> list[Candidate]:
    """ "Ich (Babajide Ogunleye) bin …": a listed first name or two name words that fill the
    bracket after "Ich"/"I" ("I (Customer Service) called" stays: a dictionary knows both)."""
    found = named(text, pos, known, listed=True) or named(text, pos, known, listed=False)
    if found is None or not text.startswith(")", found.end):
        return []
    words = _WORD_RE.findall(text, found.start, found.end)
    if not is_first_name(words[0]) and (len(words) < 2 or all(map(known_word, words))):
        return []
    return [found]


def unknown_surname(text: str, pos: int, known: frozenset[str]) -> Candidate | None:
    """A capitalised surname that no dictionary knows after a word for a neighbour: "bei
    Nachbarin Demirci", "meine Nachbarin Kowalczyk" ("beim Nachbarn Bescheid sagen" stays)."""
    found = named(text, pos, known, listed=False)
    if found is None or not text[found.start].isupper():
        return None
    words = _WORD_RE.findall(text, found.start, found.end)
    return None if len(words) > 2 or any(map(known_word, words)) else found
