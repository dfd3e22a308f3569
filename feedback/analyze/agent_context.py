"""Is a theme cue about how a service person acted? A cheap clause check (issue 12).

"Sie haben schnell geholfen" credits speed; "mit dem Bus kommt man schnell in die Stadt" does
not. The check looks at the cue's clause (tokens between , ; : . ! ? and the like), then at its
sentence, in this order:

1. a service person (``agents``: Sie/du/Mitarbeiter/Frau X, you/the staff/the agent; in the
   cue's clause also a capitalised first name: "Tom was so patient") -> yes;
2. a thing, place or trip (``objects``: Bus, Zimmer, flight, room) -> no;
3. service work (``service``: geholfen, erklärt, call back, on hold) or a pronoun -> yes;
   thanks ("danke", "thank you") too, unless a product is named ("danke für das Geschenk");
4. a product, a dish or a delivery (``products``: Handy, Akku, Lieferung, phone, shipping) in
   the sentence -> no: "Fast delivery", "Nice phone" (but "Sie haben das Handy schnell
   getauscht" is rule 3; a product right before a cue, "product knowledge", does not count);
5. German only: another noun (capitalised, not opening a sentence, not a theme cue) -> no;
6. nothing of that (an elliptic "Super schnell und freundlich!") -> yes: a quote handed in to
   Love Wall is about an agent unless it says otherwise.

The word lists are data (``data/agent_context.toml``). Each distinct token is classified once
(a dict lookup after warm-up), so the check costs a few µs per quote with a theme.
"""

from __future__ import annotations

import bisect
import importlib.resources
import tomllib
from collections.abc import Sequence

from feedback.analyze.stopwords import stopwords
from feedback.analyze.theme_keywords import fold
from feedback.first_names import WORDLIKE_NAMES, is_first_name

AGENT, OBJECT, SERVICE, PRODUCT, PRONOUN, CHANNEL, THANKS, OTHER = 1, 2, 3, 4, 5, 6, 7, 0
YES, NO, UNKNOWN = 1, 0, -1
_BREAK_CHARS = frozenset(".,;:…–—!?")
_SENTENCE_END = frozenset(".!?…")
# Lower-case "ihr"/"ihre" are mostly "her"/"their"; the polite "Ihr" is capitalised. "your"
# names whose thing it is ("your phone"), not who acted.
_POSSESSIVES = frozenset(
    ("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen", "your", "Your", "ur")
)
# Third persons name whoever was talked about (a train, a team): they vouch for strong cues only.
_THIRD_PERSON = frozenset(
    ("sie", "er", "ihm", "ihn", "she", "he", "him", "her", "they", "them", "it")
)
# A sentence of up to 5 words ("Mega schnell!!!", "Zuverlässig wie immer.") is elliptic praise
# or blame of the person the quote is about; longer ones must say who acted.
_ELLIPTIC = 5
# English puts no article before a person's first name.
_ARTICLES_EN = frozenset(("the", "a", "an"))
_SERVICE_ITSELF = ("service", "support", "kundendienst", "hotline")
_CACHE_LIMIT = 100_000  # distinct tokens per language before the cache is cleared


