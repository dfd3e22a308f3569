"""Rule lexicons: loading the TSV data files and looking words up with light morphology.

A ``Lexicon`` holds one language's valences (VADER's scale, -4 .. +4) and the closed word lists the
rules need (boosters, negators, contrast words, sarcasm cues). ``Lexicon.lookup`` answers for any
lowercased token: an exact entry first, then derived forms (German only): folded umlauts ("fuer",
"hoflich"), inflection suffixes ("kompetenteste"), elongations ("suuuper"), one-letter typos
("freundich"), intensifying compounds ("superschnell", "Spitzenservice") and "un-" negation
("unfreundlichste"). Derived answers are memoised per lexicon, so a word is analysed once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from feedback.analyze.sentiment.scores import score_valence

Morphology = Literal["de", "en", "none"]

# Why these numbers: VADER's published constants, so German and English scores share one scale.
B_INCR = 0.293
N_SCALAR = -0.74
# "un-" flips a positive adjective, a bit weaker than the plain word ("unfreundlich" < "schlecht").
UN_SCALAR = -0.8
# A compound with an intensifying prefix ("superschnell") is boosted like "sehr schnell".
PREFIX_BOOST = 1.3

_SUFFIXES = (
    "esten", "ester", "estes", "estem", "este", "sten", "ster", "stes", "stem", "ste",
    "eren", "erer", "eres", "erem", "ere", "en", "er", "es", "em", "st", "e", "n", "s", "t",
)  # fmt: skip
_ELONGATION_RE = re.compile(r"(\w)\1{2,}")
_FOLD_A = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_UMLAUT_RE = re.compile("[äöüß]")
_FOLD_AE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Common words that equal a folded lexicon entry ("schon" is not "schön"): never fold-matched.
_NO_FOLD = frozenset({"schon", "wurde", "ware", "hatte", "konnte", "mochte", "musste", "durfte"})
_CACHE_LIMIT = 200_000
# Verb and adjective prefixes of three letters: "ver|störung" is no compound of "störung".
_NO_HEAD_PREFIXES = frozenset({"ver", "ent", "zer", "emp", "bei", "aus", "ein", "auf", "vor"})
_BREAK_CHARS = frozenset(".,;:…–—")
_EMOJI_STRIP = {0xFE0F: None, 0x200D: None} | dict.fromkeys(range(0x1F3FB, 0x1F400))
# Written-out numbers and quantities, for waiting times ("nach zwei Monaten", "die dritte Woche").
NUMBER_WORDS: dict[str, float] = {
    **dict.fromkeys(("ein", "eine", "einen", "einem", "einer", "a", "an", "one", "another"), 1.0),
    **dict.fromkeys(["paar", "etlichen", "mehreren", "vielen", "several", "few"], 3.0),
    "halbe": 0.5, "anderthalb": 1.5, "zwei": 2, "zweite": 2, "two": 2, "drei": 3, "dritte": 3,
    "three": 3, "vier": 4, "vierte": 4, "four": 4, "fünf": 5, "fünfte": 5, "five": 5, "sechs": 6,
    "six": 6, "zehn": 10, "ten": 10, "zwölf": 12, "zwanzig": 20, "twenty": 20, "dreißig": 30,
    "thirty": 30, "vierzig": 40, "forty": 40, "fünfzig": 50, "fifty": 50, "sechzig": 60,
}  # fmt: skip

# Token roles (bit flags) of ``Lexicon.info``; a token with no flag and no valence is skipped.
F_PHRASE, F_NEG, F_POSTONLY, F_CONTRAST, F_CLAUSE_CONTRAST, F_CONCESSIVE = 1, 2, 4, 8, 16, 32
F_REPEAT, F_NUMBER, F_BREAK, F_BOOST, F_NOCH, F_PUNCT = 64, 128, 256, 512, 1024, 2048
TokenInfo = tuple[int, float, str, float]  # flags, valence, matched entry, booster scalar
PLAIN: TokenInfo = (0, 0.0, "", 0.0)  # shared by every token the rules ignore (most of them)
_MISSING = (0.0, "")


def fold(word: str) -> str:
    """Drop umlauts ("höflich" -> "hoflich"); customers type on phones without them."""
    return word.translate(_FOLD_A)


@dataclass(slots=True)
class Lexicon:
    """One language's rule data. Valences in VADER units (-4 .. +4); booster scalars in ±0.293."""

    name: str
    morphology: Morphology
    words: dict[str, float] = field(default_factory=dict)
    stems: dict[str, float] = field(default_factory=dict)
    # first token -> [(following tokens, kind, value)], longest first; kind is one of
    # "w" valence, "b" booster, "n" negator, "c" contrast, "k" concessive, "z" neutral.
    phrases: dict[str, list[tuple[tuple[str, ...], str, float]]] = field(default_factory=dict)
    # (first, second token) -> the phrases starting so, longest first: one lookup per candidate
    pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str, float]]] = field(
        default_factory=dict
    )
    boosters: dict[str, float] = field(default_factory=dict)
    negators: set[str] = field(default_factory=set)
    # negators that also negate the word before them ("Das gefällt mir nicht") / only that ("nein")
    post_negators: set[str] = field(default_factory=set)
    post_only: set[str] = field(default_factory=set)
    contrast: set[str] = field(default_factory=set)
    # contrast only when opening a clause after a comma ("Sehr geduldig, nur leider ...")
    clause_contrast: set[str] = field(default_factory=set)
    problems: set[str] = field(default_factory=set)
    resolutions: set[str] = field(default_factory=set)
    speed: set[str] = field(default_factory=set)

    concessive: dict[str, int] = field(default_factory=dict)
    prefixes: dict[str, float] = field(default_factory=dict)
    heads: set[str] = field(default_factory=set)
    irony: set[str] = field(default_factory=set)
    irony_leads: set[str] = field(default_factory=set)
    repeat_cues: set[str] = field(default_factory=set)
    # waiting-time unit -> tier: 0 minutes (a complaint from 15 on), 1 hours/days, 2 weeks/months
    wait_units: dict[str, int] = field(default_factory=dict)
    repeat_first: set[str] = field(default_factory=set)
    digest: str = ""
    _folded: dict[str, str] = field(default_factory=dict)
    _deletes: dict[str, str] = field(default_factory=dict)
    _cache: dict[str, tuple[float, str]] = field(default_factory=dict)
    token_info: dict[str, TokenInfo] = field(default_factory=dict)

    def add(self, kind: str, value: float, entry: str) -> None:
        """Add one entry of ``kind`` (see lexicon_de.tsv's header); later entries override."""
        parts = tuple(entry.split())
        if kind in "wbnckz" and len(parts) > 1:
            bucket = self.phrases.setdefault(parts[0], [])
            bucket[:] = [p for p in bucket if p[0] != parts[1:]]
            bucket.append((parts[1:], kind, value))
            bucket.sort(key=lambda p: -len(p[0]))
            if kind == "k":
                self.concessive[entry] = int(value)
            return
        if kind == "w":
            self.words[entry] = value
        elif kind == "s":
            self.stems[entry] = value
        elif kind == "b":
            self.boosters[entry] = value
        elif kind == "n":
            self.negators.add(entry)
            if value:
                self.post_negators.add(entry)
        elif kind == "m":
            self.post_only.add(entry)
            self.post_negators.add(entry)
        elif kind == "c":
            (self.clause_contrast if value else self.contrast).add(entry)
        elif kind == "o":
            self.problems.add(entry)
        elif kind == "y":
            self.resolutions.add(entry)
        elif kind == "f":
            self.speed.add(entry)
        elif kind == "k":
            self.concessive[entry] = int(value)
        elif kind == "x":
            self.prefixes[entry] = value
        elif kind == "h":
            self.heads.add(entry)
        elif kind == "i":
            self.irony.add(entry)
        elif kind == "l":
            self.irony_leads.add(entry)
        elif kind == "r":
            self.repeat_cues.add(entry)
        elif kind == "u":
            self.wait_units[entry] = int(value)
        elif kind != "z":
            raise ValueError(f"unknown lexicon kind {kind!r} for {entry!r}")

    def finish(self) -> None:
        """Build the umlaut-folded and typo indexes; call once after the last ``add``."""
        self._cache.clear()
        self.token_info.clear()
        self.repeat_first = {cue.split()[0] for cue in self.repeat_cues}
        self.pairs = {}
        for first, bucket in self.phrases.items():
            for phrase in bucket:
                self.pairs.setdefault((first, phrase[0][0]), []).append(phrase)
        if self.morphology != "de":
            return
        for word in self.words:
            if " " in word:
                continue
            self._folded.setdefault(fold(word), word)
            self._folded.setdefault(word.translate(_FOLD_AE), word)
            # Typo index: every one-letter deletion of a long word. Why >= 7 letters: shorter words
            # collide with real words ("klasse" minus "l" is "kasse", the till).
            folded = fold(word)
            if len(folded) >= 7:
                for i in range(1, len(folded)):  # keep the first letter: "ahnung" is no "mahnung"
                    self._deletes.setdefault(folded[:i] + folded[i + 1 :], word)

    def is_repeat_cue(self, low: list[str], i: int) -> bool:
        """True when a repetition cue ("schon wieder", "zum x-ten Mal") starts at ``low[i]``."""
        for length in (1, 2, 3, 4):
            if i + length <= len(low) and " ".join(low[i : i + length]) in self.repeat_cues:
                return True
        return False

    def info(self, low: str) -> TokenInfo:
        """Role flags, valence, matched entry and booster scalar of a lowercased token; memoised,
        so the scorer's per-token work is one dict lookup for every token seen before."""
        found = self.token_info.get(low)
        if found is None:
            found = self._make_info(low)
            if len(self.token_info) > _CACHE_LIMIT:
                self.token_info.clear()
            self.token_info[low] = found
        return found

    def _make_info(self, low: str) -> TokenInfo:
        first = low[0]
        if first in "!?":
            return F_PUNCT | F_BREAK, 0.0, "", 0.0
        if first in _BREAK_CHARS and low[-1] in _BREAK_CHARS:
            return F_BREAK, 0.0, "", 0.0
        flags = F_PHRASE if low in self.phrases else 0
        if low in self.negators or (self.morphology == "en" and low.endswith(("n't", "n’t"))):
            flags |= F_NEG
        if low in self.post_only:
            flags |= F_POSTONLY
        if low in self.contrast:
            flags |= F_CONTRAST
        if low in self.clause_contrast:
            flags |= F_CLAUSE_CONTRAST
        if low in self.concessive:
            flags |= F_CONCESSIVE
        if low in self.repeat_first:
            flags |= F_REPEAT
        if low.isdecimal() or low in NUMBER_WORDS:
            flags |= F_NUMBER
        if low == "noch":
            flags |= F_NOCH
        boost = self.boosters.get(low)
        if boost is not None:
            flags |= F_BOOST
        if first.isalnum():
            value, key = self.lookup(low)
            if not value and "/" in low:
                value, key = score_valence(low), low
        else:
            stripped = low.translate(_EMOJI_STRIP)
            key = stripped if stripped in self.words else first
            value = self.words.get(key, 0.0)
        if not flags and not value:
            return PLAIN
        return flags, value, key, boost or 0.0

    def lookup(self, word: str) -> tuple[float, str]:
        """Valence and matched entry for a lowercased token; ``(0.0, "")`` when unknown."""
        hit = self.words.get(word)
        if hit is not None:
            return hit, word
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        result = self._derive(word) if self.morphology != "none" else _MISSING
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = result
        return result

    # --- derivation (runs once per distinct unknown token) -----------------------------------

    def _derive(self, word: str) -> tuple[float, str]:
        if word in _NO_FOLD:
            return _MISSING
        squeezed = _ELONGATION_RE.sub(r"\1", word)
        if squeezed != word:
            for candidate in (_ELONGATION_RE.sub(r"\1\1", word), squeezed):
                value, key = self.lookup(candidate)
                if value:
                    # An elongated word is emphasised, like a booster.
                    return value + (B_INCR if value > 0 else -B_INCR), key
            return _MISSING
        if self.morphology != "de" or not word.isalpha():
            return self._hyphenated(word) if "-" in word else _MISSING
        found = self._inflected(word)
        if found is None:
            found = self._compound(word)
        if found is None:
            found = self._typo(word)
        return found if found is not None else _MISSING

    def _plain(self, word: str) -> tuple[float, str] | None:
        """Exact, umlaut-folded or ae-spelled entry, or a stem entry matching a prefix."""
        value = self.words.get(word)
        if value is not None:
            return value, word
        # A word typed with umlauts is spelled properly: "kündig" must not match "kundig".
        key = None if _UMLAUT_RE.search(word) else self._folded.get(word)
        if key is not None:
            return self.words[key], key
        for end in range(len(word), 3, -1):
            stem_value = self.stems.get(word[:end])
            if stem_value is not None:
                return stem_value, word[:end] + "*"
        return None

    def _inflected(self, word: str) -> tuple[float, str] | None:
        found = self._plain(word)
        if found is not None:
            return found
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                found = self._plain(word[: -len(suffix)])
                if found is not None:
                    return found
        return None

    def _compound(self, word: str) -> tuple[float, str] | None:
        # Intensifying or evaluative prefix: "superschnell", "Spitzenservice", "Horrorhotline".
        for end in range(min(len(word) - 3, 11), 2, -1):
            own = self.prefixes.get(word[:end])
            if own is None:
                continue
            rest = word[end:]
            inner = self._inflected(rest)
            if inner is not None and inner[0]:
                return inner[0] * PREFIX_BOOST, word[:end] + "+" + inner[1]
            if own and (rest in self.heads or rest.rstrip("ns") in self.heads):
                return own, word[:end] + "+"
        # "un-" negates a positive adjective: "unfreundlichste", "unkompetent".
        if word.startswith("un") and len(word) >= 6:
            inner = self._inflected(word[2:])
            if inner is not None and inner[0] > 0:
                return inner[0] * UN_SCALAR, "un+" + inner[1]
        # Evaluative head of a compound: "kundenfreundlich", "Hilfsbereitschaft". The longest
        # listed head decides: a neutral one keeps the compound neutral ("hängen|geblieben" is no
        # "lieben"), and "un-" before a praise head flips it ("Zug|un|glück" is an accident).
        # Why a head of >= 4 letters: shorter ones split verbs ("geb|lieben").
        for start in range(4, len(word) - 4):
            value = self.words.get(word[start:])
            if value is None:
                continue
            if not value:
                return None
            if value > 0 and word[start - 2 : start] == "un":
                return value * UN_SCALAR, "+un+" + word[start:]
            return value, "+" + word[start:]
        # A problem noun after a three-letter noun ("Zug|verspätung", "Bus|ausfall"): only
        # complaint heads of >= 6 letters, so that no prefix ("ver", "ent") splits a verb.
        head = word[3:]
        value = self.words.get(head) if len(head) >= 6 else None
        if value is not None and value < 0 and word[:3] not in _NO_HEAD_PREFIXES:
            return value, "+" + head
        return None

    def _typo(self, word: str) -> tuple[float, str] | None:
        if len(word) < 6:
            return None
        folded = fold(word)
        key = self._deletes.get(folded)  # a letter missing: "freundich"
        if key is None:
            for i in range(1, len(folded)):  # a letter too many: "freundllich"
                shorter = folded[:i] + folded[i + 1 :]
                key = self._folded.get(shorter) if len(shorter) >= 6 else None
                if key is not None:
                    break
        return (self.words[key], key + "~") if key is not None else None

    def _hyphenated(self, word: str) -> tuple[float, str]:
        """ "Top-Service", "super-schnell": the joined word, else the strongest part."""
        joined = self.lookup(word.replace("-", ""))
        if joined[0]:
            return joined
        best = _MISSING
        for part in word.split("-"):
            value, key = self.lookup(part) if part else _MISSING
            if abs(value) > abs(best[0]):
                best = (value, key)
        return best
