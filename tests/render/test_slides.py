"""The slide show document: escaped quotes, a script-safe config, a title and spotlight slide."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.insights.presentation import Deck, PeriodStats, Spotlight
from feedback.render.slides import deck_html, script_json
from tests.render.test_cards import CARD

# Our own markup for a placeholder such as "[PHONE]" (Hypothesis tries the module's literals).
_PLACEHOLDER_SPAN = re.compile(r'<span class="lw-ph" style="[^"<>]*">[^<>]*</span>')

STATS = PeriodStats(
    quotes=1234,
    first_day=dt.date(2026, 10, 1),
    last_day=dt.date(2026, 11, 23),
    top_themes=(("speed", 40), ("patience", 12)),
    top_channel="phone",
    top_channel_quotes=700,
)


def _deck(text: str = "Danke!", team: str = "Nord") -> Deck:
    card = replace(CARD, text=text)
    return Deck(
        stats=STATS,
        spotlight=Spotlight(10, team, 5, ("speed",), (replace(card, quote_id=99),)),
        cards=(card, replace(card, quote_id=8)),
    )


def _html(deck: Deck, lang: str = "de") -> str:
    return deck_html(
        deck,
        lang=lang,
        interval_s=8,
        period_label="Letzte 30 Tage",
        theme_names={"speed": "Schnelligkeit"},
    )


def test_the_deck_has_a_title_slide_a_spotlight_and_one_slide_per_quote():
    markup = _html(_deck())
    assert markup.startswith("<!doctype html>")
    assert markup.count('<section class="slide') == 4
    assert "1.234" in markup
    assert "Schnelligkeit" in markup
    assert "Telefon" in markup
    assert "Team im Rampenlicht" in markup
    assert "Nord" in markup
    assert '"interval": 8' in markup


# No deadline: the first example pays for loading the Babel locale data.
@settings(deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_quote_and_team_text_never_becomes_markup(text):
    markup = _html(_deck(text=text, team=text))
    assert markup.count("<script") == 2  # the config and our own controls, nothing else
    assert markup.count("<section") == 4
    for chunk in markup.split('<blockquote class="text len-')[1:]:
        quote = chunk.split(">", 1)[1].split("</blockquote>", 1)[0]
        assert "<" not in _PLACEHOLDER_SPAN.sub("", quote)
        assert ">" not in quote


def test_the_script_config_cannot_close_its_script_element():
    encoded = script_json({"paused": "</script><script>alert(1)</script>", "x": "a&b\u2028"})
    assert "<" not in encoded
    assert ">" not in encoded
    assert "&" not in encoded
    assert "\u2028" not in encoded
