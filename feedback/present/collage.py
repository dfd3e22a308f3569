"""The selection as a printable collage of paper notes: one tall PNG, or a PDF of A4 pages.

Drawn with Pillow in the wall's own fonts, with colour emoji (see :mod:`feedback.present.typeset`).
Cards go into the shortest column (masonry), each slightly tilted like the wall. Lines break
between words; a word too wide for its note first makes the type smaller, and only a word wider
than the note at the smallest size is hyphenated. A note is never taller than a PDF page holds
(on the PNG too): a long letter ends after a whole word with "…" and the closing mark. A Hebrew
or Arabic quote is set flush right, its opening mark at the right.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from feedback.i18n import format_date
from feedback.insights.wall import Card
from feedback.present import BOARD, INK, FontStyle, tone_colours
from feedback.present.typeset import (
    Face,
    Placed,
    cut_line,
    draw_line,
    draw_placed,
    face,
    layout,
    longest_word,
    measure,
    right_to_left,
    wrap,
)
from feedback.render.cards import channel_label, compact, quote_marks, shown_text, who_label

# Why 2400 px: sharp on a 4K screen and for A3 prints at 200 dpi.
PNG_WIDTH = 2400
# A4 landscape at 150 dpi: good print quality at a few hundred kB per page.
A4_LANDSCAPE = (1754, 1240)
_PDF_DPI = 150
_SHADOW_BLUR = 10
# Quote type size (px at 2400 px width) per card size 1..3.
_TEXT_PX = {1: 30, 2: 36, 3: 44}
# A long word shrinks the quote's type down to this share of size 1 before it is hyphenated.
_SMALLEST = 0.85


@dataclass(frozen=True, slots=True)
class _Note:
    image: Image.Image
    card: Card


def collage_png(cards: Sequence[Card], *, title: str, lang: str, width: int = PNG_WIDTH) -> bytes:
    """All ``cards`` on one board, as PNG bytes (height grows with the number of cards)."""
    page = _pages(cards, title=title, lang=lang, size=(width, None))[0]
    out = io.BytesIO()
    page.convert("RGB").save(out, format="PNG", compress_level=1)
    return out.getvalue()


def collage_pdf(cards: Sequence[Card], *, title: str, lang: str) -> bytes:
    """The ``cards`` on as many A4 landscape pages as they need, as PDF bytes."""
    pages = _pages(cards, title=title, lang=lang, size=A4_LANDSCAPE)
    out = io.BytesIO()
    first, *rest = [page.convert("RGB") for page in pages]
    first.save(
        out, format="PDF", save_all=True, append_images=rest, resolution=_PDF_DPI, title=title
    )
    return out.getvalue()


def _pages(
    cards: Sequence[Card], *, title: str, lang: str, size: tuple[int, int | None]
) -> list[Image.Image]:
    width, page_height = size
    scale = width / PNG_WIDTH
    margin, gap = round(90 * scale), round(44 * scale)
    columns = 4 if width >= 1600 else 3
    column_width = (width - 2 * margin - (columns - 1) * gap) // columns
    # A note is never taller than a PDF page holds; the PNG cuts a long letter at the same
    # place, as if it were an A4 landscape page as wide as the board.
    sheet_height = page_height or round(width * A4_LANDSCAPE[1] / A4_LANDSCAPE[0])
    top = margin + round(130 * scale)  # below the title
    # At most what an empty page holds below the title: such a note always has room there.
    max_note = sheet_height - top - margin
    notes = [_note(card, lang, column_width, scale, max_note) for card in cards]
    pages: list[list[tuple[_Note, int, int]]] = [[]]
    heights = [top] * columns
    for note in notes:
        col = min(range(columns), key=heights.__getitem__)
        full = page_height is not None and heights[col] + note.image.height > page_height - margin
        if full and pages[-1]:  # a note cut to the page's height fits on an empty page
            pages.append([])
            heights = [top] * columns
            col = 0
        pages[-1].append((note, margin + col * (column_width + gap), heights[col]))
        heights[col] += note.image.height + gap
    total = page_height or max(max(heights) + margin - gap, top + margin)
    return [_board(placed, width, total, title, scale) for placed in pages]


def _board(
    placed: list[tuple[_Note, int, int]], width: int, height: int, title: str, scale: float
) -> Image.Image:
    board = Image.new("RGBA", (width, height), BOARD)
    draw = ImageDraw.Draw(board)
    step = max(12, round(26 * scale))
    for x in range(step // 2, width, step):  # the board's dotted paper texture
        for y in range(step // 2, height, step):
            draw.point((x, y), fill="#ead8c3")
    draw_line(
        board, (round(90 * scale), round(70 * scale)), title, _face("serif-bold", 64 * scale), INK
    )
    for note, x, y in placed:
        board.alpha_composite(note.image, (x, y))
    return board


@dataclass(frozen=True, slots=True)
class QuoteBlock:
    """The quote of one note as it is set: its lines (cut to fit), type and direction."""

    lines: tuple[str, ...]
    face: Face
    rtl: bool  # a Hebrew or Arabic quote: lines flush right, the opening mark at the right
    line_px: int

    def placed(self, width: int) -> list[list[Placed]]:
        """Each line's pieces, with x from the left of a text area ``width`` px wide."""
        out: list[list[Placed]] = []
        for line in self.lines:
            pieces = layout(line, self.face, rtl=self.rtl)
            shift = width - measure(line, self.face) if self.rtl else 0.0
            out.append([(x + shift, kind, piece) for x, kind, piece in pieces])
        return out


