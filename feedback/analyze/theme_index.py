"""Compiled lookup tables of a taxonomy for one language, and the phrase scanner on top.

Every keyword is a phrase of 1-6 word patterns; each word pattern becomes a *slot*
(phrase id * 8 + position) in one of four tables: exact words (dict), prefixes (dict, looked up
once per distinct prefix length), suffixes and infixes (short lists). Negators, resets, ignore
phrases and the like are phrases too, with a negative "theme" id, so one lookup per token
answers every question. A token's classification is cached; quotes repeat their vocabulary
(Zipf), so after warm-up a token costs one dict lookup. Phrases are tried from their last word
(usually a content word) and only when a Bloom mask says all their other words occur in the
quote, so function words ("nicht", "wie") do not start dozens of doomed attempts.

Typos ("kompetnt", "durchgekommn", "gelost" for gelöst) are caught for long words: a token of
7+ characters that matches nothing is compared with keywords of 7+ characters sharing its
first letter, allowing one edit (insert, delete, substitute, swap), via a delete-variant index.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from feedback.analyze.lemmas import known
from feedback.analyze.taxonomy import CUE_LISTS, LanguageRules, Taxonomy
from feedback.analyze.theme_keywords import WordPattern, fold, parse_keyword

# Rule phrases share the tables with theme cues; a negative "theme index" marks their role.
IGNORE, EXEMPT, NEGATOR, RESET, REQUEST = -1, -2, -3, -4, -5
POLARITY = {"keywords": 1, "complaints": -1, "aspects": 0}
SLOT = 8  # slot id = phrase id * SLOT + word position (phrases have at most 6 words)
_CACHE_LIMIT = 200_000  # distinct tokens per index before its cache is cleared (bounded RAM)
_MIN_REST = 3  # an intensifier/negating prefix is stripped only if 3+ characters remain
_FUZZY_MIN = 7  # shorter words have too many one-edit neighbours ("gereicht" ~ "erreicht")
_DICTIONARIES = ("de", "en")  # simplemma word lists that tell a typo from a real word
_BLOOM_BITS = 1023  # 1024-bit masks: ~60 slots present in a long quote -> ~6 % false passes


class Info(NamedTuple):
    """What one token can be: a one-word cue, the last word of phrases, another phrase word."""

    singles: tuple[tuple[int, bool], ...]  # (phrase, flipped by a negating prefix)
    ends: tuple[tuple[int, bool], ...]  # multi-word phrases this token can close
    cont: frozenset[int]  # slots (phrase * SLOT + position) of the other phrase words
    mask: int  # Bloom bits of ``cont``: a quote's OR rules out most phrases in one AND
    brk: bool  # a !/? run: ends a clause, so it stops negation and request scopes


def _bloom(slots: Iterable[int]) -> int:
    mask = 0
    for slot in slots:
        mask |= 1 << (slot & _BLOOM_BITS)
    return mask


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insert/delete/substitute/adjacent swap."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (
            a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
        )
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


# Tokens a rule phrase marked with a lone "*" may skip between its words: a name of three or four
# words ("eaten at the Ginger House several times"); other rule phrases must be adjacent.
RULE_GAP = 4


class ThemeIndex:
    """Lookup tables of one taxonomy for a set of languages (one, or all for unknown ones)."""

    def __init__(self, taxonomy: Taxonomy, languages: Iterable[str]) -> None:
        langs = tuple(languages)
        self.dictionaries = tuple(lang for lang in langs if lang in _DICTIONARIES)
        self.gap = taxonomy.phrase_gap
        self.window = taxonomy.negation_window
        self.request_window = taxonomy.request_window
        rules = [taxonomy.languages.get(lang, LanguageRules()) for lang in langs]
        self.window_after = max((r.negation_window_after for r in rules), default=0)
        self.noun_barrier = any(r.noun_barrier for r in rules)
        self.intensifiers = tuple(sorted({fold(w) for r in rules for w in r.intensifiers}))
        self.neg_prefixes = tuple(sorted({fold(w) for r in rules for w in r.negating_prefixes}))
        self.theme_ids = taxonomy.ids
        self.kind: list[int] = []  # theme index, or one of the negative rule roles
        self.polarity: list[int] = []
        self.nwords: list[int] = []
        self.gaps: list[int] = []  # rule phrases ("noch schnell") are adjacent unless marked
        self.exact: dict[str, list[int]] = {}
        self.prefix: dict[str, list[int]] = {}
        self.suffix: list[tuple[str, int]] = []
        self.infix: list[tuple[str, int]] = []
        for index, theme in enumerate(taxonomy.themes):
            for key in CUE_LISTS:
                for lang in langs:
                    self._add_all(getattr(theme, key).get(lang, ()), index, POLARITY[key])
        roles = (
            (NEGATOR, "negators"),
            (EXEMPT, "negation_exempt"),
            (RESET, "resets"),
            (IGNORE, "ignore"),
            (REQUEST, "requests"),
        )
        for role, attr in roles:
            for rule in rules:
                self._add_all(getattr(rule, attr), role, 0)
        self.prefix_lengths = tuple(sorted({len(stem) for stem in self.prefix}))
        # Phrases are anchored on their last word: first words are often function words
        # ("nicht", "wie", "alles") and would start many doomed attempts; last words rarely are.
        self.need = [_bloom(range(p * SLOT, p * SLOT + n - 1)) for p, n in enumerate(self.nwords)]
        # Delete-variant index of long theme words for the typo fallback.
        self.fuzzy: dict[str, list[tuple[str, bool]]] = {}
        for table, is_prefix in ((self.exact, False), (self.prefix, True)):
            for word, slots in table.items():
                if len(word) >= _FUZZY_MIN and any(self.is_theme(slot) for slot in slots):
                    for variant in _deletes(word) | {word}:
                        self.fuzzy.setdefault(variant, []).append((word, is_prefix))
        self.fuzzy_prefix_lengths = tuple(
            sorted({len(w) for w in self.prefix if len(w) >= _FUZZY_MIN and w in self.fuzzy})
        )
        # A word one edit away from a keyword is at most one letter longer: longer tokens need
        # no delete variants (a 100,000-letter "word" would otherwise cost seconds).
        self.fuzzy_max = 1 + max(
            (len(w) for group in self.fuzzy.values() for w, _ in group), default=0
        )
        self.cache = _InfoCache(self)

    def _add_all(self, keywords: Iterable[str], kind: int, polarity: int) -> None:
        for keyword in keywords:
            # a rule phrase with a lone "*" may gap too ("eaten * several times")
            gap = self.gap if kind >= 0 else RULE_GAP if "*" in keyword.split() else 0
            self._add(parse_keyword(keyword), kind, polarity, gap)

    def _add(self, words: tuple[WordPattern, ...], kind: int, polarity: int, gap: int) -> None:
        phrase = len(self.kind)
        self.kind.append(kind)
        self.polarity.append(polarity)
        self.nwords.append(len(words))
        self.gaps.append(gap)
        for position, word in enumerate(words):
            slot = phrase * SLOT + position
            if word.kind == "exact":
                self.exact.setdefault(word.stem, []).append(slot)
            elif word.kind == "prefix":
                self.prefix.setdefault(word.stem, []).append(slot)
            else:
                (self.suffix if word.kind == "suffix" else self.infix).append((word.stem, slot))

    def is_theme(self, slot: int) -> bool:
        """True when ``slot`` belongs to a theme cue (not to a negator, ignore phrase ...)."""
        return self.kind[slot // SLOT] >= 0

    def _slots(self, form: str) -> list[tuple[int, bool]]:
        """Slots ``form`` fills; True = flipped by a negating prefix ("un|freundlich")."""
        found = [(slot, False) for slot in self.exact.get(form, ())]
        for length in self.prefix_lengths:
            if length > len(form):
                break
            found.extend((slot, False) for slot in self.prefix.get(form[:length], ()))
        found.extend((slot, False) for stem, slot in self.suffix if form.endswith(stem))
        for stem, slot in self.infix:
            at = form.find(stem)
            if at >= 0:
                found.append((slot, form[:at].rstrip("-") in self.neg_prefixes))
        return found

    def _theme_slots(self, form: str, flip: bool = False) -> list[tuple[int, bool]]:
        return [(slot, f != flip) for slot, f in self._slots(form) if self.is_theme(slot)]

    def _fuzzy_slots(self, form: str) -> list[tuple[int, bool]]:
        """Theme slots of keywords one edit away from ``form`` (same first letter, 7+ chars)."""
        queries = {form} if len(form) <= self.fuzzy_max else set()
        for n in self.fuzzy_prefix_lengths:  # a prefix stem is compared with the token's head
            queries |= {form[: n - 1], form[:n], form[: n + 1]}
        found: list[tuple[int, bool]] = []
        for query in queries:
            for variant in _deletes(query) | {query}:
                for word, is_prefix in self.fuzzy.get(variant, ()):
                    if word[0] != form[0]:
                        continue
                    heads = (form[:n] for n in range(len(word) - 1, len(word) + 2))
                    if any(one_edit(h, word) for h in heads) if is_prefix else one_edit(form, word):
                        table = self.prefix if is_prefix else self.exact
                        found += [(slot, False) for slot in table[word] if self.is_theme(slot)]
        return list(dict.fromkeys(found))

    def _known(self, token: str) -> bool:
        """True when ``token`` is a correctly spelt word of the index's languages: a typo
        fallback for it would turn "writing" into "waiting" and "friends" into "friendly"."""
        lower = token.lower()
        return any(
            known(word, lang)
            for lang in self.dictionaries
            for word in dict.fromkeys((token, lower))
        )

    def classify(self, token: str) -> Info | None:
        """Everything ``token`` can match (None for the many tokens that match nothing)."""
        form = fold(token)
        found = self._slots(form)
        variants: list[str] = []
        if "-" in form:  # "Top-Beratung", "super-freundlich": try the parts and the joined word
            parts = [part for part in form.split("-") if part]
            variants += [*parts, "".join(parts)]
        # The compound rule: "superschnell", "blitzschnelle", "hochkompetent".
        variants += [
            form[len(p) :].lstrip("-")
            for p in self.intensifiers
            if form.startswith(p) and len(form) - len(p) >= _MIN_REST
        ]
        for variant in variants:
            found += self._theme_slots(variant)
        if not any(self.is_theme(slot) for slot, _ in found):
            for prefix in self.neg_prefixes:  # "unhöflich", "impatient", "unzuverlässig"
                if form.startswith(prefix) and len(form) - len(prefix) > _MIN_REST:
                    found += self._theme_slots(form[len(prefix) :], flip=True)
        if not found and len(form) >= _FUZZY_MIN and form.isalpha() and not self._known(token):
            found = self._fuzzy_slots(form)
        brk = bool(form) and not form.strip("!?")
        if not found and not brk:
            return None
        nwords = self.nwords
        lasts = list(
            dict.fromkeys((s // SLOT, f) for s, f in found if s % SLOT == nwords[s // SLOT] - 1)
        )
        singles = tuple(x for x in lasts if nwords[x[0]] == 1)
        ends = tuple(x for x in lasts if nwords[x[0]] > 1)
        cont = frozenset(s for s, _ in found if s % SLOT != nwords[s // SLOT] - 1)
        return Info(singles, ends, cont, _bloom(cont), brk)

    def scan(self, tokens: Sequence[str]) -> tuple[list[Info | None], list[tuple[int, ...]]]:
        """Token infos and every phrase match ``(start, end, phrase, flipped)`` in ``tokens``."""
        infos = [self.cache[token] for token in tokens]
        found: list[tuple[int, ...]] = []
        qmask = -1  # Bloom mask of the quote, built only when a multi-word phrase may close
        need, nwords, gaps = self.need, self.nwords, self.gaps
        for i, info in enumerate(infos):
            if info is None:
                continue
            for phrase, flip in info.singles:
                found.append((i, i, phrase, flip))
            if not info.ends:
                continue
            if qmask < 0:
                qmask = 0
                for other in infos:
                    if other is not None:
                        qmask |= other.mask
            for phrase, flip in info.ends:
                if qmask & need[phrase] != need[phrase]:
                    continue  # another word of the phrase occurs nowhere in the quote
                start, reach, base = i, gaps[phrase] + 2, phrase * SLOT
                for slot in range(base + nwords[phrase] - 2, base - 1, -1):
                    for k in range(start - 1, max(-1, start - reach), -1):
                        prev = infos[k]
                        if prev is not None and slot in prev.cont:
                            start = k
                            break
                    else:
                        start = -1
                        break
                if start >= 0:
                    found.append((start, i, phrase, flip))
        return infos, found


class _InfoCache(dict[str, Info | None]):
    """Token -> ``Info`` (or None); a token is classified on first sight. A token's
    classification is cached; quotes repeat their vocabulary, so after warm-up a token costs
    one dict lookup. Cleared when it holds ``_CACHE_LIMIT`` tokens (bounded RAM)."""

    def __init__(self, index: ThemeIndex) -> None:
        super().__init__()
        self.classify = index.classify

    def __missing__(self, token: str) -> Info | None:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        info = self[token] = self.classify(token)
        return info


_INDEXES: dict[tuple[str, str], ThemeIndex] = {}


def index_for(taxonomy: Taxonomy, language: str) -> ThemeIndex:
    """The compiled index (cached by digest); languages without cues of their own use all."""
    index = _INDEXES.get((taxonomy.digest, language))
    if index is not None:
        return index
    known = {lang for theme in taxonomy.themes for key in CUE_LISTS for lang in getattr(theme, key)}
    lang = language.lower() if language.lower() in known else "*"
    index = _INDEXES.get((taxonomy.digest, lang))
    if index is None:
        if len(_INDEXES) > 32:  # a few taxonomies x languages; more means churn, start afresh
            _INDEXES.clear()
        index = ThemeIndex(taxonomy, sorted(known) if lang == "*" else [lang])
        _INDEXES[(taxonomy.digest, lang)] = index
    _INDEXES[(taxonomy.digest, language)] = index
    return index
