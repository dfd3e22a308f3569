"""The presentation deck from narrow keys and the chosen quotes' texts equals the deck built
from every quote's full row, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from feedback.insights.deck_pages import build_deck_from_keys
from feedback.insights.presentation import Deck, build_deck
from feedback.insights.works_council import name_privacy, team_level
from feedback.store import wall_queries
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.presentation_queries import deck_keys, team_choices
from feedback.store.read import quotes_frame
from tests.conftest import TODAY
from tests.store.test_read_lists import seed


def both_decks(
    engine: Engine, flt: QuoteFilter, *, slides: int, order: str, team: int | None, mode: bool
) -> tuple[Deck, Deck]:
    """(the deck from every quote's full row, the deck from keys and the chosen texts)"""
    names = name_privacy(read_directory(engine), mode)
    expected = build_deck(
        team_level(quotes_frame(engine, flt), mode),
        slides=slides,
        order=order,
        seed=3,
        spotlight_team=team,
        today=TODAY,
        names=names,
    )
    got = build_deck_from_keys(
        deck_keys(engine, flt),
        lambda ids: wall_queries.quotes_by_id(engine, ids),
        team_choices(engine, flt),
        slides=slides,
        order=order,
        seed=3,
        spotlight_team=team,
        today=TODAY,
        names=names,
        works_council_mode=mode,
    )
    return expected, got


@pytest.mark.parametrize(
    ("order", "slides", "spotlight", "mode"),
    [
        ("loved", 20, None, False),
        ("loved", 5, "team_tech", True),
        ("newest", 60, "team_north", False),
        ("random", 10, None, False),
    ],
)
def test_the_deck_from_keys_equals_the_deck_from_rows(
    engine, people, order, slides, spotlight, mode
):
    seed(engine, people, 50)
    team = people[spotlight] if spotlight else None
    expected, got = both_decks(
        engine, QuoteFilter(), slides=slides, order=order, team=team, mode=mode
    )
    assert got == expected
    assert len(got.cards) == min(slides, 43)  # 50 quotes, 7 of them pending
    assert got.spotlight is not None
    assert len(got.spotlight.cards) == 3
    assert got.stats.quotes == 43


def test_an_empty_selection_gives_the_same_empty_deck(engine, people):
    seed(engine, people, 10)
    expected, got = both_decks(
        engine, QuoteFilter(search="nirgends"), slides=20, order="loved", team=None, mode=False
    )
    assert got == expected
    assert got.cards == ()
    assert got.spotlight is None
