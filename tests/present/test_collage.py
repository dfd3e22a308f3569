"""The collage export: a PNG Pillow opens again, a PDF of A4 pages, in the wall's fonts, with
colour emoji and word-boundary wrapping."""

from __future__ import annotations

import io
import itertools
import time
import unicodedata
from dataclasses import replace

import pytest
from PIL import Image, ImageDraw

from feedback.analyze.tokens import EMOJI_RE
from feedback.domain import MAX_QUOTE_CHARS
from feedback.present import drawable, font_path
from feedback.present.collage import (
    A4_LANDSCAPE,
    PNG_WIDTH,
    collage_pdf,
    collage_png,
    quote_block,
)
from feedback.present.typeset import (
    draw_line,
    emoji_font_path,
    emoji_image,
    face,
    layout,
    measure,
    right_to_left,
    runs,
    wrap,
)
from feedback.render.cards import quote_marks
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


def test_wrapping_keeps_lines_within_the_width_and_hyphenates_only_overlong_words():
    fc = face("serif", 30)
    lines = wrap("Ein Dankeschön " * 10 + "x" * 200 + "\nzweiter Absatz", fc, 400)
    assert all(measure(line, fc) <= 400 for line in lines)
    assert lines[-1] == "zweiter Absatz"
    assert "".join(lines).count("x") == 200
    assert lines[-2].endswith("x")
    assert lines[-3].endswith("x-")


def test_an_overlong_row_of_emoji_breaks_between_emoji_without_hyphens():
    """Browser walk: the PNG broke a quote of 30 emoji with a hyphen at each line's end, and
    cut by code point, which could part a skin tone, a family or a flag from its emoji."""
    fc = face("serif", 44)
    row = "😀🎉❤️👍🏽🙏🌟💯🔥😍🥰👏🎊✨💖😊🤗🌈🍀☀️🌻🦄🐱🐶🍕🎁🏆⭐💐🙌😇👨‍👩‍👧‍👦🇩🇪🏳️‍🌈"
    lines = wrap(row, fc, 300)
    assert len(lines) > 1
    assert "".join(lines) == row
    assert all(measure(line, fc) <= 300 for line in lines)
    whole = set(EMOJI_RE.findall(row))
    assert {e for line in lines for e in EMOJI_RE.findall(line)} == whole


def test_an_overlong_word_is_cut_between_letters_with_their_accents():
    fc = face("serif", 44)
    zalgo = "Z\u0334\u0321a\u0337\u0300l\u0336g\u0338o\u0335" * 6
    lines = wrap(zalgo, fc, 150)
    assert len(lines) > 1
    assert "".join(line.removesuffix("-") for line in lines) == zalgo
    # no line starts with a mark that belongs to the letter before it
    assert all(not unicodedata.category(line[0]).startswith("M") for line in lines)
    digits = wrap("1234567890" * 8, fc, 300)
    assert len(digits) > 1
    assert not any(line.endswith("-") for line in digits)


def test_lines_break_between_words_never_inside_one():
    fc = face("serif", 44)
    text = "Vielen Dank für das wunderbare Weihnachtsgeschenk! Sie sind großartig"
    lines = wrap(text, fc, 470)
    assert " ".join(lines) == text, "every line ends at a word boundary"
    assert "Weihnachtsgeschenk!" in lines


def test_the_quote_is_set_in_the_walls_serif():
    assert str(face("serif", 40).main.getname()[0]).startswith("Source Serif")
    assert str(face("sans-bold", 24).main.getname()[0]).replace(" ", "").startswith("SourceSans")


@pytest.mark.skipif(emoji_font_path() is None, reason="fonts-noto-color-emoji is not installed")
def test_emoji_are_drawn_in_colour():
    fc = face("serif", 40)
    assert ("emoji", "😊") in runs("Danke 😊 sehr", fc)
    image = emoji_image("🙏🏽", 40)
    assert image is not None
    assert image.height == 46
    colours = image.convert("RGB").getcolors(maxcolors=100_000)
    assert colours is not None
    assert len(colours) > 20, "a colour picture, not a one-colour box"
    # On the collage too: a card with only an emoji quote has colour pixels beyond the paper.
    png = collage_png((replace(CARD, text="🎁🎄", tone="cream"),), title="x", lang="de")
    board = Image.open(io.BytesIO(png)).convert("RGB").getcolors(maxcolors=10_000_000)
    assert board is not None
    reds = [rgb for _n, rgb in board if isinstance(rgb, tuple) and rgb[0] > 150 and rgb[1] < 90]
    assert any(rgb[2] < 90 for rgb in reds), "the red of 🎁"


