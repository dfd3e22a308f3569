"""Family members named in apposition, and a sender naming themselves after "it's me".

* "Mein Mann, der Bernd, war …", "Unser Opa, der Sepp, hat …", "Baba, der Hansi, hat …"
  (Turkish "baba", dad), "My nan, our Doreen, was …", "my granddaughter, little Saoirse,
  watched …": a family word, a comma, an article or a possessive, and a name.
* "this is Yusuf Demir's daughter, Elif.": a family word after a genitive, a comma and a name.
* "it's me again – Paddy, the guy with the broken modem".

The name must be a listed first name that is no ordinary word, or a word no dictionary knows:
"Mein Sohn, der Kleine, …" or "Meine Frau, die Telefonistin, …" stay. Colleagues are left out
(the agent's colleague is an agent too), and so are the agents' names.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word
from feedback.collect.redact_kin_words import KIN_WORDS
from feedback.collect.redact_names import name_after
from feedback.collect.redact_patterns import Candidate
from feedback.collect.redact_trailing import known_word, reads_as_word
from feedback.first_names import is_first_name

__all__ = ["find_apposed_names"]

_SP = r"[ \t\u00a0]"
_NAME = r"[A-ZÄÖÜ][^\W\d_]+(?:['’-][^\W\d_]+)*"
_APPOSED_RE = re.compile(
    rf",{_SP}+(?i:der|die|unser|unsere|our|little|young|old|dear){_SP}+(?P<name>{_NAME})"
    rf"(?={_SP}*[,)–—]|{_SP}+-{_SP})"
)
# after a genitive: "this is Yusuf Demir's daughter, Elif." ("my daughter, Elif" is a
# possessive's, which ``redact_context`` reads)
_GENITIVE_KIN_RE = re.compile(
    rf"[^\W\d_]['’]s?{_SP}+(?i:{KIN_WORDS}){_SP}*,{_SP}+(?P<name>{_NAME})(?={_SP}*[,.!;)–—]|\Z)"
)
_KIN_BEFORE_RE = re.compile(rf"(?<![\w-])(?i:{KIN_WORDS}|baba|babam|anne|annem){_SP}*\Z")
_COLLEAGUES = frozenset({"kollege", "kollegen", "kollegin", "colleague"})
_ME_RE = re.compile(
    rf"\b(?i:it['’]s|it{_SP}is|this{_SP}is){_SP}+(?i:me|only{_SP}me)(?:{_SP}+(?i:again))?"
    rf"{_SP}*[,–—-]{_SP}*(?P<name>{_NAME})(?=,)"
)


def _name_like(word: str) -> bool:
    if reads_as_word(word):
        return False
    return is_first_name(word) or not known_word(word)


def _kin_before(text: str, pos: int) -> bool:
    m = _KIN_BEFORE_RE.search(text, max(0, pos - 40), pos)
    return m is not None and m.group().strip().casefold() not in _COLLEAGUES


def find_apposed_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names in apposition after a family word, and after "it's me" (see the docstring)."""
    found: list[Candidate] = []
    if "," not in text:
        return found
    starts = [m.start("name") for m in _APPOSED_RE.finditer(text) if _kin_before(text, m.start())]
    if "'" in text or "’" in text:
        starts += [m.start("name") for m in _GENITIVE_KIN_RE.finditer(text)]
    if "me" in text:
        starts += [m.start("name") for m in _ME_RE.finditer(text)]
    for start in starts:
        word = re.match(_NAME, text[start:])
        if word is None or not _name_like(word.group()) or is_agent_word(word.group(), known):
            continue
        candidate = name_after(text, start, known, after_title=False)
        if candidate is not None:
            found.append(candidate)
    return found
