"""Type for the collage: the wall's own fonts, colour emoji, and word wrap on a pixel width.

Fonts, best first, all from installed packages (no download at run time):

- Source Serif 4 and Source Sans 3, the wall's fonts, as Streamlit ships them (variable woff2,
  SIL Open Font License); the quote is set at weight 500 as on the wall.
- DejaVu Serif and Sans (:func:`feedback.present.font_path`) for what Source does not cover,
  or for everything when Streamlit's files are not found.
- DejaVu Sans last, for the scripts the serif fonts lack (Hebrew, Arabic). A run of such words
  is drawn in one piece, so Pillow's layout engine (raqm, where installed) joins the Arabic
  letters and sets right-to-left words from right to left.
- Noto Color Emoji (Debian's ``fonts-noto-color-emoji``) for emoji. It is a bitmap font with
  one size (109 px): each emoji is drawn once at that size and scaled. Without it, emoji are
  left out, as before.
"""

from __future__ import annotations

import bisect
import importlib.util
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from feedback.analyze.tokens import EMOJI_RE
from feedback.present import FontStyle, font_path
from feedback.present.breaks import between_letters, places_to_cut

# Streamlit's variable fonts (file stem) and the weight each style is set in.
_SOURCE = {
    "serif": ("SourceSerifVariable-Roman", 500),
    "serif-bold": ("SourceSerifVariable-Roman", 650),
    "sans": ("SourceSansVF-Upright", 400),
    "sans-bold": ("SourceSansVF-Upright", 700),
}
# The sans face of each style: DejaVu Sans has Hebrew and Arabic, DejaVu Serif has neither.
_SCRIPT_STYLE: dict[FontStyle, FontStyle] = {
    "serif": "sans",
    "serif-bold": "sans-bold",
    "sans": "sans",
    "sans-bold": "sans-bold",
}
EMOJI_FONTS = (
    Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"),
    Path("/usr/share/fonts/noto/NotoColorEmoji.ttf"),
)
# Noto Color Emoji's only bitmap size.
_EMOJI_PX = 109
# Emoji sit a little larger than the letters, as in the browser.
_EMOJI_EM = 1.15
# Bidi classes without a direction of their own: spaces, separators, other neutrals.
_NEUTRAL = frozenset({"WS", "CS", "ON", "ES", "ET", "S"})
# Where a line may break: any white space but the no-break space of a placeholder.
_BREAKS = re.compile(r"[^\S\u00a0]+")
_HYPHEN = "-"
# Where a cut quote ends: after a whole word, before the closing mark.
_ELLIPSIS = " …"


@dataclass(frozen=True, slots=True)
class Face:
    """The fonts of one style at one size: the main one, the fallback for missing letters and
    the sans font for scripts that neither serif has."""

    main: ImageFont.FreeTypeFont
    fallback: ImageFont.FreeTypeFont
    size: int
    script: ImageFont.FreeTypeFont | None = None


@cache
def face(style: FontStyle, size: int) -> Face:
    """``style`` at ``size`` px: Source (the wall's font) with DejaVu behind it."""
    size = max(8, size)
    fallback = ImageFont.truetype(str(font_path(style)), size=size)
    script = ImageFont.truetype(str(font_path(_SCRIPT_STYLE[style])), size=size)
    source = _source_file(style)
    if source is None:
        return Face(fallback, fallback, size, script)
    main = ImageFont.truetype(str(source), size=size)
    axes = main.get_variation_axes()
    weight = _SOURCE[style][1]
    # Weight first; the optical size (Source Serif) follows the type size, as browsers do.
    values = [
        float(weight)
        if axis["name"] == b"Weight"
        else min(max(size * 0.75, float(axis["minimum"] or 0)), float(axis["maximum"] or size))
        for axis in axes
    ]
    main.set_variation_by_axes(values)
    return Face(main, fallback, size, script)


def _source_file(style: FontStyle) -> Path | None:
    spec = importlib.util.find_spec("streamlit")  # locates the package without importing it
    if spec is None or spec.origin is None:
        return None
    media = Path(spec.origin).parent / "static" / "static" / "media"
    found = sorted(media.glob(f"{_SOURCE[style][0]}*.woff2"))
    return found[0] if found else None


@cache
def emoji_font_path() -> Path | None:
    return next((path for path in EMOJI_FONTS if path.is_file()), None)


@cache
def _emoji_master(emoji: str) -> Image.Image | None:
    """``emoji`` drawn at the colour font's own size, cropped; None if it has no glyph."""
    path = emoji_font_path()
    if path is None:
        return None
    font = ImageFont.truetype(str(path), size=_EMOJI_PX)
    canvas = Image.new("RGBA", (_EMOJI_PX * 3, _EMOJI_PX * 2), (0, 0, 0, 0))
    ImageDraw.Draw(canvas).text((0, 0), emoji, font=font, embedded_color=True)
    box = canvas.getbbox()
    if box is None:
        return None
    image = canvas.crop(box)
    # A missing glyph is drawn as one "tofu" box, in one colour: real emoji have several.
    colours = image.getcolors(maxcolors=4096)
    return None if colours is not None and len(colours) <= 3 else image