def test_without_the_colour_font_emoji_are_left_out(monkeypatch: pytest.MonkeyPatch):
    from feedback.present import typeset

    monkeypatch.setattr(typeset, "EMOJI_FONTS", ())
    typeset.emoji_font_path.cache_clear()
    typeset._emoji_master.cache_clear()
    typeset.emoji_image.cache_clear()
    try:
        fc = face("serif", 31)
        assert [kind for kind, _ in runs("Danke 😊", fc)] == ["main"]
        assert collage_png((replace(CARD, text="Danke 😊"),), title="x", lang="de")
    finally:
        typeset.emoji_font_path.cache_clear()
        typeset._emoji_master.cache_clear()
        typeset.emoji_image.cache_clear()


def test_a_page_is_a4_landscape():
    assert A4_LANDSCAPE == (1754, 1240)


HEBREW = "תודה רבה על העזרה המהירה והאדיבה, שירות מצוין"
ARABIC = "شكرا جزيلا على المساعدة السريعة، الموظف كان لطيفا جدا"


@pytest.mark.parametrize("text", [HEBREW, ARABIC], ids=["hebrew", "arabic"])
def test_hebrew_and_arabic_quotes_are_drawn_not_left_out(text: str):
    # Neither serif has these letters; the collage drew such a card as an empty „ “.
    fc = face("serif", 40)
    assert runs(f"„{text}“", fc) == [("main", "„"), ("script", text), ("main", "“")]
    assert "".join(piece for _kind, piece in runs(f"Danke! {text}", fc)) == f"Danke! {text}"


@pytest.mark.parametrize("text", [HEBREW, ARABIC], ids=["hebrew", "arabic"])
def test_a_right_to_left_line_is_drawn_as_the_layout_engine_sets_it(text: str):
    # One run, so its words read right to left and Arabic letters join: the same pixels as the
    # whole line drawn by Pillow in the script font (word by word, the order would be reversed).
    fc = face("serif", 40)
    assert fc.script is not None
    width = round(measure(text, fc)) + 20
    ours = Image.new("RGB", (width, 80), "white")
    draw_line(ours, (10, 10), text, fc, "black")
    whole = Image.new("RGB", (width, 80), "white")
    ascent = fc.main.getmetrics()[0]
    ImageDraw.Draw(whole).text((10, 10 + ascent), text, font=fc.script, fill="black", anchor="ls")
    assert ours.tobytes() == whole.tobytes()
    assert ours.getbbox() is not None


def test_a_card_with_a_hebrew_quote_has_ink_on_it():
    blank = Image.open(io.BytesIO(collage_png((replace(CARD, text="x"),), title="", lang="de")))
    png = collage_png((replace(CARD, text=HEBREW),), title="", lang="de")
    drawn = Image.open(io.BytesIO(png))
    assert _dark_pixels(drawn) > 5 * _dark_pixels(blank)


def _dark_pixels(image: Image.Image) -> int:
    return image.convert("L").point(lambda value: 255 if value < 100 else 0).tobytes().count(255)


LETTER = ("Vielen Dank für die wirklich geduldige Beratung am Telefon, " * 40)[:2000]


def _height(text: str, size: int = 3) -> int:
    png = collage_png((replace(CARD, text=text, size=size),), title="x", lang="de")
    return Image.open(io.BytesIO(png)).height


def test_a_long_letter_is_cut_on_the_png_as_on_a_pdf_page():
    # A 2,000-character quote made its note 6,000 px tall, the whole board; the PDF cut it.
    a4_as_wide = PNG_WIDTH * A4_LANDSCAPE[1] // A4_LANDSCAPE[0]
    assert _height(LETTER) == _height(LETTER * 2) < a4_as_wide + 100
    assert _height("Danke!") < _height(LETTER)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_cut_quote_ends_after_a_whole_word_with_an_ellipsis_and_the_closing_mark(lang):
    width, max_px = 470, 600
    block = quote_block(replace(CARD, text=LETTER, size=3), lang, width, 1.0, max_px)
    closing = quote_marks(lang)[1]
    assert len(block.lines) * block.line_px <= max_px
    assert all(measure(line, block.face) <= width for line in block.lines), "the … fits too"
    body = " ".join(block.lines)
    assert body.endswith(" …" + closing)
    said = body[1 : -len(" …" + closing)]  # without the opening mark and the ending
    assert LETTER.startswith(said)
    assert LETTER[len(said)] in " ,.", "cut between words, not inside one"
    short = quote_block(replace(CARD, text="Danke!", size=3), lang, width, 1.0, max_px)
    assert short.lines == (f"{quote_marks(lang)[0]}Danke!{closing}",)


