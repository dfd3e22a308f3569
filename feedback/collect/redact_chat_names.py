"""Customers' names in three shapes of chats and short messages that the other rules leave.

* The sender at the head of a line copied from a chat export: "[05/12/2026, 19:40] Gaz: …",
  "[09:05, 4.12.] ~ Mehmet Kaya: …", "12/5/26, 7:40 PM - Deco: …". The date, the time and the
  colon make the shape; whatever name stands there is a person's (an agent's stays, and so do
  "You", "Kundenservice" and other words that name no one).
* A sender or recipient in a mail header written surname first: 'Von: "Müller-Lüdenscheidt,
  Hans-Jürgen" <…>', "From: O'Neill, Siobhan <…>".
* The speaker of a line in a copied transcript without times, when two or more lines start
  with a label and a colon: "Rose Mitchell: hi my parcel …", "Visitor (Shaz Ahmed): hi",
  "Customer (Ivy Sheridan): …". Without a customer's role word the first word must be a listed
  first name ("Order Number: 123", "Subject: …", "Grace Period: …" stay), and a role of ours
  ("Agent (Kieran):") or an agent's name keeps the line as it is.
* A nickname next to a full name in brackets, once one of the two was redacted: "hier is basti
  (S. K.)" (of "basti (sebastian krämer)"), "– kez (K. M.)", and "its T. (tyler j.
  washington)", where the bracket's first word starts with the initial before it and is a
  listed first name. A word before the bracket must be a listed first name or no word a
  dictionary knows, and no place: "danke (S. K.)", "Grüße aus Kiel (A. B.)" stay.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_name_words import is_name_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import english_word, function_words, known_word
from feedback.first_names import WORDLIKE_NAMES, is_first_name

__all__ = ["find_chat_names"]

_SP = r"[ \t\u00a0\u202f]"
_DATE = r"\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\.?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?(?i:[ap]\.?m\.?))?"
_WORD = r"[^\W\d_](?:[^\W\d_]|['’.-])*"
_HEADER_RE = re.compile(
    rf"^[\u200e\u200f]*(?:\[(?:{_DATE},?{_SP}{_TIME}|{_TIME},?{_SP}{_DATE})\]{_SP}*"
    rf"|{_DATE},?{_SP}{_TIME}{_SP}?[-–]{_SP}*)"
    rf"[\u200e]*(?:~{_SP}?)?(?P<name>{_WORD}(?:{_SP}{_WORD}){{0,3}}):{_SP}",
    re.MULTILINE,
)
# a mail header's sender or recipient written "surname, first name" before the address:
# 'Von: "Müller-Lüdenscheidt, Hans-Jürgen" <hj@web.de>'
_CAP = r"[A-ZÄÖÜÀ-ÞĀ-ſ](?:[^\W\d_]|['’-])+"
_WORD_RE = re.compile(_WORD)
_SURNAME_FIRST_RE = re.compile(
    rf"^(?i:von|from|an|to|cc|absender|sender|reply-to|antwort\san){_SP}*:{_SP}*[\"']?"
    rf"(?P<name>{_CAP}(?:{_SP}{_CAP})?,{_SP}*{_CAP}(?:{_SP}{_CAP})?)[\"']?{_SP}*[<\[(]",
    re.MULTILINE,
)
# a transcript line's speaker: "Rose Mitchell: …", "Visitor (Shaz Ahmed): …"
_LABEL_RE = re.compile(
    rf"^{_SP}*(?:(?P<role>{_CAP}){_SP}*\({_SP}*)?(?P<name>{_CAP}(?:{_SP}+{_CAP}){{0,2}})"
    rf"(?(role){_SP}*\)|(?:{_SP}*\([^()\n]{{1,20}}\))?){_SP}*:{_SP}+(?=\S)",
    re.MULTILINE,
)
_ANY_LABEL_RE = re.compile(rf"^{_SP}*[^\W\d_][^:\n]{{0,40}}:{_SP}+\S", re.MULTILINE)
_CUSTOMER_ROLES = frozenset(
    ["visitor", "customer", "client", "guest", "user", "caller", "kunde", "kundin", "besucher",
     "besucherin", "gast", "anrufer", "anruferin", "nutzer", "nutzerin"]
)  # fmt: skip
_HEADER_WORDS = frozenset(
    ["to", "cc", "bcc", "an", "von", "from", "sent", "date", "datum", "subject", "betreff", "re",
     "aw", "fw", "fwd", "wg", "tel", "fax", "mobil", "note", "notiz"]
)  # fmt: skip
# a word, then our initials of a full name in brackets: "basti (S. K.)"
_BEFORE_INITIALS_RE = re.compile(
    rf"(?<![\w.'’-])(?P<word>[^\W\d_]{{2,}}(?:['’-][^\W\d_]+)*){_SP}*"
    rf"\((?:[^\W\d_]\.{_SP}?){{2,4}}\)"
)
# a place, not a person: "Grüße aus Kiel (A. B.)", "from Leeds (J. S.)"
_PLACE_BEFORE_RE = re.compile(rf"(?<!\w)(?i:aus|from|in|im|nach|bei|near|at){_SP}+\Z")
# an initial, then a full name in brackets starting with that letter: "T. (tyler j. washington)"
_INITIAL_BEFORE_RE = re.compile(
    rf"(?<![\w.])(?P<initial>[^\W\d_])\.{_SP}*\((?P<inner>[^\W\d_]{{2,}}(?:{_SP}+{_WORD}){{1,3}})\)"
)


def find_chat_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names of the three shapes in the module docstring. ``known``: the agents' name keys."""
    found: list[Candidate] = []
    if ":" in text:
        for m in _HEADER_RE.finditer(text):
            words = m.group("name").split()
            if all(_sender_word(w, known) for w in words):
                found.append(_name(text, m.start("name"), m.end("name")))
        for m in _SURNAME_FIRST_RE.finditer(text):
            words = m.group("name").replace(",", " ").split()
            if all(_sender_word(w, known) for w in words):
                start, end = m.span("name")
                initials = _WORD_RE.sub(lambda w: f"{w.group()[0]}.", text[start:end])
                found.append(Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME))
        if "\n" in text:  # a transcript has two lines at least
            found += _speakers(text, known)
    if "(" not in text:
        return found
    for m in _BEFORE_INITIALS_RE.finditer(text):
        if _nickname(m.group("word"), known) and not _PLACE_BEFORE_RE.search(
            text, max(0, m.start() - 8), m.start()
        ):
            found.append(_name(text, m.start("word"), m.end("word")))
    for m in _INITIAL_BEFORE_RE.finditer(text):
        words = m.group("inner").split()
        first = words[0]
        if (
            first[0].casefold() == m.group("initial").casefold()
            and is_first_name(first)
            and not any(is_agent_word(w.rstrip("."), known) for w in words)
            and not any(w.casefold() in function_words() for w in words[1:])
        ):
            found.append(_name(text, m.start("inner"), m.end("inner")))
    return found