@cache
def emoji_image(emoji: str, size: int) -> Image.Image | None:
    """``emoji`` as a colour image ``size`` px high (None when no colour font draws it)."""
    master = _emoji_master(emoji)
    if master is None:
        return None
    height = max(1, round(size * _EMOJI_EM))
    width = max(1, round(master.width * height / master.height))
    return master.resize((width, height), Image.Resampling.LANCZOS)


def _has_glyph(font: ImageFont.FreeTypeFont, ch: str) -> bool:
    return _covers(font, ch)


@cache
def _covers(font: ImageFont.FreeTypeFont, ch: str) -> bool:
    """True when ``font`` has a glyph for ``ch`` (its drawing differs from a missing glyph's)."""
    if ch.isspace():
        return True
    missing = font.getmask("\U0010fffd")
    mask = font.getmask(ch)
    return mask.size != missing.size or bytes(mask) != bytes(missing)


Run = tuple[str, str]  # (kind, text): kind "main", "fallback", "script" or "emoji"


def runs(text: str, fc: Face) -> list[Run]:
    """``text`` cut into runs that one font draws; what no font has is left out.

    Spaces and punctuation between two words of the script font belong to its run:
    "העזרה, שירות מצוין" is one run, whose words the layout engine orders right to left.
    """
    out: list[Run] = []
    for kind, piece in _pieces(text, fc):
        if kind == "script" and len(out) >= 2 and out[-2][0] == "script" and _between(out[-1], fc):
            piece = out.pop()[1] + piece
        if out and out[-1][0] == kind and kind != "emoji":
            out[-1] = (kind, out[-1][1] + piece)
        else:
            out.append((kind, piece))
    return out


def _is_text(ch: str) -> bool:
    """Letters, marks, digits and punctuation; not symbols: an emoji without the colour font
    stays left out rather than drawn as a black outline."""
    return unicodedata.category(ch)[0] in "LMNP"


def _between(run: Run, fc: Face) -> bool:
    """True for a run of spaces and punctuation (no letters, digits or emoji) the script font
    has: it takes no direction of its own, so it goes with the right-to-left words around it."""
    kind, text = run
    return (
        kind != "emoji"
        and fc.script is not None
        and all(
            unicodedata.bidirectional(ch) in _NEUTRAL and _has_glyph(fc.script, ch) for ch in text
        )
    )


def _font(fc: Face, kind: str) -> ImageFont.FreeTypeFont:
    if kind == "script" and fc.script is not None:
        return fc.script
    return fc.main if kind == "main" else fc.fallback


def _pieces(text: str, fc: Face) -> Iterator[Run]:
    at = 0
    for match in EMOJI_RE.finditer(text):
        yield from _letters(text[at : match.start()], fc)
        emoji = match.group(0)
        if emoji_image(emoji, fc.size) is not None:
            yield ("emoji", emoji)
        else:  # a symbol such as ♥ or ✦ that a text font may have
            yield from _letters(emoji.replace("\ufe0f", ""), fc)
        at = match.end()
    yield from _letters(text[at:], fc)


def _letters(text: str, fc: Face) -> Iterator[Run]:
    for ch in text:
        if _has_glyph(fc.main, ch):
            yield ("main", ch)
        elif _has_glyph(fc.fallback, ch):
            yield ("fallback", ch)
        elif fc.script is not None and _is_text(ch) and _has_glyph(fc.script, ch):
            yield ("script", ch)


