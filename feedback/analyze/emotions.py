"""Emotions of a quote, multi-label with evidence: gratitude, relief, joy, admiration, surprise,
frustration and anger (``types.EMOTIONS``).

Cue lexicon (German, English, emoji, emoticons) in ``emotions.tsv``: exact words, prefixes
("erleichter*") and phrases ("stein vom herzen"). A cue right after a negator ("nicht enttäuscht",
"not impressed") does not count. Each hit of weight ``w`` (0..1) raises its emotion's score to
``1 - Π(1 - w)``, so the score is in [0, 1] and grows with repeated evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from feedback.analyze.interned import label_hit
from feedback.analyze.types import EMOTIONS, LabelHit

_NEGATORS = frozenset(
    {
        *("nicht", "nich", "net", "ned", "nit", "kein", "keine", "keinen", "keiner", "keinem"),
        *("nie", "niemals", "ohne", "kaum", "not", "no", "never", "without", "hardly", "nothing"),
        "nichts",
    }
)
_MAX_EVIDENCE = 5
_STRIP = {0xFE0F: None, 0x200D: None} | dict.fromkeys(range(127995, 128000))

Cue = tuple[str, float]
Phrases = list[tuple[tuple[str, ...], str, float]]


class _Cues:
    """Parsed cue lexicon: exact tokens, prefixes and phrases (by first token)."""

    def __init__(self, text: str) -> None:
        self.exact: dict[str, list[Cue]] = {}
        self.prefixes: dict[str, list[Cue]] = {}
        self.phrases: dict[str, Phrases] = {}
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            emotion, weight_text, entries = line.split("\t")
            if emotion not in EMOTIONS:
                raise ValueError(f"emotions.tsv: unknown emotion {emotion!r}")
            weight = float(weight_text)
            for raw in entries.split(", "):
                entry = raw.strip().lower()
                parts = entry.split()
                if len(parts) > 1:
                    self.phrases.setdefault(parts[0], []).append(
                        (tuple(parts[1:]), emotion, weight)
                    )
                elif entry.endswith("*"):
                    self.prefixes.setdefault(entry[:-1], []).append((emotion, weight))
                else:
                    self.exact.setdefault(entry, []).append((emotion, weight))
        self.prefix_lengths = sorted({len(p) for p in self.prefixes}, reverse=True)
        self._cache: dict[str, tuple[Cue, ...]] = {}
        self.by_token = _TokenCues(self)

    def token(self, low: str) -> tuple[Phrases | None, tuple[Cue, ...]]:
        """Phrases starting with a lowercased token and the token's own cues."""
        return self.phrases.get(low), self.word(low)

    def word(self, low: str) -> tuple[Cue, ...]:
        """Cues of one lowercased token (exact, emoji without modifiers, or prefix); memoised."""
        cached = self._cache.get(low)
        if cached is not None:
            return cached
        found = self.exact.get(low) or self.exact.get(low.translate(_STRIP))
        if not found and low.isalpha():
            for length in self.prefix_lengths:
                if length < len(low):
                    found = self.prefixes.get(low[:length])
                    if found:
                        break
        result = tuple(found or ())
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[low] = result
        return result


class _TokenCues(dict[str, "tuple[Phrases | None, tuple[Cue, ...]] | None"]):
    """Token as written -> (phrases starting with it, its own cues), None when it has neither
    (most tokens); filled on first sight, cleared at 100,000 tokens."""

    def __init__(self, cues: _Cues) -> None:
        super().__init__()
        self.cues = cues

    def __missing__(self, token: str) -> tuple[Phrases | None, tuple[Cue, ...]] | None:
        phrases, hits = self.cues.token(token.lower())
        found = (phrases, hits) if phrases is not None or hits else None
        if len(self) > 100_000:
            self.clear()
        self[token] = found
        return found


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    return _Cues(resources.files(__package__).joinpath("emotions.tsv").read_text("utf-8"))


def detect_emotions(tokens: Sequence[str], language: str = "de") -> tuple[LabelHit, ...]:
    """Emotions found in ``tokens`` (``tokenize`` output), strongest first; empty when none.

    ``language`` is accepted for symmetry with the other analysers: the cue lexicon covers German
    and English at once, which also handles mixed-language quotes.
    """
    by_token = _cues().by_token
    entries = [by_token[token] for token in tokens]
    if not any(entries):
        return ()
    low = [t.lower() for t in tokens]
    scores: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    n = len(low)
    i = 0
    while i < n:
        entry = entries[i]
        if entry is None:
            i += 1
            continue
        phrases, hits = entry
        span = 1
        for rest, emotion, weight in phrases or ():
            k = len(rest)
            if tuple(low[i + 1 : i + 1 + k]) == rest:
                hits, span = ((emotion, weight),), k + 1
                break
        if hits and not _negated(low, i):
            surface = tokens[i] if span == 1 else " ".join(tokens[i : i + span])
            for emotion, weight in hits:
                scores[emotion] = 1.0 - (1.0 - scores.get(emotion, 0.0)) * (1.0 - weight)
                texts = evidence.setdefault(emotion, [])
                if len(texts) < _MAX_EVIDENCE and surface not in texts:
                    texts.append(surface)
        i += span
    if not scores:
        return ()
    ranked = sorted(scores, key=lambda e: (-scores[e], _ORDER[e])) if len(scores) > 1 else scores
    return tuple(label_hit(e, round(scores[e], 4), tuple(evidence[e])) for e in ranked)


_ORDER = {emotion: k for k, emotion in enumerate(EMOTIONS)}


def _negated(low: list[str], i: int) -> bool:
    """A negator within the two tokens before position ``i``."""
    return (i >= 1 and low[i - 1] in _NEGATORS) or (i >= 2 and low[i - 2] in _NEGATORS)
