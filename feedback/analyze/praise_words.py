"""Which words and word pairs belong in a praise cloud (issue 12).

A cloud shows what customers praise. Left out, per token (``role``):

- problem words ("Problem", "Warteschleife", "Ärger", "Endlich", "leider"): the trouble a
  thank-you mentions, not the praise;
- words of the other language: in a German quote "great" or "helpful" (simplemma knows the word
  in English but not in German, or it is English praise), in an English one "schnell";
  loanwords both languages use ("super", "Team", "Service") stay;
- negated words (``negators``, up to ``negation_window`` words before, no reset between:
  "nicht freundlich", "not helpful"); ``words.extract_terms`` applies that.

A pair is kept only when a person would say it (``sayable``): an intensifier and a word
("sehr freundlich", "super nett", "really helpful"), or praise and a noun ("schnelle Hilfe",
"quick response"); never a preposition, article or conjunction at either end ("Zusammenfassung
per", "erklärt inklusive"). The lists are data: ``data/cloud_words.toml``.
"""

from __future__ import annotations

import functools
import importlib.resources
import tomllib

from feedback.analyze.lemmas import known

PLAIN, PROBLEM, FOREIGN, NEGATOR, RESET, FUNCTION, INTENSIFIER, PRAISE, WISH = range(9)
# Comparatives whose form does not end in -er like the rest ("besser", "more helpful")
_IRREGULAR = frozenset({"besser", "better", "mehr", "more", "lieber", "rather"})
_OTHER = {"de": "en", "en": "de"}


class _Words:
    """Exact words and stems of one list."""

    def __init__(self, words: list[str]) -> None:
        self.exact = frozenset(w for w in words if not w.endswith("*"))
        self.stems = tuple(w[:-1] for w in words if w.endswith("*"))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.exact or word.startswith(self.stems))


class _Lists:
    def __init__(self, spec: dict[str, list[str]]) -> None:
        self.problems = _Words(spec.get("problems", []))
        self.negators = _Words(spec.get("negators", []))
        self.resets = _Words(spec.get("resets", []))
        self.function = _Words(spec.get("function", []))
        self.intensifiers = _Words(spec.get("intensifiers", []))
        self.praise = _Words(spec.get("praise", []))
        self.loanwords = _Words(spec.get("loanwords", []))
        self.wishes = _Words(spec.get("wishes", []))
        pairs = [tuple(phrase.split()[:2]) for phrase in spec.get("negation_exempt", [])]
        self.exempt = frozenset(pair for pair in pairs if len(pair) == 2)


def _load() -> tuple[int, dict[str, _Lists]]:
    path = importlib.resources.files("feedback.analyze") / "data" / "cloud_words.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    lists = {lang: _Lists(spec) for lang, spec in raw.items() if isinstance(spec, dict)}
    return int(raw.get("negation_window", 3)), lists


NEGATION_WINDOW, _LISTS = _load()


def _foreign(lower: str, language: str, lists: _Lists) -> bool:
    """True when ``lower`` is a word of the other UI language, not of ``language``."""
    other = _OTHER.get(language)
    if other is None or lower in lists.loanwords or not lower.isalpha():
        return False
    other_lists = _LISTS[other]
    if lower in other_lists.praise and lower not in lists.praise:
        return True  # "great", "helpful" in a German quote (simplemma knows "great" in German)
    if known(lower, language) or known(lower.capitalize(), language):
        return False
    return known(lower, other)


@functools.lru_cache(maxsize=262_144)
def role(lower: str, language: str) -> int:
    """The cloud role of a lower-case token in a quote of ``language`` (PLAIN for the rest)."""
    lists = _LISTS.get(language)
    if lists is None:
        return PLAIN
    ordered = (
        (NEGATOR, lists.negators),
        (RESET, lists.resets),
        (WISH, lists.wishes),
        (FUNCTION, lists.function),
        (PROBLEM, lists.problems),
        (INTENSIFIER, lists.intensifiers),
        (PRAISE, lists.praise),
    )
    found = next((kind for kind, words in ordered if lower in words), PLAIN)
    if found == PLAIN and _foreign(lower, language, lists):
        return FOREIGN
    return found


def comparative(lower: str, lemma: str, language: str) -> bool:
    """True when ``lower`` is the comparative of a word: "schneller" of "schnell", "nicer",
    "friendlier", "faster" (of a praise word), "besser", "better"."""
    if lower in _IRREGULAR:
        return True
    if len(lower) < 5 or not lower.endswith("er"):
        return False
    if lemma != lower and lower.startswith(lemma[:3]):
        return True  # the lemmatiser knew it: "schneller" -> "schnell"
    lists = _LISTS.get(language)
    if lists is None:
        return False
    stem = lower[:-2]
    bases = (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem)
    return any(base in lists.praise for base in bases)


def negates(negator: str, following: str, language: str) -> bool:
    """False when the negator and the next word are an exempt pair ("nicht nur", "not only")."""
    lists = _LISTS.get(language)
    return lists is None or (negator.lower(), following.lower()) not in lists.exempt


def sayable(first: str, second: str, language: str) -> bool:
    """True when the adjacent words ``first`` ``second`` (as written) are a phrase a person
    would say: intensifier + word, or praise + noun (German: a capitalised noun)."""
    lists = _LISTS.get(language)
    if lists is None:
        return True
    a, b = first.lower(), second.lower()
    if a in lists.function or b in lists.function:
        return False
    if a in lists.intensifiers:
        return b not in lists.intensifiers
    if a not in lists.praise or b in lists.intensifiers:
        return False
    if language == "de":
        return second[:1].isupper() and not second.isupper()
    return b not in lists.praise
