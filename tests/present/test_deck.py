"""The PPTX export: a real deck that python-pptx opens again, with the same slides as the show."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pptx import Presentation

from feedback.present.deck import build_pptx, quote_points
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
    assert len(slides) == 2 + len(deck.cards)
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
    assert len(prs.slides) == 2
    assert "<b>Danke</b> & tschüss" in _texts(list(prs.slides)[1])


@pytest.mark.parametrize(
    ("length", "points"), [(20, 44), (150, 36), (300, 28), (600, 21), (2000, 16)]
)
def test_long_quotes_get_smaller_type(length, points):
    assert quote_points("x" * length) == points