def quote_block(card: Card, lang: str, width: int, scale: float, max_px: int) -> QuoteBlock:
    """``card``'s quote in the language's marks, wrapped to ``width`` px and cut with "…"
    after a whole word (before the closing mark) where it would be taller than ``max_px``."""
    text = compact(shown_text(card.text, lang))
    opening, closing = quote_marks(lang)
    quote = f"{opening}{text}{closing}"
    text_font = _quote_face(quote, card.size, scale, width)
    line_px = round(text_font.size * 1.38)
    lines = wrap(quote, text_font, width)
    fit = max(1, max_px // line_px)
    if len(lines) > fit:
        lines = [*lines[: fit - 1], cut_line(lines[fit - 1], text_font, width, closing)]
    return QuoteBlock(tuple(lines), text_font, right_to_left(text), line_px)


def _note(card: Card, lang: str, width: int, scale: float, max_height: int) -> _Note:
    """One card as an RGBA image at most ``max_height`` px tall: shadow, paper, tape, text,
    footer; tilted like the wall."""
    pad = round(34 * scale)
    who_font = _face("sans-bold", 24 * scale)
    meta_font = _face("sans", 21 * scale)
    footer_px = round(who_font.size * 1.5 + meta_font.size * 1.4)
    border = round(26 * scale)  # room for the shadow: ``max_height`` counts it in
    text_px = max_height - 2 * border - 2 * pad - footer_px - round(20 * scale)
    block = quote_block(card, lang, width - 2 * pad, scale, text_px)
    height = 2 * pad + len(block.lines) * block.line_px + round(20 * scale) + footer_px
    paper, paper2, accent = tone_colours(card.tone)
    canvas = Image.new("RGBA", (width + 2 * border, height + 2 * border), (0, 0, 0, 0))
    shadow = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    ImageDraw.Draw(shadow).rounded_rectangle(
        (border + 4, border + round(14 * scale), border + width - 4, border + height),
        radius=round(16 * scale),
        fill=(110, 55, 20, 90),
    )
    canvas.alpha_composite(shadow.filter(ImageFilter.GaussianBlur(_SHADOW_BLUR * scale)))
    canvas.alpha_composite(
        _paper(paper, paper2, (width, height), round(14 * scale)), (border, border)
    )
    draw = ImageDraw.Draw(canvas)
    tape = (
        border + width // 2 - round(48 * scale),
        border - round(12 * scale),
        border + width // 2 + round(48 * scale),
        border + round(12 * scale),
    )
    draw.rectangle(tape, fill=(255, 255, 255, 150))
    y = border + pad
    for placed in block.placed(width - 2 * pad):
        draw_placed(canvas, (border + pad, y), placed, block.face, INK)
        y += block.line_px
    y += round(20 * scale)
    heart = "♥" if card.named else "✦"
    draw_line(canvas, (border + pad, y), f"{heart} {who_label(card, lang)}", who_font, accent)
    meta = f"{channel_label(card.channel, lang)} · {format_date(card.said_on, lang, 'medium')}"
    draw_line(canvas, (border + pad, y + round(who_font.size * 1.5)), meta, meta_font, "#8a7362")
    tilted = canvas.rotate(-card.tilt * 0.45, resample=Image.Resampling.BICUBIC, expand=False)
    return _Note(tilted, card)


def _paper(top: str, bottom: str, size: tuple[int, int], radius: int) -> Image.Image:
    """A sheet that fades from ``top`` to ``bottom`` colour, with rounded corners."""
    fade = Image.linear_gradient("L").resize(size)
    sheet = Image.composite(Image.new("RGBA", size, bottom), Image.new("RGBA", size, top), fade)
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        (0, 0, size[0] - 1, size[1] - 1), radius=radius, fill=255
    )
    sheet.putalpha(mask)
    return sheet


def _face(style: FontStyle, px: float) -> Face:
    return face(style, round(px))


def _quote_face(quote: str, size: int, scale: float, width: int) -> Face:
    """The quote's type: its card size, smaller (down to :data:`_SMALLEST` of size 1) while its
    widest word does not fit the note."""
    px = round(_TEXT_PX[size] * scale)
    smallest = round(_TEXT_PX[1] * scale * _SMALLEST)
    fc = face("serif", px)
    while px > smallest and longest_word(quote, fc) > width:
        px -= 1
        fc = face("serif", px)
    return fc
