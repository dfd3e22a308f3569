"""Names in lower case in four shapes of chats and texts the other rules miss.

* In apposition between "from me/us," and ", to …" ("big thanks from me, abdi farah, to
  kelly", "ein großes danke von mir, lina haddad, an ben"): two or three words, none a
  function word, at least one no English or German word ("from me, your customer, to Kelly",
  "from us, big fans, to Kelly" stay).
* Two names joined by "und"/"and"/"&"/"n" after a closing and before a closing quote, inside
  a quoted message ("'… gruß kasia und bartek'", "„liebe grüße jelena und milan“", "'…, from
  fiona and dougie'"): one no English or German word (or a listed first name that is none),
  the other such a word or a listed first name ("'… gruß euch und allen'", "'love from mum
  and dad'" stay).
* After "wee" (Scots "little") following "&"/"and" ("ta, S. M. & wee callum"): a listed first
  name or no English word ("& wee dram", "and wee bit" stay).
* A lower-case initial before a surname with a particle or an "o'", after a dash or a closing
  ("– j. van der Berg, Emmerich", "Gruß m. de Vries", "Best, r. o'neill, Limerick"); the
  surname must follow a particle, so "– s. oben", "Gruß a. d. Ruhr" stay.

Agents' names stay, as everywhere.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_name
from feedback.collect.redact_intro_names import german_common_word
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.collect.redact_trailing import closing_words, english_word, function_words
from feedback.first_names import is_first_name

__all__ = ["find_lower_pairs"]

_SP = r"[ \t\u00a0]"
_LW = r"[a-zß-ÿā-ž]+(?:[-'’][a-zß-ÿā-ž]+)?"
_APPOSED_RE = re.compile(
    rf"\b(?:from|von){_SP}+(?:me|us|mir|uns),{_SP}*"
    rf"(?P<name>{_LW}(?:{_SP}+{_LW}){{1,2}}),{_SP}*(?:to|an|for|für)\b"
)
_QUOTED_RE = re.compile(
    rf"\b(?:gruß|gruss|grüße|grüsse|lg|from|love|xx|von){_SP}+"
    rf"(?P<a>{_LW}){_SP}+(?:und|and|&|n){_SP}+(?P<b>{_LW})[ \t.!x]*['’\"“”‘]"
)
_WEE_RE = re.compile(rf"(?:&|\band){_SP}+wee{_SP}+(?P<name>{_LW})\b")

_PARTICLE = r"(?:van|von|de|den|der|du|da|di|dos|das|del|la|le|ter|ten|zu|mac|mc)"
_INITIAL_RE = re.compile(
    rf"(?<![\w.])(?P<name>[a-zß-ÿ]\.{_SP}*(?:(?:{_PARTICLE}{_SP}+){{1,2}}[^\W\d_]{{2,}}"
    rf"|o['’][a-z]{{3,}})(?:-[^\W\d_]+)?)(?={_SP}*(?:[,.!\n]|[–—-]|\Z))"
)
_BEFORE_RE = re.compile(rf"(?:[–—-]|(?P<word>[^\W\d_]+)[,:]?){_SP}*\Z")


def _signs(text: str, start: int) -> bool:
    """A dash or a closing word right before ``start``."""
    b = _BEFORE_RE.search(text, max(0, start - 30), start)
    if b is None:
        return False
    word = b.group("word")
    return word is None or word.lower() in closing_words() or word.lower() == "regards"


def _unknown(word: str) -> bool:
    return not english_word(word) and not german_common_word(word)


def _name_word(word: str) -> bool:
    if word in function_words():
        return False
    return _unknown(word) or (is_first_name(word.capitalize()) and not english_word(word))


def _initials(text: str) -> str:
    return " ".join(f"{w[0].upper()}." for w in text.split())


def _cand(m: re.Match[str], group: str) -> Candidate:
    value = m.group(group)
    return Candidate(
        m.start(group), m.end(group), RedactionKind.NAME, _initials(value), Priority.NAME
    )


def find_lower_pairs(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names of the three shapes above in ``text`` (``known``: the agents' name keys)."""
    found: list[Candidate] = []
    if "," in text:
        for m in _APPOSED_RE.finditer(text):
            words = m.group("name").split()
            if is_agent_name(words, known) or any(w in function_words() for w in words):
                continue
            if any(_unknown(w) for w in words):
                found.append(_cand(m, "name"))
    for m in _QUOTED_RE.finditer(text) if any(q in text for q in "'’\"“”‘") else ():
        pair = [m.group("a"), m.group("b")]
        if any(is_agent_name([w], known) or w in function_words() for w in pair):
            continue
        # one a sure name, the other a sure name or a listed one ("gruß oksana und taras")
        if any(_name_word(w) for w in pair) and all(
            _name_word(w) or is_first_name(w.capitalize()) for w in pair
        ):
            found += [_cand(m, "a"), _cand(m, "b")]
    if ". " in text or "- " in text or "– " in text:
        for m in _INITIAL_RE.finditer(text):
            if _signs(text, m.start("name")) and not is_agent_name(m.group("name").split(), known):
                # "j. o'hara" -> "j. O." as the older signature rules write it
                words = m.group("name").split()
                short = f"{words[0][0]}. {words[-1][0].upper()}."
                found.append(
                    Candidate(m.start(), m.end(), RedactionKind.NAME, short, Priority.NAME)
                )
    if "wee" in text:
        for m in _WEE_RE.finditer(text):
            word = m.group("name")
            if _name_word(word) and not is_agent_name([word], known):
                found.append(_cand(m, "name"))
    return found
