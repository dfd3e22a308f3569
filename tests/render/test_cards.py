"""Wall cards as HTML: every value escaped, quotes shown as text, names only with consent."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from feedback.insights.wall import Card, WallView
from feedback.render.cards import (
    card_html,
    compact,
    count_line,
    highlight_html,
    shown_text,
    wall_html,
)
from feedback.render.placeholders import TOKEN_KEYS

CARD = Card(
    quote_id=7,
    text="Danke!",
    channel="phone",
    said_on=dt.date(2026, 11, 20),
    who="Anna",
    named=True,
    team="Nord",
    emoji=(),
    warmth=0.9,
    size=3,
    tone="rose",
    tilt=-2,
)


class _Parsed(HTMLParser):
    """Tags, attribute values and the text inside <blockquote> of a rendered snippet."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self.quote = ""
        self._in_quote = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(value or "" for _name, value in attrs)
        self._in_quote = self._in_quote or tag == "blockquote"

    def handle_endtag(self, tag: str) -> None:
        self._in_quote = self._in_quote and tag != "blockquote"

    def handle_data(self, data: str) -> None:
        if self._in_quote:
            self.quote += data


def parse(markup: str) -> _Parsed:
    parsed = _Parsed()
    parsed.feed(markup)
    parsed.close()
    return parsed


# No deadline: the first example pays for loading the Babel locale data.
@settings(deadline=None)
# A stored placeholder ("[PHONE]", "[REF]") is drawn as a span on purpose (test below).
@given(st.text(min_size=1, max_size=300).filter(lambda s: not any(k in s for k in TOKEN_KEYS)))
def test_any_quote_text_comes_back_as_text_and_adds_no_markup(text):
    markup = card_html(replace(CARD, text=text), "de")
    parsed = parse(markup)

    assert parsed.tags == parse(card_html(CARD, "de")).tags  # the quote added no element
    assert parsed.quote == compact(shown_text(text, "de"))  # and reads as written
    raw = markup.split('<blockquote class="lw-quote" dir="auto">', 1)[1].split("</blockquote>")[0]
    assert "<" not in raw
    assert ">" not in raw


# No deadline: the first example pays for loading the Babel locale data.
@settings(deadline=None)
@given(st.text(min_size=1, max_size=80), st.text(max_size=80))
def test_names_and_teams_are_escaped_too(who, team):
    markup = card_html(replace(CARD, who=who, team=team, named=False), "en")
    assert parse(markup).tags == parse(card_html(replace(CARD, named=False), "en")).tags


def test_script_and_image_payloads_show_as_text():
    payload = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    markup = card_html(replace(CARD, text=payload), "de")
    assert "<script>" not in markup
    assert "<img" not in markup
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"
        in (markup)
    )


def test_the_card_shows_first_name_channel_and_date_in_the_locale():
    markup = card_html(CARD, "de")
    assert "Anna" in markup
    assert 'title="Telefon"' in markup
    assert "20.11.2026" in markup
    assert 'class="lw-card lw-tone-rose lw-size-3 lw-tilt-1"' in markup
    assert "20 Nov 2026" in card_html(CARD, "en")


def test_without_a_name_or_team_the_card_thanks_our_team():
    assert "Unser Team" in card_html(replace(CARD, who="", named=False), "de")


def test_customer_emoji_become_stickers_and_very_warm_notes_without_emoji_get_a_heart():
    assert card_html(replace(CARD, emoji=("😊", "🙏")), "de").count('class="lw-sticker"') == 2
    assert "lw-heart" in card_html(CARD, "de")
    assert "lw-sticker" not in card_html(replace(CARD, size=1), "de")


def test_redaction_placeholders_are_shown_in_words_that_never_break():
    # non-breaking hyphens (U+2011): a placeholder stays on one line in PPTX and PNG
    assert shown_text("Mail an [EMAIL] oder [PHONE]", "de") == (
        "Mail an [E\u2011Mail\u2011Adresse] oder [Telefonnummer]"
    )
    assert shown_text("call [PHONE]", "en") == "call [phone\u00a0number]"


def test_wall_cards_show_placeholders_in_words_inside_a_no_wrap_span():
    markup = card_html(replace(CARD, text="Bitte unter [REF] <b>"), "de")
    assert (
        '<span class="lw-ph" style="white-space:nowrap">[Kunden-/Vorgangsnummer]</span>' in markup
    )
    assert "[REF]" not in markup
    assert "&lt;b&gt;" in markup


def test_paraphrased_phone_quotes_say_so():
    assert "sinngemäß" in card_html(replace(CARD, verbatim=False), "de")
    assert "sinngemäß" not in card_html(CARD, "de")


def test_the_board_has_the_quote_of_the_week_and_the_cards():
    view = WallView(cards=(replace(CARD, quote_id=8),), total=1, highlight=CARD)
    markup = wall_html(view, "en")
    assert markup.startswith("<style>")
    assert "Quote of the week" in markup
    assert markup.count("<article") == 2
    assert count_line(view, "de") == "2 von 2 Zitaten"


def test_an_empty_board_says_so():
    markup = wall_html(WallView(cards=(), total=0, highlight=None), "de")
    assert "Noch keine freigegebenen Zitate" in markup
    assert "<article" not in markup


def test_blank_lines_between_paragraphs_collapse_on_the_wall():
    assert compact("Hallo,\n\n  \nDanke!\nGruß") == "Hallo,\nDanke!\nGruß"


def test_a_quote_runs_in_its_own_direction_and_stays_text():
    """An Arabic quote read left to right on a German wall: its closing "!" stood at its
    beginning. dir="auto" takes the direction from the quote's first letter."""
    arabic = replace(CARD, text="شكرًا لكم! <b>Danke</b>")
    for markup in (card_html(arabic, "de"), highlight_html(arabic, "en")):
        assert '<blockquote class="lw-quote" dir="auto">' in markup
        assert parse(markup).quote == "شكرًا لكم! <b>Danke</b>"
        assert "<b>" not in markup


def test_clipped_cuts_a_long_quote_at_a_space_and_a_long_word_inside():
    from feedback.render.cards import clipped

    assert clipped("kurz und gut", 20) == "kurz und gut"
    assert clipped("eins zwei drei vier fünf", 16) == "eins zwei drei…"
    assert clipped("Superkalifragilistisch", 10) == "Superkali…"
    # A placeholder's words keep no-break spaces: the cut falls before it, not inside.
    text = "Vielen Dank, sehr nett [Kunden-\u00a0/Vorgangsnummer]"
    assert clipped(text, 36) == "Vielen Dank, sehr nett…"