def right_to_left(text: str) -> bool:
    """True when the first letter of ``text`` that has a direction is Hebrew or Arabic: the
    paragraph then reads from the right (rules P2 and P3 of the Unicode bidi algorithm)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction == "L":
            return False
        if direction in ("R", "AL"):
            return True
    return False


Placed = tuple[float, str, str]  # (x from the line's left edge, kind, text), as runs are


def layout(text: str, fc: Face, *, rtl: bool = False) -> list[Placed]:
    """Where each run of ``text`` stands on its line, from left to right.

    Left to right, the runs follow each other in reading order. In a right-to-left paragraph
    the first run read stands at the right: a quotation mark that opens the quote is the
    rightmost piece of the first line, the closing one the leftmost of the last, and marks and
    spaces at the ends of a run (such as "…“") read from the right too. A run of Hebrew or
    Arabic words is one piece, ordered inside by the layout engine; Latin words or digits
    keep their own left-to-right order.
    """
    pieces = runs(text, fc)
    if rtl:
        pieces = [part for run in reversed(pieces) for part in _from_the_right(run)]
    placed: list[Placed] = []
    x = 0.0
    for kind, piece in pieces:
        placed.append((x, kind, piece))
        x += _advance(kind, piece, fc)
    return placed


def _from_the_right(run: Run) -> list[Run]:
    """One run of a right-to-left line, cut into its pieces from left to right: the marks and
    spaces at its ends take the paragraph's direction (what ends the run stands at its left),
    its letters and digits in between keep their own order."""
    kind, text = run
    if kind == "emoji":
        return [run]
    start, end = 0, len(text)
    while start < end and unicodedata.bidirectional(text[start]) in _NEUTRAL:
        start += 1
    while end > start and unicodedata.bidirectional(text[end - 1]) in _NEUTRAL:
        end -= 1
    parts = (text[end:][::-1], text[start:end], text[:start][::-1])
    return [(kind, part) for part in parts if part]


def _advance(kind: str, piece: str, fc: Face) -> float:
    if kind == "emoji":
        image = emoji_image(piece, fc.size)
        return (image.width if image else 0) + fc.size * 0.08
    return _font(fc, kind).getlength(piece)


def measure(text: str, fc: Face) -> float:
    """Width of ``text`` in px as :func:`draw_line` sets it."""
    return sum(_advance(kind, piece, fc) for kind, piece in runs(text, fc))


def draw_line(
    canvas: Image.Image,
    xy: tuple[int, int],
    text: str,
    fc: Face,
    fill: str,
    *,
    rtl: bool = False,
) -> None:
    """Draw one line of ``text`` at ``xy`` (top left), emoji in colour; ``rtl``: the line of a
    right-to-left paragraph (see :func:`layout`)."""
    draw_placed(canvas, xy, layout(text, fc, rtl=rtl), fc, fill)


def draw_placed(
    canvas: Image.Image, xy: tuple[int, int], placed: list[Placed], fc: Face, fill: str
) -> None:
    """Draw the pieces of a :func:`layout` with the line's top left at ``xy``."""
    draw = ImageDraw.Draw(canvas)
    ascent = fc.main.getmetrics()[0]
    for offset, kind, piece in placed:
        x, y = xy[0] + offset, xy[1]
        if kind == "emoji":
            image = emoji_image(piece, fc.size)
            if image is not None:
                top = y + ascent - image.height + round(fc.size * 0.12)
                canvas.alpha_composite(image, (round(x), max(0, top)))
            continue
        # All fonts sit on the same baseline.
        draw.text((x, y + ascent), piece, font=_font(fc, kind), fill=fill, anchor="ls")


def wrap(text: str, fc: Face, width: int) -> list[str]:
    """Greedy word wrap of ``text`` to lines at most ``width`` px wide.

    Lines break between words only. A single word longer than a whole line is cut where a
    character starts (never inside an emoji, a flag or a letter with its accents), with a
    hyphen only between two letters: a row of emoji breaks as it does on the wall, without one.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in _BREAKS.split(paragraph.strip(" ")):
            candidate = f"{line} {word}".strip()
            if measure(candidate, fc) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while measure(word, fc) > width:  # a word longer than the line
                cut = _longest_fitting_prefix(word, fc, width)
                lines.append(word[:cut] + (_HYPHEN if between_letters(word, cut) else ""))
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _longest_fitting_prefix(word: str, fc: Face, width: int) -> int:
    """Where to cut ``word``: the longest prefix that ends before a character
    (:func:`feedback.present.breaks.places_to_cut`) and fits ``width`` with a hyphen; the
    first such place when none fits.

    A binary search: a prefix is never narrower than a shorter one. Trying every length from
    the longest down measured a 2,000-letter word thousands of times per line (half a minute
    for one collage)."""
    cuts = places_to_cut(word)
    if not cuts:  # one character (an emoji, a letter with its accents): it cannot be cut
        return len(word)
    fits = bisect.bisect_right(cuts, float(width), key=lambda i: measure(word[:i] + _HYPHEN, fc))
    return cuts[max(0, fits - 1)]


def longest_word(text: str, fc: Face) -> float:
    """Width in px of the widest word of ``text``."""
    words = [w for w in _BREAKS.split(text) if w]
    return max((measure(w, fc) for w in words), default=0.0)


def cut_line(line: str, fc: Face, width: int, closing: str) -> str:
    """The last line of a cut quote: whole words, then "…" and the closing mark, within
    ``width``. A word split by the wrap (ending in a hyphen) goes, as do words that leave no
    room for the ending."""
    words = line.split(" ")
    while len(words) > 1 and (
        words[-1].endswith(_HYPHEN) or measure(" ".join(words) + _ELLIPSIS + closing, fc) > width
    ):
        words.pop()
    return " ".join(words).rstrip(" .,;:–-") + _ELLIPSIS + closing
