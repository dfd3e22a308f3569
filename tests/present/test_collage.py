"""The collage export: a PNG Pillow opens again, a PDF of A4 pages, drawn with bundled fonts."""

from __future__ import annotations

import io
from dataclasses import replace

from PIL import Image, ImageFont

from feedback.present import drawable, font_path
from feedback.present.collage import A4_LANDSCAPE, PNG_WIDTH, collage_pdf, collage_png, wrap
from tests.render.test_cards import CARD

CARDS = tuple(
    replace(
        CARD,
        quote_id=i,
        text=("Grüße aus München – Sie waren großartig! 😊 " * (i % 5 + 1)),
        size=i % 3 + 1,
        tone=("rose", "sun", "mint", "lilac", "sky", "cream")[i % 6],
        tilt=i % 7 - 3,
    )
    for i in range(1, 25)
)


def test_the_fonts_come_from_installed_packages_and_have_german_letters():
    for style in ("serif", "serif-bold", "sans", "sans-bold"):
        path = font_path(style)
        assert path.is_file()
        assert "site-packages" in str(path)
        assert drawable("äöüß ÄÖÜ", style) == "äöüß ÄÖÜ"


def test_emoji_the_font_cannot_draw_are_dropped_without_double_spaces():
    assert drawable("Danke 😊 sehr 🙏🏽\nneu", "serif") == "Danke sehr\nneu"


def test_the_png_reopens_at_full_width_and_grows_with_the_cards():
    few = Image.open(io.BytesIO(collage_png(CARDS[:2], title="Love Wall · Nov", lang="de")))
    many = Image.open(io.BytesIO(collage_png(CARDS[:9], title="Love Wall · Nov", lang="de")))
    assert few.format == many.format == "PNG"
    assert few.width == many.width == PNG_WIDTH
    assert many.height > few.height


def test_the_pdf_has_as_many_a4_pages_as_the_cards_need():
    data = collage_pdf(CARDS, title="Love Wall", lang="en")
    assert data.startswith(b"%PDF-")
    pages = (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page>>") + data.count(b"/Type /Page ")
    )
    assert pages >= 2
    one = collage_pdf(CARDS[:1], title="Love Wall", lang="en")
    assert one.startswith(b"%PDF-")


def test_an_empty_selection_still_gives_a_board():
    image = Image.open(io.BytesIO(collage_png((), title="Love Wall", lang="de")))
    assert image.width == PNG_WIDTH
    assert image.height > 100
    assert collage_pdf((), title="Love Wall", lang="de").startswith(b"%PDF-")


def test_wrapping_keeps_lines_within_the_width_and_splits_overlong_words():
    font = ImageFont.truetype(str(font_path("serif")), 30)
    lines = wrap("Ein Dankeschön " * 10 + "x" * 200 + "\nzweiter Absatz", font, 400)
    assert all(font.getlength(line) <= 400 for line in lines)
    assert lines[-1] == "zweiter Absatz"
    assert "".join(lines).count("x") == 200


def test_a_page_is_a4_landscape():
    assert A4_LANDSCAPE == (1754, 1240)
