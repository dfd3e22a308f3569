"""Tiny template language for the phrase banks, and a picker that avoids repeats.

A template is a sentence with alternative groups, ``"Sie waren [so|wirklich|] geduldig."``,
expanded once at import time into all its variants, and with ``{slots}`` (``{N}``, ``{X}``,
``{mit}``...) filled per quote with ``str.format_map``. Groups may nest; an empty alternative
makes the group optional.

The picker deals from shuffled decks instead of drawing independently: each pool's templates
form a deck, and each template's variants another. A template comes back only after every other
template of its pool was used, and the same exact sentence only after all its variants were.
Independent draws repeat far sooner (the birthday problem), and a visitor scrolling the wall
notices a sentence seen three cards earlier.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise


def expand(template: str) -> tuple[str, ...]:
    """All variants of ``template``: every combination of its ``[a|b]`` groups, in order.

    Groups may nest (``"mit mir[, obwohl ich [dreimal|oft] nachfragte|]"``). Double spaces left
    by an empty alternative are collapsed and a space before punctuation is removed, so
    ``"Danke[ dir|]!"`` gives ``("Danke dir!", "Danke!")``.
    """
    variants: list[str] = []
    for raw in _expand(template):
        text = re.sub(r" {2,}", " ", raw).strip()
        text = re.sub(r" ([.,!?;:])", r"\1", text)
        if text not in variants:
            variants.append(text)
    return tuple(variants)


def _expand(template: str) -> list[str]:
    """Raw expansion: the first top-level group's alternatives times the rest's expansions."""
    open_at = template.find("[")
    if open_at < 0:
        if "]" in template or "|" in template:
            raise ValueError(f"unbalanced template: {template!r}")
        return [template]
    depth, close_at, splits = 0, -1, []
    for i in range(open_at, len(template)):
        ch = template[i]
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                close_at = i
                break
        elif ch == "|" and depth == 1:
            splits.append(i)
    if close_at < 0:
        raise ValueError(f"unbalanced template: {template!r}")
    bounds = [open_at, *splits, close_at]
    alternatives = [template[a + 1 : b] for a, b in pairwise(bounds)]
    head = template[:open_at]
    tails = _expand(template[close_at + 1 :])
    return [
        head + alt + tail for option in alternatives for alt in _expand(option) for tail in tails
    ]


@dataclass(frozen=True, slots=True)
class Pool:
    """A named list of templates, each with its expanded variants."""

    key: str
    templates: tuple[tuple[str, ...], ...]

    def __len__(self) -> int:
        return len(self.templates)

    def variant_count(self) -> int:
        """How many distinct texts the pool can produce before slots are filled."""
        return sum(len(variants) for variants in self.templates)


def make_pool(key: str, templates: Iterable[str]) -> Pool:
    """Expand ``templates`` into a pool called ``key`` (keys name pools in the picker's memory)."""
    expanded = tuple(expand(t) for t in templates)
    if not expanded:
        raise ValueError(f"pool {key!r} is empty")
    return Pool(key, expanded)


def without(pool: Pool, marker: str) -> Pool:
    """``pool`` restricted to variants that do not contain ``marker`` (e.g. ``"{N}"``).

    Templates left without variants are dropped; if none is left, ``pool`` itself is returned,
    so the result is never empty.
    """
    kept = tuple(
        variants
        for variants in (tuple(v for v in t if marker not in v) for t in pool.templates)
        if variants
    )
    return Pool(f"{pool.key}.without", kept) if kept else pool


class _Deck:
    """A pool's state: its templates dealt in shuffled rounds, and where each template's
    variants are in their cycle.

    A round never starts with the template that ended the previous one. Variants cycle from a
    random starting point: the same template comes back only a whole round later, so a simple
    cycle is as good as a shuffle there, and cheaper.
    """

    __slots__ = ("next_variant", "order", "position")

    def __init__(self, n: int) -> None:
        self.order = list(range(n))
        self.position = n  # empty: the first deal shuffles
        self.next_variant: list[int] = [-1] * n  # -1: not started yet

    def shuffle(self, random_: Callable[[], float]) -> None:
        """Start a new round in a new order."""
        order = self.order
        n = len(order)
        last = order[-1]
        # Fisher-Yates with random(): the same shuffle as random.shuffle in principle,
        # without its per-element bit fiddling, which dominated the generation time.
        for i in range(n - 1, 0, -1):
            j = int(random_() * (i + 1))
            order[i], order[j] = order[j], order[i]
        if order[0] == last and n > 1:  # no repeat across the round boundary
            order[0], order[-1] = order[-1], order[0]
        self.position = 0


class Picker:
    """Deals from pools with one seeded RNG (see the module docstring for why decks)."""

    __slots__ = ("_decks", "_random", "rng")

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._random = rng.random  # bound once: pick() and one() run several times per quote
        self._decks: dict[str, _Deck] = {}

    def pick(self, pool: Pool) -> str:
        """The next template of ``pool``'s deck, in the next variant of that template's cycle."""
        templates = pool.templates
        deck = self._decks.get(pool.key)
        if deck is None:
            deck = self._decks[pool.key] = _Deck(len(templates))
        # _Deck.deal, inlined: this runs about five times per quote.
        if deck.position == len(templates):
            deck.shuffle(self._random)
        index = deck.order[deck.position]
        deck.position += 1
        variants = templates[index]
        count = len(variants)
        if count == 1:
            return variants[0]
        current = deck.next_variant[index]
        if current < 0:
            current = int(self._random() * count)
        deck.next_variant[index] = (current + 1) % count
        return variants[current]

    def chance(self, probability: float) -> bool:
        """True with ``probability``."""
        return self._random() < probability

    def one(self, items: Sequence[str]) -> str:
        """A uniformly chosen item (no repeat avoidance: for small decorative lists)."""
        return items[int(self._random() * len(items))]
