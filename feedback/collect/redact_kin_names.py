"""A relative's name after a family word: "mein Sohn Lukas", "my wife Anna", "Tante Erna",
"die Mutter von Lukas Brenner" (one of ``redact_context``'s rules; the family words are in
``redact_kin_words``).

German capitalises nouns, so after a German family word a listed first name is needed, or a
word the list lacks with a child's age in brackets or "und ich" after it ("Mein Sohn Yaw (9)",
"Meine Schwester Fatou und ich"); English capitalises no nouns, so after "my son" any name
word is a name, and in lower case a listed first name no dictionary knows ("my son liam").
"""

from __future__ import annotations

import re

from feedback.collect.redact_lower_signatures import CHAT_WORDS
from feedback.collect.redact_name_readers import lower_case_name, named, with_more
from feedback.collect.redact_patterns import Candidate
from feedback.collect.redact_self_named import unknown_surname
from feedback.collect.redact_trailing import english_word, known_word
from feedback.collect.redact_weak_intros import unlisted
from feedback.first_names import is_first_name

__all__ = ["kin_names"]

_SP = r"[ \t\u00a0]"
_WORD_RE = re.compile(r"[^\W\d_]+")
_ANYTHING_RE = re.compile("")
_MIN_UNLISTED_KIN = 3  # letters of a name after a family word that the list lacks
# "und ich", or a word in lower case: "Mein Sohn Jonte kann …" (German capitalises nouns)
_AND_I_RE = re.compile(rf"{_SP}+(?:und{_SP}+ich|and{_SP}+I|[a-zäöüß]{{2,}})\b")
_AGE_RE = re.compile(rf"{_SP}*\({_SP}*\d{{1,2}}{_SP}*\)")
_VERB_ENDINGS = ("ed", "ing", "nt", "ly", "ve", "ll")  # "wouldve", "youll"


def kin_names(text: str, m: re.Match[str], known: frozenset[str]) -> list[Candidate]:
    """The relative's name after the family-word anchor ``m`` (its group says which kind)."""
    group, pos = m.lastgroup, m.end()
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
        first = unlisted(text, pos, known, after=_ANYTHING_RE)  # "Auntie Funmi"
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
