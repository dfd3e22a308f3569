"""The slide show document: escaped quotes, a script-safe config, a title and spotlight slide."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.i18n import t
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
    assert markup.count('<section class="slide') == 5
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
    assert markup.count("<section") == 5
    for chunk in markup.split('<blockquote class="text len-')[1:]:
        quote = chunk.split(">", 1)[1].split("</blockquote>", 1)[0]
        # A stored placeholder ("[PHONE]") is drawn as its span, and only as that
        assert "<" not in _PLACEHOLDER_SPAN.sub("", quote)
        assert ">" not in _PLACEHOLDER_SPAN.sub("", quote)


def test_the_script_config_cannot_close_its_script_element():
    encoded = script_json({"paused": "</script><script>alert(1)</script>", "x": "a&b\u2028"})
    assert "<" not in encoded
    assert ">" not in encoded
    assert "&" not in encoded
    assert "\u2028" not in encoded


def test_every_slide_has_a_key_the_show_keeps_its_place_by():
    markup = _html(_deck())
    keys = re.findall(r'<section class="slide[^"]*"[^>]* data-key="([^"]+)"', markup)
    assert keys == ["title", "spotlight", f"q{CARD.quote_id}", "q8", "end"]
    with_id = deck_html(
        _deck(), lang="en", interval_s=8, period_label="x", theme_names={}, show_id="abc123"
    )
    assert '"show": "abc123"' in with_id


def test_the_show_ends_with_thanks_and_where_new_praise_goes():
    for lang, thanks, where in (
        ("de", "Danke – und weiter so!", "Lob erfassen"),
        ("en", "Thank you – keep it up!", "Submit praise"),
    ):
        closing = _html(_deck(), lang).split('data-key="end"', 1)[1]
        assert thanks in closing
        assert where in closing
        assert "1.234" in closing or "1,234" in closing


def test_right_to_left_quotes_read_from_the_right():
    markup = _html(_deck(text="שירות מצוין, תודה רבה!"))
    assert markup.count('<blockquote class="text len-xl" dir="auto">') == 2
    assert '<blockquote dir="auto">' in markup  # the spotlight's note


def test_one_quote_is_one_quote_not_one_quotes():
    one = replace(_deck(), stats=replace(STATS, quotes=1))
    assert "1 Zitat<" in _html(one, "de").split('data-key="end"', 1)[1]
    spot = _deck().spotlight
    assert spot is not None
    alone = replace(_deck(), spotlight=replace(spot, quotes=1))
    assert "1 quote ·" in _html(alone, "en") or "1 quote<" in _html(alone, "en")


def test_the_title_names_the_team_when_the_quotes_are_one_teams():
    markup = _html(replace(_deck(), team="Technik-Hotline"))
    title = markup.split('data-key="title"', 1)[1].split("</section>", 1)[0]
    assert "Love Wall · Technik-Hotline · Letzte 30 Tage" in title
    assert "Love Wall · Letzte 30 Tage" in _html(_deck())


def test_the_title_names_a_single_day_once():
    day = dt.date(2026, 12, 6)
    one_day = replace(_deck(), stats=replace(STATS, first_day=day, last_day=day))
    title = _html(one_day, "en").split('data-key="title"', 1)[1].split("</section>", 1)[0]
    assert '<p class="days">6 December 2026</p>' in title


def test_the_hint_bar_has_buttons_for_mouse_and_touch_in_the_language():
    for lang in ("de", "en"):
        markup = _html(_deck(), lang)
        for action in ("prev", "pause", "next"):
            label = t(f"presentation.button_{action}", lang)
            assert f'data-action="{action}" aria-label="{label}"' in markup
