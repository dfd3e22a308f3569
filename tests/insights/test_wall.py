"""The love wall's cards: warmth, colours, names with consent, order, paging, quote of the week."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest

from feedback.insights.wall import (
    PAGE_SIZE,
    build_wall,
    card_from_row,
    display_name,
    emoji_in,
    order_frame,
    quote_of_the_week,
    size_for,
    tone_for,
    warmth,
)
from feedback.store.read import QUOTE_COLUMNS

DAY = dt.date(2026, 11, 23)


def quote(quote_id: int, **values: Any) -> dict[str, Any]:
    """One row shaped like ``quotes_frame`` output, with sensible defaults."""
    row: dict[str, Any] = dict.fromkeys(QUOTE_COLUMNS)
    row.update(
        id=quote_id,
        text=f"Vielen Dank, Nummer {quote_id}!",
        channel="email",
        said_on=pd.Timestamp(DAY - dt.timedelta(days=quote_id)),
        agent_id=1,
        agent_first_name="Anna",
        agent_last_name="Meier",
        agent_consent=True,
        team_id=10,
        team="Privatkunden Nord",
        status="approved",
        sentiment_compound=0.5,
        emotions=["gratitude"],
        themes=["speed"],
    )
    row.update(values)
    return row


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(QUOTE_COLUMNS))


@pytest.mark.parametrize(
    ("compound", "emotions", "expected"),
    [
        (1.0, [], 1.0),
        (-1.0, [], 0.0),
        (0.0, [], 0.5),
        (None, [], 0.5),
        (float("nan"), [], 0.5),
        (0.6, ["gratitude"], 0.88),
        (0.6, ["gratitude", "gratitude"], 0.88),  # an emotion counts once
        (0.6, ["anger"], 0.65),
        (0.98, ["gratitude", "joy"], 1.0),  # clipped to [0, 1]
    ],
)
def test_warmth_maps_compound_and_emotions_into_zero_to_one(compound, emotions, expected):
    assert warmth(compound, emotions) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("emotions", "tone"),
    [
        (["gratitude", "joy"], "rose"),
        (["joy"], "sun"),
        (["frustration", "relief"], "mint"),
        (["admiration"], "lilac"),
        (["surprise"], "sky"),
        ([], "cream"),
        (["anger"], "cream"),
    ],
)
def test_the_paper_colour_follows_the_first_warm_emotion(emotions, tone):
    assert tone_for(emotions) == tone


@pytest.mark.parametrize(
    ("value", "text", "size"),
    [
        (0.95, "Danke!", 3),
        (0.7, "Danke!", 2),
        (0.5, "Danke!", 1),
        (0.95, "x" * 200, 2),
        (0.95, "x" * 400, 1),
    ],
)
def test_warmer_quotes_get_bigger_cards_but_long_ones_stay_readable(value, text, size):
    assert size_for(value, text) == size


def test_emoji_are_collected_once_in_order_with_their_modifiers():
    assert emoji_in("Danke 😊🙏😊 ❤️ super 👍🏽 und 🇩🇪") == ("😊", "🙏", "❤️", "👍🏽", "🇩🇪")
    assert emoji_in("Danke :-) <3") == ()


@pytest.mark.parametrize(
    ("consent", "first", "team", "expected"),
    [
        (True, "Anna", "Nord", ("Anna", True)),
        (False, "Aylin", "Nord", ("Nord", False)),  # no consent: the team, never the name
        (True, None, "Nord", ("Nord", False)),  # a quote for a whole team
        (None, None, None, ("", False)),
    ],
)
def test_agents_are_named_only_with_consent(consent, first, team, expected):
    row = {"agent_consent": consent, "agent_first_name": first, "team": team}
    assert display_name(row) == expected


def test_a_card_carries_what_the_wall_shows():
    card = card_from_row(quote(7, text="Super Service 😊", verbatim=False, channel="phone"))
    assert card.quote_id == 7
    assert card.said_on == DAY - dt.timedelta(days=7)
    assert card.who == "Anna"
    assert card.named
    assert card.emoji == ("😊",)
    assert card.tone == "rose"
    assert card.verbatim is False
    assert -3 <= card.tilt <= 3


def test_newest_first_then_higher_id():
    rows = frame(quote(1), quote(2), quote(3, said_on=pd.Timestamp(DAY - dt.timedelta(days=1))))
    ordered = order_frame(rows, "newest")
    assert list(ordered["id"]) == [3, 1, 2]


def test_most_loved_first():
    rows = frame(
        quote(1, sentiment_compound=0.1, emotions=[]),
        quote(2, sentiment_compound=0.9, emotions=["gratitude"]),
        quote(3, sentiment_compound=0.5, emotions=[]),
    )
    assert list(order_frame(rows, "loved")["id"]) == [2, 3, 1]


def test_random_order_is_repeatable_with_its_seed():
    rows = frame(*(quote(i) for i in range(1, 40)))
    first = list(order_frame(rows, "random", seed=5)["id"])
    assert first == list(order_frame(rows, "random", seed=5)["id"])
    assert first != list(order_frame(rows, "random", seed=6)["id"])
    assert sorted(first) == list(range(1, 40))


def test_the_wall_shows_a_page_of_cards_and_knows_there_is_more():
    rows = frame(*(quote(i) for i in range(1, PAGE_SIZE + 11)))
    view = build_wall(rows, today=DAY)
    assert len(view.cards) == PAGE_SIZE - 1  # the quote of the week is the page's first note
    assert view.total == PAGE_SIZE + 9  # the quote of the week is shown above, not repeated
    assert view.has_more
    assert view.highlight is not None
    assert view.highlight.quote_id not in {c.quote_id for c in view.cards}
    assert not build_wall(rows, limit=200, today=DAY).has_more


def test_quote_of_the_week_is_the_warmest_of_the_last_seven_days():
    rows = frame(
        quote(1, sentiment_compound=0.3),
        quote(2, sentiment_compound=0.8),
        quote(9, sentiment_compound=0.99),  # warmer, but nine days ago
    )
    best = quote_of_the_week(rows, today=DAY)
    assert best is not None
    assert best.quote_id == 2


def test_quote_of_the_week_falls_back_to_the_newest_week_with_quotes():
    rows = frame(quote(30, sentiment_compound=0.2), quote(32, sentiment_compound=0.9))
    best = quote_of_the_week(rows, today=DAY)
    assert best is not None
    assert best.quote_id == 32


@pytest.mark.parametrize(("lang", "expected"), [("de", 1), ("en", 2), (None, 2)])
def test_quote_of_the_week_is_in_the_ui_language_first(lang: str | None, expected: int):
    rows = frame(
        quote(1, sentiment_compound=0.4, language="de"),
        quote(2, sentiment_compound=0.95, language="en", text="Thank you so much!"),
    )
    best = quote_of_the_week(rows, today=DAY, lang=lang)
    assert best is not None
    assert best.quote_id == expected


def test_quote_of_the_week_in_another_language_when_the_week_has_none_in_the_ui_language():
    rows = frame(quote(1, sentiment_compound=0.4, language="en"))
    best = quote_of_the_week(rows, today=DAY, lang="de")
    assert best is not None
    assert best.quote_id == 1
    view = build_wall(rows, today=DAY, lang="de")
    assert view.highlight is not None
    assert view.highlight.quote_id == 1


def test_an_empty_selection_gives_an_empty_wall():
    view = build_wall(frame(), today=DAY)
    assert view.cards == ()
    assert view.total == 0
    assert view.highlight is None


def test_an_unknown_order_is_refused():
    with pytest.raises(ValueError, match="order"):
        build_wall(frame(quote(1)), order="loudest")