class _Lists:
    """One language's word lists: exact words and stems per kind."""

    def __init__(self, spec: dict[str, list[str]], compounds: bool) -> None:
        self.exact: dict[str, int] = {}
        self.stems: list[tuple[str, int]] = []
        lists = (
            (SERVICE, "service"),
            (OBJECT, "objects"),
            (PRODUCT, "products"),
            (CHANNEL, "channels"),
            (PRONOUN, "pronouns"),
            (THANKS, "thanks"),
            (AGENT, "agents"),
        )
        for kind, key in lists:
            for word in spec.get(key, []):
                form = fold(word)
                if form.endswith("*"):
                    self.stems.append((form[:-1], kind))
                else:
                    self.exact[form] = kind
        self.stems.sort(key=lambda stem: -len(stem[0]))  # the longest stem decides
        # Compound heads (5+ letters): "Servicemitarbeiterin" ends in an agent word.
        self.heads = tuple(
            stem for stem, kind in self.stems if kind == AGENT and len(stem) >= 5 and compounds
        )
        self.cache: dict[str, int] = {}
        weak = [fold(word) for word in spec.get("weak", [])]
        self.weak_exact = frozenset(w for w in weak if not w.endswith("*"))
        self.weak_stems = tuple(w[:-1] for w in weak if w.endswith("*"))
        self.weak_cache: dict[str, bool] = {}
        # Channel words are service work after an opener ("on the phone", "am Telefon") and
        # products otherwise ("nice phone", "ein gutes Telefon").
        self.channel_openers = frozenset(fold(word) for word in spec.get("channel_openers", []))
        events = [fold(word) for word in spec.get("events", [])]
        self.events = frozenset(w for w in events if not w.endswith("*"))
        self.event_stems = tuple(w[:-1] for w in events if w.endswith("*"))
        # "keine Probleme", "no issues": nothing needed service work
        self.none_words = frozenset(fold(word) for word in spec.get("none", []))
        # "funktioniert wieder", "works again": a repair, not a product that works
        self.repairs = frozenset(fold(word) for word in spec.get("repairs", []))

    def event(self, token: str) -> bool:
        form = fold(token)
        return form in self.events or form.startswith(self.event_stems)

    def weak(self, token: str) -> bool:
        known = self.weak_cache.get(token)
        if known is None:
            form = fold(token)
            known = form in self.weak_exact or form.startswith(self.weak_stems)
            if len(self.weak_cache) >= _CACHE_LIMIT:
                self.weak_cache.clear()
            self.weak_cache[token] = known
        return known

    def kind(self, token: str) -> int:
        known = self.cache.get(token)
        if known is not None:
            return known
        form = fold(token)
        kind = self.exact.get(form, -1)
        if kind < 0:
            parts = form.split("-")
            kind = OTHER
            for part in (form, parts[-1]) if len(parts) > 1 else (form,):
                found = next((k for stem, k in self.stems if part.startswith(stem)), -1)
                if found < 0 and part != form:
                    found = self.exact.get(part, -1)
                if found >= 0:
                    kind = found
                    break
            if kind == OTHER and self.heads:  # a German compound's head: "Störungshotline"
                kind = AGENT if any(form.endswith(head) for head in self.heads) else OTHER
        if len(self.cache) >= _CACHE_LIMIT:
            self.cache.clear()
        self.cache[token] = kind
        return kind


def _load() -> dict[str, _Lists]:
    path = importlib.resources.files("feedback.analyze") / "data" / "agent_context.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return {lang: _Lists(spec, lang == "de") for lang, spec in raw.items()}


_LISTS: dict[str, _Lists] = _load()
# The languages whose cues are checked; a quote in any other is checked by all of them.
CHECKED_LANGUAGES = tuple(sorted(_LISTS))


class _BreakKinds(dict[str, int]):
    """Token -> 0 (a word), 1 (a clause break: , ; :), 2 (a sentence end: . ! ? …); filled on
    first sight, so that a quote's tokens are classified in C (``map``)."""

    def __missing__(self, token: str) -> int:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        kind = 0
        if token[:1] in _BREAK_CHARS and token[-1:] in _BREAK_CHARS:
            kind = 2 if any(ch in _SENTENCE_END for ch in token) else 1
        self[token] = kind
        return kind


_BREAK_KIND = _BreakKinds()


def is_break(token: str) -> bool:
    """True for clause punctuation tokens of ``tokenize_with_breaks`` and !/? runs."""
    return _BREAK_KIND[token] > 0


def break_kinds(tokens: Sequence[str]) -> list[int]:
    """``is_break`` of every token, as 0 (word), 1 (clause break), 2 (sentence end)."""
    return list(map(_BREAK_KIND.__getitem__, tokens))


