"""Customers' names after cues that ``redact_context`` does not read.

* who to ask for: "ask for Bridget", "fragen Sie nach Bridget", "nach Bridget fragen" (privacy
  first: a name the agents' directory lacks goes, even if a colleague may carry it);
* who a message is from: "from Tash and the kids", "von Tash und den Kindern", "Thank you from
  Funmi", "Love, Tash x";
* nicknames: quoted after a family word ('my son "Bobby"', 'unser Kleiner „Maxi“'), after
  "calls him" / "nennen ihn" ("everyone calls him Bear"), and in brackets after a first name
  in running text ("Robert (Bob) called");
* a person called so by a full name: "a lovely man called Blessing Ndlovu".

Each needs a listed first name or a capitalised word no dictionary knows ("Tash", "Funmi"):
"ask for Premium", "from Berlin and the team", 'the "Pro" plan' stay. Agents' names stay.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_kin_words import KIN_WORDS
from feedback.collect.redact_names import name_after
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import function_words, known_word, reads_as_word
from feedback.first_names import is_first_name, is_local_first_name

__all__ = ["find_cued_names"]

_SP = r"[ \t\u00a0]"
_NAME = r"[A-ZÄÖÜ][^\W\d_]+(?:['’-][^\W\d_]+)*"
_ASK_RE = re.compile(
    rf"\b(?:(?i:ask(?:ed|ing)?{_SP}+for|fragen{_SP}+Sie{_SP}+nach|frag(?:t|en)?{_SP}+nach)"
    rf"{_SP}+(?P<name>{_NAME})|nach{_SP}+(?P<before>{_NAME}(?:{_SP}+{_NAME})?){_SP}+(?i:fragen|verlangen))"
)
# "a lovely man called Blessing Ndlovu", "a lady named Precious": a person word before it
_CALLED_RE = re.compile(
    rf"\b(?i:man|woman|lady|guy|gentleman|girl|boy|chap|bloke|fella|lad|lass|friend|neighbou?r"
    rf"|carer|nurse|someone|somebody|person){_SP}+(?i:called|named){_SP}+(?P<name>{_NAME})"
)
_FAMILY = (
    r"kids|children|family|boys|girls|twins|grandkids|gang|dogs?|kinder|kindern|familie|jungs"
    r"|mädels|kleinen|enkeln|enkelkindern|hund"
)
_DETERMINER = r"(?:the|my|our|den|die|meinen|unseren|allen|all)"
# "from Tash and the kids"; a closing before "from" and the message's end after it
_FROM_RE = re.compile(
    rf"\b(?i:from|von){_SP}+(?P<name>{_NAME}){_SP}+(?:and|und|&){_SP}+(?:{_DETERMINER}{_SP}+)?"
    rf"(?i:{_FAMILY})\b"
    rf"|\b(?i:thank{_SP}+you|thanks|love|lots{_SP}+of{_SP}+love|hugs|danke|grüße|gruß)"
    rf"(?:{_SP}+(?i:again|nochmal))?{_SP}+(?i:from|von){_SP}+(?P<end>{_NAME})"
    rf"(?={_SP}*(?:x+)?[^\w\n]*\Z)"
    rf"|\b(?i:love|xoxo|hugs|bussi),?{_SP}+(?P<kiss>{_NAME})(?={_SP}+x+[^\w\n]*\Z)"
)
# The same in a message typed in lower case: "love from siobhan and the kids" (a listed first
# name that no dictionary knows)
_FROM_LOWER_RE = re.compile(
    rf"\b(?:from|von){_SP}+(?P<name>[a-zà-öø-ÿ]{{2,}}){_SP}+(?:and|und|&){_SP}+"
    rf"(?:{_DETERMINER}{_SP}+)?(?:{_FAMILY})\b"
)
_OPEN_QUOTE = "\"“„‚'‘»«"
_CLOSE_QUOTE = "\"“”‘’'«»"


def _quoted(group: str) -> str:
    return rf"[{_OPEN_QUOTE}]{_SP}*(?P<{group}>{_NAME}){_SP}*[{_CLOSE_QUOTE}]"


_POSSESSIVE = r"my|our|his|her|their|mein\w*|unser\w*|sein\w*|ihr\w*"
_NICKNAME_RE = re.compile(
    # 'my son "Bobby"', 'unser Kleiner „Maxi“': a quoted name after a family word
    rf"\b(?P<kin>(?i:{_POSSESSIVE}){_SP}+(?:[^\W\d_]+{_SP}+)?(?i:{KIN_WORDS})){_SP}+{_quoted('quoted')}"
    # "everyone calls him Bear", "alle nennen ihn nur Schnuffi"
    rf"|\b(?P<calls>(?i:call(?:s|ed)?{_SP}+(?:him|her|me)|nenn(?:en|t|e)?{_SP}+(?:ihn|sie|mich)))"
    rf"(?:{_SP}+(?i:nur|just|only|always|immer|alle))?{_SP}+(?:{_quoted('cquoted')}|(?P<bare>{_NAME}))"
    # 'a cat called "Bobby"': quoted only, since "I called Paris office" is a phone call
    rf"|\b(?i:called){_SP}+{_quoted('wquoted')}"
    # 'known as "Bobby"', "genannt Maxi": the weakest cue, listed first names only
    rf"|\b(?i:genannt|known{_SP}+as|aka|alias){_SP}+(?:{_quoted('aquoted')}|(?P<weak>{_NAME}))"
)
_BRACKETED_RE = re.compile(
    rf"(?<![\w.-])(?P<first>{_NAME}){_SP}+\((?P<nick>{_NAME})\)(?!{_SP}*[A-ZÄÖÜ])"
)


def _name_like(word: str, *, listed_only: bool = False) -> bool:
    """A listed first name that is no ordinary word, or a word no dictionary knows."""
    if reads_as_word(word):
        return False
    return is_first_name(word) or (not listed_only and not known_word(word))


def _initial(m: re.Match[str], group: str, known: frozenset[str]) -> Candidate | None:
    start, end = m.span(group)
    if is_agent_word(m.group(group), known):
        return None
    if m.string[end : end + 1] == ".":
        end += 1  # the sentence's full stop is the initial's: "from Funmi." -> "from F."
    return Candidate(start, end, RedactionKind.NAME, m.group(group)[0] + ".", Priority.NAME)


def _asked_for(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _ASK_RE.finditer(text):
        group = "name" if m.group("name") else "before"
        if _name_like(m.group(group)):
            # a full name ("nach Bridget Jones fragen"); None for an agent
            found += filter(None, [name_after(text, m.start(group), known, after_title=False)])
    return found


def _called(text: str, known: frozenset[str]) -> list[Candidate]:
    """A person "called" or "named" so by a full name, one of its words name-like ("a lady
    named Ama" may be the agent praised, who is thanked by first name)."""
    found: list[Candidate] = []
    for m in _CALLED_RE.finditer(text):
        name = name_after(text, m.start("name"), known, after_title=False)
        words = re.findall(r"[^\W\d_]+", text[name.start : name.end]) if name else []
        # a first name alone is mostly the agent praised ("a guy named Fidencio answered")
        if name is not None and len(words) > 1 and any(_name_like(w) for w in words):
            found.append(name)
    return found


def _senders(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _FROM_RE.finditer(text):
        group = m.lastgroup or "name"
        # after "and the kids" anyone is a person; at the end a place may stand there too
        if _name_like(m.group(group)) and (candidate := _initial(m, group, known)):
            found.append(candidate)
    for m in _FROM_LOWER_RE.finditer(text):
        word = m.group("name")
        if is_first_name(word) and not known_word(word) and (c := _initial(m, "name", known)):
            found.append(c._replace(replacement=word[0].upper() + "."))
    return found


def _nickname_word(m: re.Match[str]) -> str | None:
    """The group of ``m`` that holds a nickname, if the cue lets its word be one."""
    group = next(
        g for g in ("quoted", "cquoted", "bare", "wquoted", "aquoted", "weak") if m.group(g)
    )
    word = m.group(group)
    if word.casefold() in function_words() or (len(word) > 1 and word.isupper()):
        return None  # "call me ASAP"
    calls = m.group("calls") or ""
    if m.group("kin") or (calls[:1] in ("c", "C") and not calls.casefold().endswith("me")):
        # English capitalises no nouns: "everyone calls him Bear"; a quoted word after "my son"
        # is a name. "Call me Monday", "call me Chairman" is mostly an instruction.
        return group
    return group if _name_like(word, listed_only=not calls) else None


def _nicknames(text: str, known: frozenset[str]) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _NICKNAME_RE.finditer(text):
        group = _nickname_word(m)
        if group is not None and (c := _initial(m, group, known)):
            found.append(c)
    return found


def _bracketed(text: str, known: frozenset[str]) -> list[Candidate]:
    """ "Robert (Bob) called": a first name and a nickname in brackets in running text."""
    found: list[Candidate] = []
    for m in _BRACKETED_RE.finditer(text):
        first, nick = m.group("first"), m.group("nick")
        if (
            is_first_name(first)
            and first.casefold() not in function_words()
            and is_local_first_name(nick)
            and not is_agent_word(first, known)
            and not is_agent_word(nick, known)
        ):
            found.append(
                Candidate(
                    m.start(),
                    m.end(),
                    RedactionKind.NAME,
                    f"{first[0]}. ({nick[0]}.)",
                    Priority.NAME,
                )
            )
    return found


# Cheap tests before each rule's regex: most quotes hold none of these.
_ASK_CUE_RE = re.compile(r"ask(?:ed|ing)?[ \t\u00a0]+for|frag.*nach|nach.*(?:frag|verlang)")
_SENDER_CUE_RE = re.compile(r"\b(?:from|von)\b.*(?:\b(?:and|und)\b|&|\Z)|love|xoxo|hugs|bussi")
_NICK_CUE_RE = re.compile(r"[\"“„‚‘»«]|call|nenn|genannt|known|aka|alias")


def find_cued_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names after "ask for", in "from X and the kids", and nicknames (see the docstring);
    ``known``: the agents' name keys."""
    found: list[Candidate] = []
    lowered = text.casefold()
    if _ASK_CUE_RE.search(lowered):
        found += _asked_for(text, known)
    if _SENDER_CUE_RE.search(lowered):
        found += _senders(text, known)
    if _NICK_CUE_RE.search(lowered):
        found += _nicknames(text, known)
    if "(" in text:
        found += _bracketed(text, known)
    if "called" in lowered or "named" in lowered:
        found += _called(text, known)
    return found
