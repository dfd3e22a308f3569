"""Word and emoji clouds from stored term counts, and the quotes behind a chosen word.

Clouds never see quote text: they are drawn from the summed counts of ``quote_terms``
(``feedback.store.read.term_counts``) with a fixed random state, so the same counts always give
the same picture.
"""

from __future__ import annotations

import html
import io
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

import numpy as np
import pandas as pd
from wordcloud import WordCloud

from feedback.store.filters import QuoteFilter
from feedback.store.wall_queries import WallQuote

Scope = Literal["overall", "team", "agent", "theme"]
SCOPES: tuple[Scope, ...] = ("overall", "team", "agent", "theme")

# Why 42: any fixed seed makes a cloud reproducible; 42 is the one every test pins.
RANDOM_STATE = 42
# Why 1600×900: 16:9 fills a wall screen or a slide; drawing it takes about 1.1 s (cache it).
WIDTH, HEIGHT = 1600, 900
# Why 150 words: more than that turns the smallest words into unreadable specks.
MAX_WORDS = 150
LAYOUT_SCALE = 2  # the words are placed on a canvas this many times smaller, then scaled up
# The Love Wall palette: warm reds and a dark plum, all readable on white.
PALETTE = ("#c2185b", "#e53935", "#ad1457", "#6a1b9a", "#d81b60", "#8e244d", "#f4511e")
# Why 3: German endings (-e, -en, -er, -es, -em, -ste) fit; -keit, -heit make a new word.
MAX_ENDING = 3
# Emoji cloud font sizes in px: the rarest emoji stays tappable, the commonest does not swamp.
EMOJI_MIN_PX, EMOJI_MAX_PX = 22, 96


def scoped_filter(
    flt: QuoteFilter, scope: Scope, value: Any, language: str | None = None
) -> QuoteFilter:
    """``flt`` narrowed to one team, agent or theme (``overall`` leaves it as is) and, for a
    cloud of words, to the quotes of one ``language``: a cloud mixing "schnell" and "quick"
    halves every word's count and reads as neither language."""
    scoped = flt
    if scope != "overall" and value is not None:
        if scope == "team":
            scoped = replace(flt, team_ids=(int(value),))
        elif scope == "agent":
            scoped = replace(flt, agent_ids=(int(value),))
        else:
            scoped = replace(flt, themes=(str(value),))
    if language is not None:
        scoped = replace(scoped, languages=(language,))
    return scoped


def frequencies(terms: pd.DataFrame, limit: int = MAX_WORDS) -> dict[str, int]:
    """Surface form -> count for the ``limit`` biggest terms (columns term, surface, count)."""
    if terms.empty:
        return {}
    top = terms.nlargest(limit, "count", keep="first")
    out: dict[str, int] = {}
    for surface, count in zip(top["surface"], top["count"], strict=True):
        out[str(surface)] = out.get(str(surface), 0) + int(count)
    return out


def heart_mask(width: int = WIDTH, height: int = HEIGHT) -> np.ndarray[Any, np.dtype[np.uint8]]:
    """A heart for ``WordCloud(mask=...)``: 0 inside (words go there), 255 outside.

    The heart is the curve (x² + y² − 1)³ − x²·y³ ≤ 0, centred and scaled to fit the height.
    """
    # The curve spans x in [-1.14, 1.14] and y in [-1, 1.25]; 1.1 leaves a 5 % margin each side.
    span = max(2.28 / width, 2.25 / height) * 1.1
    xs = (np.arange(width) - width / 2) * span
    ys = (height / 2 - np.arange(height)) * span + 0.125
    x, y = np.meshgrid(xs, ys)
    inside = (x**2 + y**2 - 1) ** 3 - x**2 * y**3 <= 0
    return np.where(inside, 0, 255).astype(np.uint8)


def _palette_colour(
    word: str,
    font_size: int,
    position: tuple[int, int],
    orientation: Any,
    random_state: Any = None,
    **_: Any,
) -> str:
    # WordCloud passes its own seeded random state, so colours are reproducible as well.
    index = random_state.randint(0, len(PALETTE) - 1) if random_state is not None else 0
    return PALETTE[index]


