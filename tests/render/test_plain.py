"""plotly_text: a label reaches plotly as text, never as markup."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback.render.plain import plotly_text


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
