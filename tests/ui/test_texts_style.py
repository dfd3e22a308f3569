"""The style block every page sends through ``st.html`` is one of two constants: no value of a
request (the ``lang`` parameter of the address) reaches the browser's HTML through it."""

from __future__ import annotations

import pytest

from feedback.ui.widgets import texts_style


def test_german_hides_the_english_hints_and_english_keeps_them():
    assert "InputInstructions" in texts_style("de")
    assert "InputInstructions" not in texts_style("en")
    assert "stCheckbox" in texts_style("en")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_quotes_shown_as_text_typed_or_picked_take_their_own_direction(lang):
    """An Arabic quote in a card, a text area or moderation's picker ran left to right."""
    style = texts_style(lang)
    rule = style.split("{ unicode-bidi: plaintext; text-align: start; }")[0].rsplit("}", 1)[-1]
    for target in (
        '[data-testid="stText"]',
        '[data-testid="stTextArea"] textarea',
        '[data-testid="stSelectbox"] input',
        '[data-testid="stSelectboxVirtualDropdown"] [role="option"] > div',
    ):
        assert target in rule


@pytest.mark.parametrize(
    "hostile", ["</style><script>alert(1)</script>", "<img src=x onerror=alert(1)>", "en\"'"]
)
def test_no_language_value_is_written_into_the_html(hostile):
    style = texts_style(hostile)
    assert hostile not in style
    assert style in {texts_style("de"), texts_style("en")}
    assert style.count("<") == 2  # <style> and </style>, nothing else
