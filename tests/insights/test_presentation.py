"""Presentation mode: the title slide's numbers, the spotlight rotation and the slide choice."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from feedback.insights.presentation import (
    MAX_SLIDES,
    build_deck,
    collage_title,
    period_label,
    period_stats,
    rotating_team,
    spotlight,
    team_choices,
)
from tests.insights.test_wall import DAY, frame, quote


def _selection() -> pd.DataFrame:
    return frame(
        quote(1, channel="phone", themes=["speed", "friendliness"], sentiment_compound=0.9),
        quote(2, channel="phone", themes=["speed"], team_id=20, team="Technik-Hotline"),
        quote(3, channel="email", themes=["patience", "speed"], sentiment_compound=0.2),
        quote(4, channel="chat", themes=[], team_id=20, team="Technik-Hotline"),
    )


def test_title_numbers_count_every_quote_of_the_selection():
    stats = period_stats(_selection())
    assert stats.quotes == 4
    assert stats.top_themes == (("speed", 3), ("friendliness", 1), ("patience", 1))
    assert (stats.top_channel, stats.top_channel_quotes) == ("phone", 2)
    assert stats.first_day == DAY - dt.timedelta(days=4)
    assert stats.last_day == DAY - dt.timedelta(days=1)


def test_title_numbers_of_an_empty_selection():
    stats = period_stats(frame())
    assert stats.quotes == 0
    assert stats.top_channel is None
    assert stats.top_themes == ()


def test_team_choices_are_the_teams_with_quotes_by_name():
    assert team_choices(_selection()) == {10: "Privatkunden Nord", 20: "Technik-Hotline"}


def test_the_spotlight_rotates_weekly_over_all_teams():
    weeks = [dt.date(2026, 1, 5) + dt.timedelta(weeks=w) for w in range(4)]
    chosen = [rotating_team([20, 10, 30], day) for day in weeks]
    assert set(chosen) == {10, 20, 30}
    assert rotating_team([], DAY) is None


def test_the_spotlight_shows_the_team_its_count_themes_and_warmest_notes():
    spot = spotlight(_selection(), 10)
    assert spot is not None
    assert (spot.team, spot.quotes) == ("Privatkunden Nord", 2)
    assert spot.top_themes[0] == "speed"
    assert [c.quote_id for c in spot.cards] == [1, 3]
    assert spotlight(_selection(), 99) is None


# Four quotes, two of them team 20's: those two are on the spotlight slide.
@pytest.mark.parametrize(("asked", "shown"), [(2, 2), (0, 1), (500, 2)])
def test_the_deck_holds_the_asked_number_of_quote_slides(asked, shown):
    deck = build_deck(_selection(), slides=asked, spotlight_team=20)
    assert len(deck.cards) == shown
    assert deck.spotlight is not None
    assert deck.spotlight.team_id == 20
    assert shown <= MAX_SLIDES


def test_no_quote_of_the_spotlight_gets_a_slide_again_and_the_next_ones_take_their_place():
    deck = build_deck(_selection(), slides=2, order="newest", spotlight_team=10)
    assert deck.spotlight is not None
    spot = [c.quote_id for c in deck.spotlight.cards]
    slides = [c.quote_id for c in deck.cards]
    assert spot == [1, 3]
    assert len(slides) == 2
    assert not set(spot) & set(slides)
    assert [c.quote_id for c in deck.shown] == spot + slides


def test_the_most_loved_quotes_lead_the_deck():
    deck = build_deck(_selection(), slides=2, order="loved", spotlight_team=20)
    assert deck.cards[0].quote_id == 1
    rotated = build_deck(_selection(), slides=2, order="loved", today=DAY)
    assert rotated.spotlight is not None  # the weekly rotation picked a team


def test_an_unknown_deck_order_is_refused():
    with pytest.raises(ValueError, match="order"):
        build_deck(_selection(), order="alphabetical")


@pytest.mark.parametrize(
    ("start", "end", "lang", "label"),
    [
        (None, None, "de", "Gesamter Zeitraum"),
        (None, None, "en", "All time"),
        (dt.date(2026, 10, 1), dt.date(2026, 11, 23), "de", "01.10.2026 – 23.11.2026"),
        (dt.date(2026, 10, 1), dt.date(2026, 11, 23), "en", "1 Oct 2026 – 23 Nov 2026"),
    ],
)
def test_period_label_in_the_ui_language(start, end, lang, label):
    assert period_label(start, end, lang) == label
    assert period_label(start, end, lang, "custom") == label


def test_a_custom_period_of_one_day_names_it_once():
    assert period_label(DAY, DAY, "en", "custom") == "23 Nov 2026"


def test_a_preset_period_is_named():
    assert period_label(dt.date(2026, 1, 1), DAY, "de", "30d") == "Letzte 30 Tage"
    assert period_label(None, None, "en", "all") == "All time"


@pytest.mark.parametrize(
    ("label", "lang", "title"),
    [
        ("Letzte 30 Tage", "de", "Love Wall · Letzte 30 Tage · 19.11.2026 – 22.11.2026"),
        ("Last 30 days", "en", "Love Wall · Last 30 days · 19 Nov 2026 – 22 Nov 2026"),
        # a custom period's label is its days already
        ("19.11.2026 – 22.11.2026", "de", "Love Wall · 19.11.2026 – 22.11.2026"),
    ],
)
def test_the_collage_title_names_the_days_of_its_quotes(label, lang, title):
    assert collage_title(period_stats(_selection()), label, lang) == title


def test_the_collage_title_of_one_days_quotes_names_the_day_once():
    one_day = _selection().head(1)
    assert collage_title(period_stats(one_day), "All time", "en") == (
        "Love Wall · All time · 22 Nov 2026"
    )


def test_an_empty_collage_title_is_the_period_alone():
    assert collage_title(period_stats(_selection().head(0)), "Alles", "de") == "Love Wall · Alles"