def _speakers(text: str, known: frozenset[str]) -> list[Candidate]:
    """Customers' names as the speakers of a transcript's lines (see the module docstring)."""
    labels = list(_LABEL_RE.finditer(text))
    if not labels or len(_ANY_LABEL_RE.findall(text)) < 2:
        return []
    found: list[Candidate] = []
    for m in labels:
        words = m.group("name").split()
        role = m.group("role")
        if role is not None and role.casefold() not in _CUSTOMER_ROLES:
            continue
        if (
            role is None
            and (
                not is_first_name(words[0])
                or words[0].casefold() in _HEADER_WORDS  # "To: Customer Care", "Date: …"
                or words[0].casefold() in function_words()
                # "Grace Period: 14 days": a first name that is a word, then another word
                or (
                    words[0].casefold() in WORDLIKE_NAMES
                    and any(english_word(w) for w in words[1:])
                )
            )
        ):
            continue
        if all(_sender_word(w, known) for w in words):
            found.append(_name(text, m.start("name"), m.end("name")))
    return found


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def _sender_word(word: str, known: frozenset[str]) -> bool:
    if sum(ch.isalpha() for ch in word) < 2:
        return True  # an initial: "J. Ross"
    return not is_agent_word(word, known) and is_name_word(
        _capitalised(word), first_after_title=True, allow_caps=True
    )


def _nickname(word: str, known: frozenset[str]) -> bool:
    folded = word.casefold()
    return (
        folded not in function_words()
        and not is_agent_word(word, known)
        and is_name_word(_capitalised(word), first_after_title=False, allow_caps=False)
        and (is_first_name(word) or not known_word(word))
    )


def _name(text: str, start: int, end: int) -> Candidate:
    words = re.split(r"[\s-]+", text[start:end])
    initials = " ".join(f"{w[0].upper()}." for w in words if w)
    return Candidate(start, end, RedactionKind.NAME, initials, Priority.NAME)
