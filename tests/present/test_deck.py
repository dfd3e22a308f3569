"""The PPTX export: a real deck that python-pptx opens again, with the same slides as the show."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import ImageFont
from pptx import Presentation

from feedback.present import font_path
from feedback.present.deck import build_pptx
from tests.render.test_cards import CARD
from tests.render.test_slides import _deck


def _texts(slide) -> str:
    return " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_the_deck_reopens_with_title_spotlight_and_quote_slides():
    deck = _deck(text="Größten Dank für Ihre Geduld, Frau Müller hätte das nie geschafft 😊")
    data = build_pptx(
        deck, lang="de", period_label="Letzte 30 Tage", theme_names={"speed": "Schnelligkeit"}
    )

    prs = Presentation(io.BytesIO(data))
    slides = list(prs.slides)
    assert len(slides) == 3 + len(deck.cards)  # title, spotlight, quotes, closing
    assert "1.234" in _texts(slides[0])
    # The days, as on the show's title slide: opened next month, "Letzte 30 Tage" says nothing.
    assert "1. Oktober 2026 – " in _texts(slides[0])
    assert "Schnelligkeit" in _texts(slides[0])
    assert "Telefon" in _texts(slides[0])
    assert "Nord" in _texts(slides[1])
    assert "Größten Dank für Ihre Geduld" in _texts(slides[2])
    assert "Anna" in _texts(slides[2])
    assert "20. November 2026" in _texts(slides[2])
    assert prs.core_properties.title == "Love Wall – Präsentation"


def test_control_characters_and_markup_are_kept_out_of_the_xml_but_shown_as_text():
    deck = replace(
        _deck(), cards=(replace(CARD, text="<b>Danke</b>\x0b\x07 & tschüss"),), spotlight=None
    )
    prs = Presentation(
        io.BytesIO(build_pptx(deck, lang="en", period_label="All time", theme_names={}))
    )
    assert len(prs.slides) == 3
    assert "<b>Danke</b> & tschüss" in _texts(list(prs.slides)[1])


def _overflowing(prs) -> list[str]:
    """Text boxes whose text, wrapped on its own here (greedy, by word, in DejaVu Serif: wider
    than the deck's Georgia), is taller than the box inside its margins."""
    problems = []
    for number, slide in enumerate(prs.slides, 1):
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text:
                continue
            frame = shape.text_frame
            width = (shape.width - frame.margin_left - frame.margin_right) / 12_700
            height = (shape.height - frame.margin_top - frame.margin_bottom) / 12_700
            used = 0.0
            for paragraph in frame.paragraphs:
                size = paragraph.runs[0].font.size.pt if paragraph.runs else 12
                font = ImageFont.truetype(str(font_path("serif")), size=round(size))
                used += _lines(paragraph.text, font, width) * size * 1.2
            if used > height + 0.5:
                problems.append(f"slide {number}: {used:.0f} pt of text in {height:.0f} pt")
    return problems


def _lines(text: str, font, width: float) -> int:
    """Lines of a greedy wrap; a word wider than the line takes as many lines as it spans."""
    lines, line = 1, ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) <= width:
            line = candidate
        elif not line:  # one word wider than the line
            lines += int(font.getlength(word) // width)
            line = word
        else:
            lines, line = lines + 1, word
    return lines


@pytest.mark.parametrize("length", [20, 150, 400, 900, 2000, 5000])
def test_every_text_stays_inside_its_box_however_long_the_quote(length):
    text = ("Vielen Dank für die Geduld am Telefon, ganz wunderbar! " * 100)[:length]
    card = replace(CARD, text=text, who="Maximiliane-Alexandra " * 4)
    deck = replace(
        _deck(text=text, team="Privatkundenbetreuung Nord und Ostsee " * 3),
        cards=(card,),
        team="Technik-Hotline " * 6,
    )
    data = build_pptx(deck, lang="de", period_label="Letzte 30 Tage", theme_names={})
    prs = Presentation(io.BytesIO(data))
    assert _overflowing(prs) == []
    sizes = [
        run.font.size.pt
        for shape in list(prs.slides)[2].shapes
        for p in shape.text_frame.paragraphs
        for run in p.runs
    ]
    assert min(sizes) >= 12  # never too small to read
    notes = list(prs.slides)[2].notes_slide.notes_text_frame.text
    quote = _texts(list(prs.slides)[2])
    if "…" in quote:  # cut on the slide: the notes keep the whole quote
        assert text.strip() in notes
        assert len(text) >= 900
    else:
        assert text.strip()[:20] in quote


def test_short_quotes_are_big_and_long_ones_smaller_but_readable():
    def quote_points(length: int) -> float:
        text = ("Danke für die schnelle und freundliche Hilfe! " * 200)[:length]
        deck = replace(_deck(), cards=(replace(CARD, text=text),), spotlight=None)
        prs = Presentation(
            io.BytesIO(build_pptx(deck, lang="en", period_label="x", theme_names={}))
        )
        return float(list(prs.slides)[1].shapes[0].text_frame.paragraphs[0].runs[0].font.size.pt)

    sizes = [quote_points(n) for n in (20, 150, 300, 600, 2000)]
    assert sizes[0] == 44
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-1] >= 20


def test_the_deck_has_notes_a_closing_slide_and_names_the_team_and_period():
    card = replace(CARD, themes=("speed",))
    deck = replace(_deck(), cards=(card,), team="Technik-Hotline")
    for lang, thanks in (("de", "Danke – und weiter so!"), ("en", "Thank you – keep it up!")):
        prs = Presentation(
            io.BytesIO(build_pptx(deck, lang=lang, period_label="P30", theme_names={"speed": "S"}))
        )
        slides = list(prs.slides)
        assert "TECHNIK-HOTLINE" in _texts(slides[0])
        assert "P30" in _texts(slides[0]).upper() or "P30" in _texts(slides[0])
        title_notes = slides[0].notes_slide.notes_text_frame.text
        assert "P30" in title_notes
        assert "Technik-Hotline" in title_notes
        quote_notes = slides[2].notes_slide.notes_text_frame.text
        assert "Anna" in quote_notes
        assert "S" in quote_notes.split("\n")[1]
        assert thanks in _texts(slides[-1])
        assert "Technik-Hotline" in _texts(slides[-1])


def test_a_right_to_left_quote_reads_from_the_right():
    deck = replace(_deck(), cards=(replace(CARD, text="שירות מצוין, תודה רבה!"),), spotlight=None)
    prs = Presentation(io.BytesIO(build_pptx(deck, lang="en", period_label="x", theme_names={})))
    paragraph = list(prs.slides)[1].shapes[0].text_frame.paragraphs[0]
    assert paragraph._p.pPr.get("rtl") == "1"