def _verdict(
    tokens: Sequence[str],
    lo: int,
    hi: int,
    cue: set[int],
    lists: _Lists,
    weak: bool,
    clause: bool,
    nouns: bool,
) -> int:
    """YES/NO/UNKNOWN for tokens ``lo``..``hi`` (exclusive), leaving out cue positions.

    A service person decides at once; then a thing rules the cue out, a pronoun or service work
    vouches for it, and a product (in a sentence, not a ``clause``) or (``nouns``, German)
    another noun rules it out. For a ``weak`` cue only "Sie"/"du"/"you" in its own ``clause``
    vouch: "sie"/"er"/"they" may be a train.
    """
    thing = person = service = product = noun = thanks = False
    for i in range(lo, hi):
        if i in cue:
            continue
        token = tokens[i]
        kind = lists.kind(token)
        if kind == CHANNEL:
            kind = SERVICE if _after_opener(tokens, i, lists) else PRODUCT
        # "the delivery guy", "delivery staff": the goods' people ("Qualität Service",
        # "product support" still name the service)
        if kind == AGENT and i > lo and lists.kind(tokens[i - 1]) == PRODUCT:
            kind = AGENT if fold(token).startswith(_SERVICE_ITSELF) else PRODUCT
        if kind == AGENT or (
            kind == OTHER
            and (clause or _after_thanks(tokens, i, lo, lists))
            and _first_name(tokens, i)
        ):
            return YES
        if kind == OBJECT:
            thing = True
        elif kind == PRONOUN:
            if i > lo and lists.kind(tokens[i - 1]) == THANKS:
                thanks = True  # "thank you for the gift": whom the customer thanks, not who acted
                continue
            if token in _POSSESSIVES or (weak and (token in _THIRD_PERSON or not clause)):
                continue
            person = True
        elif kind == SERVICE:
            service = service or i == lo or fold(tokens[i - 1]) not in lists.none_words
        elif kind == THANKS:
            thanks = True
        elif kind == PRODUCT and (i + 1 not in cue or token.endswith("ed")):
            product = True  # "product knowledge" names a skill; "delivered promptly" a delivery
        elif nouns and not noun and kind == OTHER and _is_noun(tokens, i):
            noun = True
    if thing:
        return NO
    if person or service or (thanks and not product):
        return YES
    # A product rules a cue out in its sentence, not in its clause alone: "Friendly and knew the
    # product inside out, thank you" thanks a person.
    return NO if (product and not clause) or noun else UNKNOWN


def _first_name(tokens: Sequence[str], i: int) -> bool:
    """A capitalised first name ("Tom was so patient", "Lisa hat sofort geholfen"): in the cue's
    own clause it names the person who acted, as "Frau" does. Names that are words as well
    ("Rose", "Will", a stopword such as "Kam"), a name inside a longer proper name
    ("Checkpoint Charlie") and a word after an English article ("the Thai food") do not
    count."""
    token = tokens[i]
    folded = token.casefold()
    if not token[:1].isupper() or token.isupper() or folded in WORDLIKE_NAMES:
        return False
    if folded in stopwords("any"):  # "Kam schnell an": a verb opening the sentence
        return False
    if i > 1 and tokens[i - 1][:1].isupper() and not _ends_sentence(tokens[i - 2]):
        return False
    if i > 0 and tokens[i - 1].casefold() in _ARTICLES_EN:  # "the Thai food": no one's name
        return False
    return is_first_name(token)


def _after_thanks(tokens: Sequence[str], i: int, lo: int, lists: _Lists) -> bool:
    """True when a thanks word stands up to three tokens before ``i`` ("thank you, Leonie"):
    a first name there is the person thanked, wherever the sentence's cue is."""
    return any(lists.kind(tokens[j]) == THANKS for j in range(max(lo, i - 3), i))


def _after_opener(tokens: Sequence[str], i: int, lists: _Lists) -> bool:
    """True when one of the two tokens before ``i`` opens a channel ("on the phone")."""
    return any(fold(tokens[j]) in lists.channel_openers for j in range(max(0, i - 2), i))


def _is_noun(tokens: Sequence[str], i: int) -> bool:
    """A capitalised German word that does not open a sentence (nor follows Frau/Herr: a name)."""
    token = tokens[i]
    if not token[:1].isupper() or token.isupper() or not token[:1].isalpha():
        return False
    if i == 0 or _ends_sentence(tokens[i - 1]) or tokens[i - 1][:1] in "\"'„“":
        return False
    return fold(tokens[i - 1]) not in ("frau", "herr", "herrn", "an", "von", "bei", "mit")


