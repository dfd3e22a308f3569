"""plotly_text: a label reaches plotly as text, never as markup; terminal_text: no control
character reaches a terminal."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback.render.plain import grid_text, plotly_text, terminal_text


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        (
            '<a href="https://evil.example">x</a>',
            '&lt;a href="https://evil.example"&gt;x&lt;/a&gt;',
        ),
        ("<b>Tempo</b>", "&lt;b&gt;Tempo&lt;/b&gt;"),
        ("Nord<br>Süd", "Nord&lt;br&gt;Süd"),
        ("Rechnung & Vertrag", "Rechnung &amp; Vertrag"),
        ("&lt;", "&amp;lt;"),  # an entity typed by a user is shown as typed
        ("Privatkunden „Nord“ · 45 %", "Privatkunden „Nord“ · 45 %"),
        ('O\'Brien "Team"', 'O\'Brien "Team"'),  # plotly would show &quot; as written
        ("", ""),
    ],
)
def test_markup_becomes_entities_that_plotly_shows_literally(label, shown):
    assert plotly_text(label) == shown


# The only entities plotly.js has to decode for our labels (it knows these three).
_ENTITY = re.compile(r"&[#\w]+;")


@given(st.text())
def test_plotly_shows_exactly_the_label(label):
    text = plotly_text(label)
    assert "<" not in text
    assert ">" not in text
    assert set(_ENTITY.findall(text)) <= {"&amp;", "&lt;", "&gt;"}
    assert html.unescape(text) == label


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2J\x1b[31mrot", "\\x1b[2J\\x1b[31mrot"),  # clear screen, colour
        (
            "\x1b]8;;https://evil.example\x07hier\x1b]8;;\x07",
            "\\x1b]8;;https://evil.example\\x07hier\\x1b]8;;\\x07",
        ),
        ("echt\rgefälscht", "echt\\x0dgefälscht"),  # would overwrite the line
        ("\x9b2J", "\\x9b2J"),  # C1 CSI
        ("\x00\x7f", "\\x00\\x7f"),
        ("abc\u202edef\u2066gh", "abc\\u202edef\\u2066gh"),  # bidi reordering
        ("lone \udc9b", "lone \\udc9b"),  # a surrogate no terminal encoding writes
        ("Zeile 1\nZeile 2\tTab", "Zeile 1\nZeile 2\tTab"),  # layout stays
        ("Müller „Nord“ 😀 \u200b", "Müller „Nord“ 😀 \u200b"),
        ("", ""),
    ],
)
def test_terminal_text_shows_control_characters_as_escapes(text, shown):
    assert terminal_text(text) == shown


_ACTED_ON = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


@given(st.text())
def test_terminal_text_leaves_nothing_a_terminal_acts_on(text):
    shown = terminal_text(text)
    assert _ACTED_ON.search(shown) is None
    assert shown == text or _ACTED_ON.search(text) is not None  # other text stays as it is


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        # The grid set these flush right: on a phone, in a column wider than the screen, the
        # cell looked empty. Now the line is left to right, the text isolated inside it.
        ("שלום", "\u200e\u2067שלום\u2069"),
        ("5 כוכבים!", "\u200e\u20675 כוכבים!\u2069"),
        ("«مرحبا»", "\u200e\u2067«مرحبا»\u2069"),
        ("Danke! שלום", "Danke! שלום"),  # a Latin first letter: the grid starts left anyway
        ("42", "42"),
        ("", ""),
    ],
)
def test_grid_text_starts_a_right_to_left_cell_at_the_left(value: str, shown: str) -> None:
    assert grid_text(value) == shown
    # The grid's own test for a right-to-left cell (glide-data-grid's direction()): the first
    # character that is not neutral. The left-to-right mark counts as a Latin letter there.
    assert not re.match(r"^[^A-Za-z\u00c0-\u00d6\u200e]*[\u0591-\u07ff]", grid_text(value))