def render_cloud(
    freqs: Mapping[str, int], *, heart: bool = False, width: int = WIDTH, height: int = HEIGHT
) -> bytes:
    """The cloud as PNG bytes, ``width`` × ``height``, drawn with wordcloud's bundled font (it
    has ä ö ü ß).

    The words are placed on a canvas of half the size and drawn at twice the scale: the same
    picture at full resolution, laid out in a quarter of the time (0.28 s instead of 1.0 s
    for 150 words at 1600 × 900). The PNG is not optimised (0.4 s for 2 % fewer bytes).
    """
    layout_width, layout_height = max(1, width // LAYOUT_SCALE), max(1, height // LAYOUT_SCALE)
    cloud = WordCloud(
        width=layout_width,
        height=layout_height,
        scale=LAYOUT_SCALE,
        background_color="white",
        mask=heart_mask(layout_width, layout_height) if heart else None,
        max_words=MAX_WORDS,
        prefer_horizontal=0.9,
        relative_scaling=0.5,
        color_func=_palette_colour,
        random_state=RANDOM_STATE,
    )
    cloud.generate_from_frequencies(dict(freqs))
    buffer = io.BytesIO()
    image = cloud.to_image()
    if image.size != (width, height):  # an odd size: one pixel lost to the halving
        image = image.resize((width, height))
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def word_pattern(term: str, surface: str) -> re.Pattern[str]:
    """Matches the written form or the lemma as a whole word, allowing an inflection ending.

    "freundlich" finds "freundliche" and "freundlichen" but not "Freundlichkeit" (another word)
    nor "unfreundlich". Words of a bigram may be separated by any whitespace.
    """
    forms = sorted({f for f in (surface.strip(), term.strip()) if f}, key=len, reverse=True)
    parts = [r"\s+".join(re.escape(w) for w in form.split()) for form in forms]
    return re.compile(
        r"(?<!\w)(?:" + "|".join(parts) + rf")\w{{0,{MAX_ENDING}}}(?!\w)", re.IGNORECASE
    )


def quotes_with_term(candidates: pd.DataFrame, term: str, surface: str) -> pd.DataFrame:
    """The candidate quotes whose text contains the word, newest first, each once."""
    if candidates.empty:
        return candidates
    pattern = word_pattern(term, surface)
    unique = candidates.drop_duplicates("id")
    hits = unique[unique["text"].map(lambda text: pattern.search(str(text)) is not None)]
    return hits.sort_values(["said_on", "id"], ascending=False).reset_index(drop=True)


def records_with_term(
    candidates: Sequence[WallQuote], term: str, surface: str
) -> tuple[WallQuote, ...]:
    """As :func:`quotes_with_term`, over typed records (:mod:`feedback.store.wall_queries`)."""
    pattern = word_pattern(term, surface)
    unique = {quote.id: quote for quote in candidates}.values()
    hits = [quote for quote in unique if pattern.search(quote.text) is not None]
    return tuple(sorted(hits, key=lambda quote: (quote.said_on, quote.id), reverse=True))


@dataclass(frozen=True, slots=True)
class EmojiSize:
    emoji: str
    count: int
    px: int


def emoji_sizes(terms: pd.DataFrame, limit: int = 40) -> list[EmojiSize]:
    """The ``limit`` commonest emoji with a font size; area grows with the count (sqrt scale)."""
    if terms.empty:
        return []
    top = terms.nlargest(limit, "count", keep="first")
    counts = [int(c) for c in top["count"]]
    low, high = math.sqrt(min(counts)), math.sqrt(max(counts))
    sizes = []
    for surface, count in zip(top["surface"], counts, strict=True):
        ratio = (math.sqrt(count) - low) / (high - low) if high > low else 1.0
        sizes.append(
            EmojiSize(
                str(surface), count, round(EMOJI_MIN_PX + ratio * (EMOJI_MAX_PX - EMOJI_MIN_PX))
            )
        )
    return sizes


def emoji_cloud_html(sizes: list[EmojiSize], count_label: str) -> str:
    """Escaped HTML for the emoji cloud; biggest in the middle, like a word cloud.

    ``count_label`` is a template with ``{count}`` for the tooltip.
    """
    order = sizes[1::2][::-1] + sizes[0::2]  # big ones in the middle, small ones at the edges
    spans = "".join(
        f'<span title="{html.escape(count_label.format(count=s.count))}" '
        f'style="font-size:{int(s.px)}px;line-height:1.1;padding:0 .15em">'
        f"{html.escape(s.emoji)}</span>"
        for s in order
    )
    return (
        '<div style="display:flex;flex-wrap:wrap;justify-content:center;align-items:center;'
        "gap:.1em;padding:1.5rem;border-radius:1rem;background:#fff5f7;"
        "font-family:'Noto Color Emoji','Apple Color Emoji','Segoe UI Emoji',sans-serif\">"
        f"{spans}</div>"
    )