class Clauses:
    """Where a quote's clauses and sentences end: sorted positions of break tokens."""

    def __init__(self, tokens: Sequence[str]) -> None:
        self.size = len(tokens)
        self.breaks = [i for i, brk in enumerate(map(_BREAK_KIND.__getitem__, tokens)) if brk]
        self.ends = [i for i in self.breaks if _BREAK_KIND[tokens[i]] == 2]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds (``hi`` exclusive) of the clause holding tokens ``start``..``end``."""
        return _bounds(self.breaks, start, end, self.size)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        return _bounds(self.ends, start, end, self.size)


def _bounds(stops: list[int], start: int, end: int, size: int) -> tuple[int, int]:
    at = bisect.bisect_left(stops, start)
    lo = stops[at - 1] + 1 if at > 0 else 0
    after = bisect.bisect_right(stops, end)
    hi = stops[after] if after < len(stops) else size
    return lo, hi


def about_agent(
    tokens: Sequence[str],
    start: int,
    end: int,
    language: str,
    cue_positions: set[int] | None = None,
    strong_positions: set[int] | None = None,
    clauses: Clauses | None = None,
) -> bool:
    """True when the cue at ``start``..``end`` (inclusive) is about how a service person acted.

    ``tokens`` may hold clause breaks (``tokenize_with_breaks``); without them the whole quote
    is one clause. ``cue_positions``: positions of every theme cue, which say nothing about who
    acted ("schnell" next to "freundlich"); ``strong_positions``: those of cues that only
    people earn ("geduldig"), which vouch for a weak cue in their sentence; ``clauses``: the
    quote's ``Clauses`` when the caller checks several cues. Languages without lists are
    always credited.
    """
    lists = _LISTS.get(language)
    if lists is None:
        return True
    cue = cue_positions if cue_positions is not None else set(range(start, end + 1))
    where = clauses if clauses is not None else Clauses(tokens)
    weak = is_weak(tokens, start, end, language)
    lo, hi = where.clause(start, end)
    verdict = _verdict(tokens, lo, hi, cue, lists, weak, True, False)
    if verdict == UNKNOWN:
        s_lo, s_hi = where.sentence(start, end)
        verdict = _verdict(tokens, s_lo, s_hi, cue, lists, weak, False, weak and language == "de")
        if verdict == UNKNOWN:
            if _is_event(tokens, start, end, lo, hi, lists):
                return False  # "Makes 10 straight delays": a flight, unless someone is named
            if not weak or _words_in(tokens, s_lo, s_hi) <= _ELLIPTIC:
                return True
            strong = strong_positions or set()
            return any(s_lo <= i < s_hi and not start <= i <= end for i in strong)
    return verdict == YES


def _is_event(tokens: Sequence[str], start: int, end: int, lo: int, hi: int, lists: _Lists) -> bool:
    """True when the cue names what happens to a trip or a thing ("delays", "works great")
    and its clause (``lo``..``hi``) holds no word of a repair ("funktioniert wieder")."""
    if not any(lists.event(tokens[i]) for i in range(start, end + 1)):
        return False
    return not any(fold(tokens[i]) in lists.repairs for i in range(lo, hi))


def names_person(tokens: Sequence[str], lo: int, hi: int, language: str) -> bool:
    """True when tokens ``lo``..``hi`` (exclusive) name a service person ("Mitarbeiterin",
    "Frau", "the agent"): evidence no sentence-level doubt overrules."""
    lists = _LISTS.get(language)
    return lists is not None and any(lists.kind(tokens[i]) == AGENT for i in range(lo, hi))


def _words_in(tokens: Sequence[str], lo: int, hi: int) -> int:
    """How many of tokens ``lo``..``hi`` (exclusive) are words, not clause breaks."""
    return sum(not _BREAK_KIND[tokens[i]] for i in range(lo, hi))


def _ends_sentence(token: str) -> bool:
    return _BREAK_KIND[token] == 2


def is_weak(tokens: Sequence[str], start: int, end: int, language: str) -> bool:
    """True for a one-word cue that trains and weather earn as readily as people ("schnell")."""
    lists = _LISTS.get(language)
    if lists is None or start != end:
        return False
    return lists.weak(tokens[start])
