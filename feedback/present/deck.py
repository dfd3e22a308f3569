"""The presentation as a PowerPoint deck (python-pptx): the same slides as the HTML show.

Every text that can be long (a quote, a name, a team) is set at the largest size that fits its
box (:mod:`feedback.present.fit`); a quote too long even at the smallest size is cut on the
slide and kept whole in the slide's notes. The notes say for each slide what the presenter may
want to read out: who was praised, where and when, for what.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from feedback.i18n import format_date, format_days, format_number, t
from feedback.insights.presentation import Deck, Spotlight
from feedback.insights.wall import Card
from feedback.present import INK, tone_colours
from feedback.present.fit import LINE, Fitted, fit
from feedback.present.typeset import right_to_left
from feedback.render.cards import channel_label, quote_marks, quoted, shown_text, who_label
from feedback.render.slides import eyebrow, quote_count

# 16:9 at PowerPoint's default widescreen size.
_WIDTH, _HEIGHT = Inches(13.333), Inches(7.5)
_MARGIN = Inches(0.9)
# A text box's inner margins: left and right, top and bottom.
_INSET_X, _INSET_Y = Inches(0.15), Inches(0.05)
# The quote's type: short praise at 44 pt; why 20 pt at least: read from the back of a room.
_QUOTE_POINTS = (44, 20)
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
    _title_slide(prs, deck, lang, period_label, theme_names)
    if deck.spotlight is not None:
        _spotlight_slide(prs, deck.spotlight, lang, theme_names)
    for card in deck.cards:
        _quote_slide(prs, card, lang, theme_names)
    _closing_slide(prs, deck, lang, period_label)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def _quote_slide(prs: Any, card: Card, lang: str, theme_names: Mapping[str, str]) -> None:
    paper, _paper2, accent = tone_colours(card.tone)
    slide = _slide(prs, paper)
    text = quoted(shown_text(card.text, lang), lang)
    body = _MARGIN, Inches(0.6), _WIDTH - 2 * _MARGIN, Inches(5.2)
    set_as = _fitted(
        slide, body, text, _QUOTE_POINTS, INK, serif=True, closing=quote_marks(lang)[1]
    )
    said = format_date(card.said_on, lang, "long")
    who = f"{who_label(card, lang)}  ·  {channel_label(card.channel, lang)}  ·  {said}"
    footer = _MARGIN, Inches(6.0), _WIDTH - 2 * _MARGIN, Inches(0.9)
    _fitted(slide, footer, who, (20, 12), accent, bold=True)
    notes = [who]
    if card.themes:
        themes = ", ".join(theme_names.get(theme, theme) for theme in card.themes)
        notes.append(t("presentation.notes_themes", lang, themes=themes))
    if set_as.cut:
        notes += ["", t("presentation.notes_cut", lang), text]
    _notes(slide, notes)


def _title_slide(
    prs: Any, deck: Deck, lang: str, period_label: str, theme_names: Mapping[str, str]
) -> None:
    stats = deck.stats
    paper, _paper2, accent = tone_colours("rose")
    slide = _slide(prs, paper)
    full = _WIDTH - 2 * _MARGIN
    above = eyebrow(lang, period_label, deck.team).upper()
    _fitted(slide, (_MARGIN, Inches(0.5), full, Inches(0.7)), above, (16, 11), accent, bold=True)
    _text(
        slide,
        (_MARGIN, Inches(1.2), full, Inches(1.3)),
        t("presentation.headline", lang),
        40,
        INK,
        serif=True,
    )
    first = last = "–"
    if stats.first_day and stats.last_day:  # "Letzte 30 Tage" says which days only today
        first, last = (format_date(day, lang, "long") for day in (stats.first_day, stats.last_day))
        days = format_days(stats.first_day, stats.last_day, lang, "long")
        _text(slide, (_MARGIN, Inches(2.45), full, Inches(0.5)), days, 18, INK)
    count = quote_count(stats.quotes, lang)
    notes = [
        t(
            "presentation.notes_title",
            lang,
            period=period_label,
            count=count,
            first=first,
            last=last,
        )
    ]
    if deck.team:
        notes.append(t("presentation.notes_team", lang, team=deck.team))
    _notes(slide, notes)
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
        sizes = (66, 40) if index == 0 else (24, 14)
        _fitted(
            slide,
            (left, Inches(3.7), column, Inches(2.6)),
            value,
            sizes,
            accent,
            serif=True,
            bold=True,
            anchor=MSO_ANCHOR.TOP,
        )


def _headed_slide(prs: Any, tone: str, heading: str, top: int) -> tuple[Any, str]:
    """A slide of ``tone`` with ``heading`` in small capitals at ``top``; and its accent."""
    paper, _paper2, accent = tone_colours(tone)
    slide = _slide(prs, paper)
    box = (_MARGIN, top, _WIDTH - 2 * _MARGIN, Inches(0.5))
    _text(slide, box, heading.upper(), 16, accent, bold=True)
    return slide, accent


def _spotlight_slide(prs: Any, spot: Spotlight, lang: str, theme_names: Mapping[str, str]) -> None:
    slide, _accent = _headed_slide(prs, "sun", t("presentation.spotlight", lang), Inches(0.6))
    full = _WIDTH - 2 * _MARGIN
    _fitted(slide, (_MARGIN, Inches(1.1), full, Inches(1.0)), spot.team, (40, 20), INK, serif=True)
    themes = " · ".join(theme_names.get(theme, theme) for theme in spot.top_themes)
    count = quote_count(spot.quotes, lang)
    line = f"{count} · {themes}" if themes else count
    _fitted(slide, (_MARGIN, Inches(2.1), full, Inches(0.5)), line, (18, 12), INK)
    gap = Inches(0.3)
    width = Emu((full - 2 * gap) // 3)
    notes = [f"{spot.team} · {count}"]
    for index, card in enumerate(spot.cards):
        left = Emu(_MARGIN + index * (width + gap))
        quote = quoted(shown_text(card.text, lang), lang)
        who = f"— {who_label(card, lang)}"
        fill = tone_colours(card.tone)[1]
        _text(slide, (left, Inches(3.0), width, Inches(3.8)), "", 12, INK, fill=fill)
        _fitted(
            slide,
            (left, Inches(3.0), width, Inches(3.2)),
            quote,
            (18, 12),
            INK,
            serif=True,
            anchor=MSO_ANCHOR.TOP,
            align=PP_ALIGN.LEFT,
            closing=quote_marks(lang)[1],
        )
        _fitted(slide, (left, Inches(6.2), width, Inches(0.6)), who, (16, 10), INK, bold=True)
        notes += ["", quote, who]
    _notes(slide, notes)


def _closing_slide(prs: Any, deck: Deck, lang: str, period_label: str) -> None:
    """Thanks to the team, the period's count and where new praise goes, as in the show."""
    heading = t("presentation.closing_eyebrow", lang)
    slide, accent = _headed_slide(prs, "mint", heading, Inches(1.6))
    full = _WIDTH - 2 * _MARGIN
    headline = t("presentation.closing_headline", lang)
    _text(slide, (_MARGIN, Inches(2.2), full, Inches(1.2)), headline, 44, INK, serif=True)
    summary = f"{eyebrow(lang, period_label, deck.team)} · {quote_count(deck.stats.quotes, lang)}"
    _fitted(slide, (_MARGIN, Inches(3.5), full, Inches(0.7)), summary, (20, 12), INK)
    closing = t("presentation.closing_text", lang)
    _text(slide, (_MARGIN, Inches(4.5), full, Inches(1.2)), closing, 24, accent)


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
    frame.margin_left = frame.margin_right = _INSET_X
    frame.margin_top = frame.margin_bottom = _INSET_Y
    rtl = right_to_left(text)
    for index, line in enumerate(_XML_UNSAFE.sub("", text).split("\n")):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        paragraph.line_spacing = LINE
        if rtl:  # Hebrew or Arabic: the paragraph reads from the right
            paragraph._p.get_or_add_pPr().set("rtl", "1")
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(points)
        run.font.bold = bold
        run.font.color.rgb = _rgb(colour)
        if serif:
            run.font.name = _SERIF


def _fitted(
    slide: Any,
    box: tuple[int, int, int, int],
    text: str,
    sizes: tuple[int, int],
    colour: str,
    *,
    closing: str = "",
    **style: Any,
) -> Fitted:
    """``text`` in ``box`` at the largest of ``sizes`` (largest, smallest) that fits it."""
    _left, _top, width, height = box
    bold = bool(style.get("bold", False))
    largest, smallest = sizes
    set_as = fit(
        text,
        width - 2 * _INSET_X,
        height - 2 * _INSET_Y,
        largest=largest,
        smallest=smallest,
        bold=bold,
        closing=closing,
    )
    _text(slide, box, set_as.text, set_as.points, colour, **style)
    return set_as


def _notes(slide: Any, lines: list[str]) -> None:
    """The presenter's notes of ``slide``."""
    slide.notes_slide.notes_text_frame.text = _XML_UNSAFE.sub("", "\n".join(lines))


def _rgb(hex_colour: str) -> RGBColor:
    red, green, blue = bytes.fromhex(hex_colour.lstrip("#"))
    return RGBColor(red, green, blue)  # type: ignore[no-untyped-call]
