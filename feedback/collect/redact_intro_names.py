"""Speakers' own names after an introduction that ``redact_context`` leaves.

``redact_context`` reads "I'm …", "this is …", "hier ist …" and "it's … here": a listed first
name, or a name no dictionary knows. Three forms of chats and text messages slip through:

* an English introduction of a full name whose first word only the German dictionary knows
  ("I'm Kwame Mensah and I have been with you since 2010": "Kwame" is a German word); the
  surname no dictionary knows, and the clause ends or goes on with "and";
* "it's" after a greeting that opens the message, and one capitalised word no dictionary knows,
  then a comma, a full stop, a dash or the end ("Hi it's Thabo, just wanted …"; "Hi, it's
  Monday, …" stays: the dictionary knows it);
* a listed first name in lower case after "hier ist"/"ich bin"/"it's"/"this is" that follows a
  greeting opening the message, going on with what the message is about ("hi hier ist lukas
  wegen dem termin", "hey its dave about the router"); after an article ("hi ich bin die melli
  wegen …") also a name no list or dictionary knows. No English word ("hey its mark my words")
  and no function word is taken. A listed first name and a surname no dictionary knows, both in
  lower case, then a comma: "hi it's bridget mcnamara, calling back for Sean".
* a capitalised name after "(ich) bin (übrigens) die/der" or between "die/der" opening a
  sentence and "hier": "Bin übrigens die Chiara (…)", "Bin der Yonas.", "Die Meron Haile
  hier, …". The first word a listed first name or no dictionary's word ("bin der Meinung",
  "bin die Neue" stay), a second one only when no dictionary knows it.

Agents' names stay, as everywhere.
"""

from __future__ import annotations

import re

import simplemma

from feedback.analyze.lemmas import LOW_MEMORY
from feedback.analyze.lemmas import known as in_dictionary
from feedback.collect.redact_agent_names import is_agent_name
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import english_word, function_words, known_word
from feedback.first_names import is_first_name

__all__ = ["find_intro_names"]

_SP = r"[ \t\u00a0]"
_CAP = r"[^\W\d_a-zß-ÿ][^\W\d_]+(?:[-'’][^\W\d_]+)*"
_GREETING = r"(?i:hi|hey|hello|hiya|hallo|moin|servus|huhu)"
# a greeting that opens the message or a line, after a label perhaps ("SMS: hi …")
_OPENING_RE = re.compile(rf"[^\S\n]*(?:[\w ]{{0,12}}:{_SP}*)?{_GREETING}[,!]?{_SP}+")
# case spelled out: faster than (?i:…) on every text
_FULL_INTRO_RE = re.compile(
    rf"(?:\b[Ii](?:['’][Mm]|{_SP}+[Aa][Mm])|\b[Tt][Hh][Ii][Ss]{_SP}+[Ii][Ss]){_SP}+"
    rf"(?P<name>{_CAP}(?:{_SP}+{_CAP}){{1,2}})(?={_SP}*(?:[,.!;:()–—]|\n|\Z)|{_SP}+and{_SP})"
)
_ITS_RE = re.compile(
    rf"(?i:it['’]?s|it{_SP}+is){_SP}+(?P<name>{_CAP})(?={_SP}*(?:[,.!]|[-–—]{_SP}|\Z))"
)
_LOWER_RE = re.compile(
    rf"(?i:hier{_SP}+ist|hier{_SP}+spricht|ich{_SP}+bin|it['’]?s|this{_SP}+is){_SP}+"
    # southern German puts an article before a first name: "ich bin die melli wegen …"
    rf"(?P<article>(?:die|der|de){_SP}+)?"
    r"(?P<name>[a-zß-öø-ÿ]{3,})"
    rf"(?={_SP}+(?:wegen|bzgl|about|re|regarding|von{_SP}+gestern|from{_SP}+yesterday)\b)"
)
# a full name in lower case, then a comma: "hi it's bridget mcnamara, calling back for Sean"
_LOWER_FULL_RE = re.compile(
    rf"(?i:hier{_SP}+ist|ich{_SP}+bin|it['’]?s|this{_SP}+is|i['’]?m){_SP}+"
    r"(?P<name>(?P<first>[a-zß-öø-ÿ]{3,})[ \t\u00a0]+(?P<last>[a-zß-öø-ÿ]+(?:['’][a-zß-öø-ÿ]+)?))"
    rf"(?={_SP}*,)"
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ARTICLE_NAME = rf"(?P<name>(?P<first>{_CAP})(?:{_SP}+(?P<last>{_CAP}))?)"
# a cheap test first: "bin" or "hier" at all
_ARTICLE_HINT_RE = re.compile(r"[Bb]in\b|\bhier\b")
_ARTICLE_RES = (
    re.compile(
        rf"\b(?:(?:[Ii]ch|ICH){_SP}+)?(?<![\w-])[Bb]in{_SP}+"
        rf"(?:(?:übrigens|ja|nur|hier|halt|eben|auch|also){_SP}+)?(?:die|der|de){_SP}+"
        rf"{_ARTICLE_NAME}(?={_SP}*(?:[^\w\s]|\n|\Z|(?:aus|von|und|hier)\b))"
    ),
    re.compile(
        rf"(?:^|(?<=[.!?:,]{_SP})|(?<=[.!?:,]))(?:[Hh]ier{_SP}+(?:ist|schreibt|spricht){_SP}+)?"
        rf"[Dd](?:ie|er){_SP}+{_ARTICLE_NAME}{_SP}+hier\b",
        re.MULTILINE,
    ),
)


def _candidate(text: str, m: re.Match[str]) -> Candidate:
    start, end = m.span("name")
    initials = " ".join(w[0].upper() + "." for w in _WORD_RE.findall(text, start, end))
    return Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME)


