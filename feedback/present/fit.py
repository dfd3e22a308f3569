"""Text that stays inside its box on a PowerPoint slide, which python-pptx cannot lay out.

The deck names Georgia (every Windows and Mac has it). Its lines are measured here in DejaVu
Serif, which sets the same text wider: a text that fits in DejaVu fits in Georgia, and in the
wide fallbacks LibreOffice uses where Georgia is missing. A type size in points is measured as
the same number of pixels (72 dpi), and a line takes :data:`LINE` times its size, as
PowerPoint's single spacing does for these fonts. A text that does not fit at the smallest size
ends after a whole word with "…" and its closing mark; the slide's notes keep all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PIL import ImageFont

from feedback.present import font_path
from feedback.present.typeset import Face, cut_line, wrap

# Line height per point of type (the deck sets the spacing to this too).
LINE = 1.2
_EMU_PER_POINT = 12_700


@dataclass(frozen=True, slots=True)
class Fitted:
    """A text at the largest size that fits: its size, the text as set, whether it was cut."""

    points: int
    text: str
    lines: int
    cut: bool


@cache
def _face(points: int, bold: bool) -> Face:
    serif = ImageFont.truetype(str(font_path("serif-bold" if bold else "serif")), size=points)
    sans = ImageFont.truetype(str(font_path("sans-bold" if bold else "sans")), size=points)
    return Face(serif, serif, points, sans)


def points(emu: int) -> int:
    return int(emu // _EMU_PER_POINT)


def fit(
    text: str,
    width_emu: int,
    height_emu: int,
    *,
    largest: int,
    smallest: int,
    bold: bool = False,
    closing: str = "",
) -> Fitted:
    """``text`` at the largest size from ``largest`` down to ``smallest`` whose lines fit a text
    area of ``width_emu`` by ``height_emu`` (inside the box's margins); else at ``smallest``,
    cut after the lines that fit, ending in "…" and ``closing`` (the quote's closing mark)."""
    width, height = points(width_emu), points(height_emu)

    def lines_at(size: int) -> list[str]:
        return wrap(text, _face(size, bold), width)

    def fits(size: int) -> bool:
        return len(lines_at(size)) * size * LINE <= height

    if fits(largest):
        return Fitted(largest, text, len(lines_at(largest)), cut=False)
    low, high = smallest, largest  # fits(high) is False
    if fits(low):
        while high - low > 1:
            middle = (low + high) // 2
            if fits(middle):
                low = middle
            else:
                high = middle
        return Fitted(low, text, len(lines_at(low)), cut=False)
    room = max(1, int(height // (smallest * LINE)))
    face = _face(smallest, bold)
    # The lines that fit, kept by paragraph: PowerPoint wraps them again (in narrower Georgia).
    paragraphs: list[list[str]] = []
    left = room
    for paragraph in text.split("\n"):
        lines = wrap(paragraph, face, width)[:left]
        paragraphs.append(lines)
        left -= len(lines)
        if left <= 0:
            break
    paragraphs[-1][-1] = cut_line(paragraphs[-1][-1], face, width, closing)
    kept = "\n".join(" ".join(lines) for lines in paragraphs)
    return Fitted(smallest, kept, room, cut=True)