def test_hebrew_and_arabic_read_from_the_right_mixed_starts_decide():
    assert right_to_left(HEBREW)
    assert right_to_left(ARABIC)
    assert right_to_left("„" + HEBREW)  # marks have no direction of their own
    assert right_to_left("5 " + HEBREW)
    assert not right_to_left("Danke! " + HEBREW)
    assert not right_to_left("😊")


def _ends(placed) -> tuple[float, float]:
    return placed[0][0], placed[-1][0]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("text", [HEBREW, ARABIC], ids=["hebrew", "arabic"])
def test_on_a_right_to_left_card_the_opening_mark_stands_at_the_right(text: str, lang: str):
    # The German „ “ stood where a left-to-right line has them: „ at the left of the first
    # word read (which is at the right), “ at the right of the last.
    width = 470
    opening, closing = quote_marks(lang)
    block = quote_block(replace(CARD, text=f"{text} {text} {text}", size=2), lang, width, 1.0, 900)
    assert block.rtl
    lines = block.placed(width)
    assert len(lines) >= 2
    first, last = lines[0], lines[-1]
    # First line: the opening mark is the rightmost piece, flush with the right edge.
    x, _kind, piece = max(first, key=lambda p: p[0])
    assert piece == opening
    assert x + measure(opening, block.face) == pytest.approx(width, abs=0.5)
    assert all(p[0] < x for p in first if p[2] != opening)
    # Last line: the closing mark is the leftmost piece; every line is flush right.
    assert min(last, key=lambda p: p[0])[2].startswith(closing)
    for line, placed in zip(block.lines, lines, strict=True):
        end = placed[-1][0] + measure(placed[-1][2], block.face)
        assert end == pytest.approx(width, abs=0.5), line


def test_a_left_to_right_card_keeps_its_marks_where_they_were():
    block = quote_block(replace(CARD, text="Danke für alles!", size=2), "de", 470, 1.0, 900)
    assert not block.rtl
    (line,) = block.placed(470)
    assert line[0] == (0.0, "main", "„Danke für alles!“")


def test_a_cut_right_to_left_quote_ends_at_the_left_with_the_closing_mark_outermost():
    block = quote_block(replace(CARD, text=" ".join([HEBREW] * 30), size=3), "de", 470, 1.0, 400)
    last = block.placed(470)[-1]
    leftmost = min(last, key=lambda p: p[0])
    assert leftmost[2] == "“… "  # read from the right: the word, " …", then the mark


def test_latin_words_in_a_hebrew_line_keep_their_order_and_their_place():
    fc = face("serif", 40)
    placed = layout("„תודה Anna, שירות 5 כוכבים 😊“", fc, rtl=True)
    order = [piece for _x, _kind, piece in sorted(placed)]
    assert order[0] == "“"
    assert order[-1] == "„"
    assert order.index("Anna") < order.index("תודה")  # read after it, so left of it
    assert order.index(" ,") < order.index("Anna")  # the comma closes "Anna" on its left
    assert order.index("😊") < order.index("כוכבים")


def test_a_quote_of_one_two_thousand_letter_word_is_set_in_seconds_in_full_lines():
    # Every cut length was tried from the longest down: half a minute for this one note.
    word = "Dankeschön" * (MAX_QUOTE_CHARS // 10)
    fc = face("serif", 30)
    started = time.process_time()  # CPU time: the work done, not the machine's load
    lines = wrap(word, fc, 400)
    png = collage_png((replace(CARD, text=word),), title="x", lang="de")
    assert time.process_time() - started < 5
    assert Image.open(io.BytesIO(png)).width == PNG_WIDTH
    assert "".join(line.removesuffix("-") for line in lines) == word
    for line, after in itertools.pairwise(lines):
        assert measure(line, fc) <= 400
        # the longest piece that fits: one letter more would not
        assert measure(line[:-1] + after[0] + "-", fc) > 400


def _page_count(pdf: bytes) -> int:
    count = pdf.split(b"/Type /Pages", 1)[1].split(b"/Count ", 1)[1]
    return int(count.split()[0])


def test_a_pdf_that_starts_with_a_long_letter_has_no_blank_first_page():
    # A note cut to the page's height did not fit below the title, so the PDF began with a
    # page showing nothing but the title.
    pdf = collage_pdf((replace(CARD, text=LETTER, size=3),), title="Love Wall", lang="de")
    assert _page_count(pdf) == 1


def test_a_long_letter_joins_short_quotes_on_a_page_with_room_for_it():
    # Two short notes and a letter: the letter went to a page of its own while two of the
    # first page's four columns stood empty.
    short = [replace(CARD, quote_id=i, text="Danke, Jürgen! 😊", size=1) for i in (1, 2)]
    letter = replace(CARD, quote_id=3, text=LETTER, size=3)
    assert _page_count(collage_pdf((*short, letter), title="Love Wall", lang="de")) == 1