def _full_name(words: list[str]) -> bool:
    first, surname = words[0], words[-1]
    return (
        not in_dictionary(first, "en")
        and first.casefold() not in function_words()
        and not known_word(surname)
        and all(not in_dictionary(w, "en") for w in words)
    )


def _openings(text: str) -> list[re.Match[str]]:
    """The greetings that open ``text`` or one of its lines."""
    found: list[re.Match[str]] = []
    pos = 0
    while pos >= 0:
        m = _OPENING_RE.match(text, pos)
        if m is not None:
            found.append(m)
        pos = text.find("\n", pos)
        pos = pos + 1 if pos >= 0 else -1
    return found


def _after_greeting(text: str, pos: int, known: frozenset[str]) -> list[Candidate]:
    """ "it's Thabo," or "hier ist lukas wegen …" right after a greeting that ends at ``pos``."""
    its = _ITS_RE.match(text, pos)
    if its is not None:
        word = its.group("name")
        if not known_word(word) and not is_agent_name([word], known):
            return [_candidate(text, its)]
    full = _LOWER_FULL_RE.match(text, pos)
    if full is not None and _lower_full_name(full, known):
        return [_candidate(text, full)]
    lower = _LOWER_RE.match(text, pos)
    if lower is None:
        return []
    word = lower.group("name")
    # with the article, a nickname the list lacks too ("die melli"), but no word ("der meinung")
    nickname = lower.group("article") is not None and len(word) > 3 and not known_word(word)
    if (
        (is_first_name(word) or nickname)
        and word not in function_words()
        and not english_word(word)
        and not is_agent_name([word], known)
    ):
        return [_candidate(text, lower)]
    return []


def _lower_full_name(m: re.Match[str], known: frozenset[str]) -> bool:
    """A listed first name and a surname that no dictionary knows as a common word ("anna
    zuhause" is none; "anna müller" is), neither an agent's."""
    first, last = m.group("first"), m.group("last")
    return (
        is_first_name(first)
        and first not in function_words()
        and not english_word(first)
        and last not in function_words()
        and not english_word(last)
        and not german_common_word(last)
        and not is_agent_name([first, last], known)
    )


def find_intro_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names of the three forms above in ``text`` (``known``: the agents' name keys)."""
    found: list[Candidate] = []
    for m in _FULL_INTRO_RE.finditer(text):
        words = _WORD_RE.findall(m.group("name"))
        if _full_name(words) and not is_agent_name(words, known):
            found.append(_candidate(text, m))
    for opening in _openings(text):
        found += _after_greeting(text, opening.end(), known)
    if _ARTICLE_HINT_RE.search(text):
        found += _after_article(text, known)
    return found


def _article_word(word: str) -> bool:
    return (is_first_name(word) or not known_word(word)) and not german_common_word(word.casefold())


def _after_article(text: str, known: frozenset[str]) -> list[Candidate]:
    """ "Bin übrigens die Chiara", "Die Meron Haile hier" (see the module docstring)."""
    found: list[Candidate] = []
    for m in (m for r in _ARTICLE_RES for m in r.finditer(text)):
        first, last = m.group("first"), m.group("last")
        if not _article_word(first) or first.casefold() in function_words():
            continue
        if is_agent_name([first], known):
            continue
        end = m.end("name")
        if last is not None and (known_word(last) or is_agent_name([last], known)):
            end = m.end("first")
        words = _WORD_RE.findall(text, m.start("name"), end)
        initials = " ".join(w[0].upper() + "." for w in words)
        if text.startswith(".", end):
            initials = initials[:-1]  # "Bin der Yonas." → "Bin der Y."
        found.append(Candidate(m.start("name"), end, RedactionKind.NAME, initials, Priority.NAME))
    return found


def german_common_word(folded: str) -> bool:
    """A word the German dictionary knows with a lemma in lower case: no noun, no name."""
    return (
        in_dictionary(folded, "de")
        and simplemma.lemmatize(folded, lang="de", greedy=True, low_memory=LOW_MEMORY).islower()
    )
