"""The presentation as a PowerPoint deck (python-pptx): the same slides as the HTML show."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from feedback.i18n import format_date, format_number, t
from feedback.insights.presentation import Deck, PeriodStats, Spotlight
from feedback.insights.wall import Card
from feedback.present import INK, tone_colours
from feedback.render.cards import channel_label, quoted, shown_text, who_label

# 16:9 at PowerPoint's default widescreen size.
_WIDTH, _HEIGHT = Inches(13.333), Inches(7.5)
_MARGIN = Inches(0.9)
# Quote length (characters) -> point size, so long quotes still fit the slide.
_POINT_STEPS = ((90, 44), (180, 36), (360, 28), (700, 21))
_SMALLEST_POINTS = 16
_BLANK_LAYOUT = 6
_SERIF = "Georgia"
# XML 1.0 forbids most control characters; python-pptx would refuse them.
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def build_pptx(
    deck: Deck, *, lang: str, period_label: str, theme_names: Mapping[str, str]
) -> bytes:
    """The deck as ``.pptx`` bytes: title slide, spotlight slide (if any), one slide per quote."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = _WIDTH, _HEIGHT
    prs.core_properties.title = t("presentation.title", lang)
    _title_slide(prs, deck.stats, lang, period_label, theme_names)
    if deck.spotlight is not None:
        _spotlight_slide(prs, deck.spotlight, lang, theme_names)
    for card in deck.cards:
        _quote_slide(prs, card, lang)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def quote_points(text: str) -> int:
    """Point size for a quote of this length."""
    return next((pts for limit, pts in _POINT_STEPS if len(text) <= limit), _SMALLEST_POINTS)


def _quote_slide(prs: Any, card: Card, lang: str) -> None:
    paper, _paper2, accent = tone_colours(card.tone)
    slide = _slide(prs, paper)
    body = _MARGIN, Inches(0.8), _WIDTH - 2 * _MARGIN, Inches(4.9)
    text = shown_text(card.text, lang)
    _text(slide, body, quoted(text, lang), quote_points(text), INK, serif=True)
    said = format_date(card.said_on, lang, "long")
    footer = f"{who_label(card, lang)}  ·  {channel_label(card.channel, lang)}  ·  {said}"
    _text(
        slide,
        (_MARGIN, Inches(5.95), _WIDTH - 2 * _MARGIN, Inches(0.8)),
        footer,
        20,
        accent,
        bold=True,
    )


def _title_slide(
    prs: Any, stats: PeriodStats, lang: str, period_label: str, theme_names: Mapping[str, str]
) -> None:
    paper, _paper2, accent = tone_colours("rose")
    slide = _slide(prs, paper)
    full = _WIDTH - 2 * _MARGIN
    eyebrow = f"{t('presentation.eyebrow', lang)} · {period_label}".upper()
    _text(slide, (_MARGIN, Inches(0.7), full, Inches(0.5)), eyebrow, 16, accent, bold=True)
    _text(
        slide,
        (_MARGIN, Inches(1.2), full, Inches(1.3)),
        t("presentation.headline", lang),
        40,
        INK,
        serif=True,
    )
    if stats.first_day and stats.last_day:  # "Letzte 30 Tage" says which days only today
        first, last = (format_date(day, lang, "long") for day in (stats.first_day, stats.last_day))
        _text(slide, (_MARGIN, Inches(2.45), full, Inches(0.5)), f"{first} – {last}", 18, INK)
    column = full // 3
    facts = [
        (t("presentation.quotes_label", lang), format_number(stats.quotes, lang)),
        (
            t("presentation.top_themes", lang),
            "\n".join(theme_names.get(theme, theme) for theme, _n in stats.top_themes) or "–",
        ),
        (
            t("presentation.top_channel", lang),
            channel_label(stats.top_channel, lang) if stats.top_channel else "–",
        ),
    ]
    for index, (label, value) in enumerate(facts):
        left = Emu(_MARGIN + index * column)
        _text(slide, (left, Inches(3.2), column, Inches(0.5)), label.upper(), 14, INK)
        points = 66 if index == 0 else 24
        _text(
            slide,
            (left, Inches(3.7), column, Inches(2.6)),
            value,
            points,
            accent,
            serif=True,
            bold=True,
            anchor=MSO_ANCHOR.TOP,
        )


def _spotlight_slide(prs: Any, spot: Spotlight, lang: str, theme_names: Mapping[str, str]) -> None:
    paper, _paper2, accent = tone_colours("sun")
    slide = _slide(prs, paper)
    full = _WIDTH - 2 * _MARGIN
    _text(
        slide,
        (_MARGIN, Inches(0.6), full, Inches(0.5)),
        t("presentation.spotlight", lang).upper(),
        16,
        accent,
        bold=True,
    )
    _text(slide, (_MARGIN, Inches(1.1), full, Inches(1.0)), spot.team, 40, INK, serif=True)
    themes = " · ".join(theme_names.get(theme, theme) for theme in spot.top_themes)
    count = t("presentation.quote_count", lang, count=format_number(spot.quotes, lang))
    _text(
        slide,
        (_MARGIN, Inches(2.1), full, Inches(0.5)),
        f"{count} · {themes}" if themes else count,
        18,
        INK,
    )
    gap = Inches(0.3)
    width = Emu((full - 2 * gap) // 3)
    for index, card in enumerate(spot.cards):
        left = Emu(_MARGIN + index * (width + gap))
        note = f"{quoted(shown_text(card.text, lang), lang)}\n— {who_label(card, lang)}"
        box = (left, Inches(3.0), width, Inches(3.8))
        _text(
            slide,
            box,
            note,
            15 if len(card.text) < 240 else 12,
            INK,
            serif=True,
            fill=tone_colours(card.tone)[1],
            anchor=MSO_ANCHOR.TOP,
            align=PP_ALIGN.LEFT,
        )


def _slide(prs: Any, background: str) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts[_BLANK_LAYOUT])
    fill = slide.background.fill
    fill.solid()
    fill.fore_color.rgb = _rgb(background)
    return slide


def _text(
    slide: Any,
    box: tuple[int, int, int, int],
    text: str,
    points: int,
    colour: str,
    *,
    serif: bool = False,
    bold: bool = False,
    fill: str | None = None,
    anchor: MSO_ANCHOR = MSO_ANCHOR.MIDDLE,
    align: PP_ALIGN = PP_ALIGN.CENTER,
) -> None:
    shape = slide.shapes.add_textbox(*box)
    if fill is not None:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(fill)
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, Inches(0.15))
    for index, line in enumerate(_XML_UNSAFE.sub("", text).split("\n")):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(points)
        run.font.bold = bold
        run.font.color.rgb = _rgb(colour)
        if serif:
            run.font.name = _SERIF


def _rgb(hex_colour: str) -> RGBColor:
    red, green, blue = bytes.fromhex(hex_colour.lstrip("#"))
    return RGBColor(red, green, blue)  # type: ignore[no-untyped-call]
