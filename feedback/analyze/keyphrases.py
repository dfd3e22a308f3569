"""Phrase discovery: recurring 2-3-word phrases of a period that no theme covers yet.

A team lead reads the list to spot a new theme ("Rückruf am Abend", "Router getauscht") and
adds it to the taxonomy (``load_taxonomy(extra)``). Phrases are runs of 2-3 adjacent words that
start and end with a content word (stopwords may sit inside: "took the time"), grouped by
lemmas ("schnelle Antwort" ~ "schnellen Antworten"), counted once per quote, and dropped when
any of their tokens belongs to a theme cue of the taxonomy. A two-word phrase is dropped when a
three-word phrase containing it is just as frequent (it adds nothing).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from feedback.analyze.taxonomy import Taxonomy, load_taxonomy
from feedback.analyze.themes import covered_positions
from feedback.analyze.tokens import tokenize
from feedback.analyze.words import classify_token

_MAX_EXAMPLES = 3
_MAX_EXAMPLE_CHARS = 300  # examples are shown in a table; the full quote is one click away


@dataclass(frozen=True, slots=True)
class Keyphrase:
    """A recurring uncovered phrase: ``count`` = number of quotes containing it (>= 1)."""

    phrase: str  # most frequent written form, e.g. "Rückruf am Abend"
    lemma: str  # grouping key, lemmas joined by spaces
    count: int
    examples: tuple[str, ...]  # up to 3 quotes containing it, first seen first
    language: str  # the language most of those quotes are in


def _units(tokens: Sequence[str], language: str) -> list[tuple[str, str] | None]:
    """Per token ("word"|"stop", lemma) or None (emoji, number, placeholder, punctuation)."""
    units: list[tuple[str, str] | None] = []
    for token in tokens:
        info = classify_token(token, language)
        if info.kind == "word":
            units.append(("word", info.key))
        elif info.kind is None and token[:1].isalpha() and len(token) > 1:
            units.append(("stop", info.lower))
        else:
            units.append(None)
    return units


def _phrases(tokens: Sequence[str], language: str, taxonomy: Taxonomy) -> dict[str, str]:
    """Lemma key -> surface of every candidate phrase in one quote."""
    units = _units(tokens, language)
    covered = covered_positions(tokens, language, taxonomy)
    found: dict[str, str] = {}
    for start, first in enumerate(units):
        if first is None or first[0] != "word" or start in covered:
            continue
        for size in (2, 3):
            window = units[start : start + size]
            positions = range(start, start + size)
            if len(window) < size or any(u is None for u in window) or covered & set(positions):
                break
            last = window[-1]
            if last is None or last[0] != "word":
                continue
            lemmas = [u[1] for u in window if u is not None]
            if len(set(lemmas)) == 1:
                continue  # "super super"
            found.setdefault(" ".join(lemmas), " ".join(tokens[start : start + size]))
    return found


def discover_phrases(
    texts: Sequence[str],
    languages: Sequence[str],
    taxonomy: Taxonomy | None = None,
    *,
    top_n: int = 20,
    min_count: int = 3,
) -> list[Keyphrase]:
    """The ``top_n`` most frequent uncovered phrases occurring in >= ``min_count`` quotes.

    ``languages[i]`` is the language of ``texts[i]`` ("de", "en"; others use both word lists).
    Sorted by count, then longer phrase first, then alphabetically.
    """
    if len(texts) != len(languages):
        raise ValueError(f"{len(texts)} texts but {len(languages)} languages")
    taxonomy = taxonomy or load_taxonomy()
    counts: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = {}
    langs: dict[str, Counter[str]] = {}
    examples: dict[str, list[str]] = {}
    for text, language in zip(texts, languages, strict=True):
        for key, surface in _phrases(tokenize(text), language, taxonomy).items():
            counts[key] += 1
            surfaces.setdefault(key, Counter())[surface] += 1
            langs.setdefault(key, Counter())[language] += 1
            shown = examples.setdefault(key, [])
            if len(shown) < _MAX_EXAMPLES and text not in shown:
                shown.append(text)
    frequent = {key: n for key, n in counts.items() if n >= min_count}
    longer = [key for key in frequent if key.count(" ") == 2]
    for key in longer:  # "schnelle hilfe" adds nothing next to an equally frequent
        head, tail = key.rsplit(" ", 1)[0], key.split(" ", 1)[1]  # "sehr schnelle hilfe"
        for part in (head, tail):
            if frequent.get(part) == frequent[key]:
                del frequent[part]
    ranked = sorted(frequent, key=lambda key: (-frequent[key], -key.count(" "), key))
    return [
        Keyphrase(
            phrase=surfaces[key].most_common(1)[0][0],
            lemma=key,
            count=frequent[key],
            examples=tuple(text[:_MAX_EXAMPLE_CHARS] for text in examples[key]),
            language=langs[key].most_common(1)[0][0],
        )
        for key in ranked[:top_n]
    ]
