"""The presentation deck from the database's sums and orders and the chosen quotes' texts
equals the deck built from every quote's full row, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, event

from feedback.insights.deck_pages import database_deck
from feedback.insights.presentation import Deck, build_deck
from feedback.insights.wall import EMOTION_WEIGHTS, top
from feedback.insights.works_council import name_privacy, team_level
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.presentation_queries import deck_ids, team_choices
from feedback.store.read import quotes_frame
from tests.conftest import TODAY
from tests.store.test_read_lists import seed


def both_decks(
    engine: Engine, flt: QuoteFilter, *, slides: int, order: str, team: int | None, mode: bool
) -> tuple[Deck, Deck]:
    """(the deck from every quote's full row, :func:`sql_deck`)"""
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
    return expected, sql_deck(engine, flt, slides=slides, order=order, team=team, mode=mode)


def sql_deck(
    engine: Engine, flt: QuoteFilter, *, slides: int, order: str, team: int | None, mode: bool
) -> Deck:
    """The deck from the database's sums and orders and the chosen texts."""
    return database_deck(
        engine,
        flt,
        teams=team_choices(engine, flt),
        slides=slides,
        order=order,
        seed=3,
        spotlight_team=team,
        today=TODAY,
        names=name_privacy(read_directory(engine), mode),
        works_council_mode=mode,
    )


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
    # 50 quotes, 7 of them pending; the spotlight's 3 get no slide of their own.
    assert len(got.cards) == min(slides, 43 - 3)
    assert got.spotlight is not None
    assert len(got.spotlight.cards) == 3
    assert not {c.quote_id for c in got.spotlight.cards} & {c.quote_id for c in got.cards}
    assert got.stats.quotes == 43


def test_an_empty_selection_gives_the_same_empty_deck(engine, people):
    seed(engine, people, 10)
    expected, got = both_decks(
        engine, QuoteFilter(search="nirgends"), slides=20, order="loved", team=None, mode=False
    )
    assert got == expected
    assert got.cards == ()
    assert got.spotlight is None


def test_no_row_per_matching_quote_leaves_the_database(engine, people):
    """Every read of the deck is a sum (GROUP BY, COUNT), ordered with LIMIT, or the chosen
    quotes by id: the deck costs the same at a million matching quotes as at fifty."""
    seed(engine, people, 50)
    statements: list[str] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        statements.append(" ".join(statement.upper().split()))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        for order in ("loved", "newest", "random"):
            sql_deck(engine, QuoteFilter(), slides=20, order=order, team=None, mode=False)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    reads = [s for s in statements if s.startswith("SELECT") and "FROM QUOTES" in s]
    assert reads
    for sql in reads:
        bounded = "GROUP BY" in sql or "LIMIT" in sql or "COUNT(" in sql or ".ID IN (" in sql
        assert bounded, sql


@pytest.mark.parametrize("deck_seed", [0, 3, 2**31])
def test_the_databases_shuffle_is_the_frames(engine, people, deck_seed):
    seed(engine, people, 50)
    flt = QuoteFilter(statuses=())
    frame = quotes_frame(engine, flt)
    expected = [int(i) for i in top(frame, "random", 50, deck_seed)["id"]]
    got = deck_ids(engine, flt, "random", limit=50, seed=deck_seed, weights=EMOTION_WEIGHTS)
    assert got == expected
    assert sorted(got) == sorted(int(i) for i in frame["id"])  # every quote, each once
    other = deck_ids(engine, flt, "random", limit=50, seed=deck_seed + 1, weights=EMOTION_WEIGHTS)
    assert other != got


def test_one_teams_quotes_get_no_spotlight_but_its_name_on_the_title(engine, people):
    """A lead showing their own team: the weekly rotation would spotlight that team and move
    its three best quotes from big slides onto small notes. Both decks name the team instead."""
    seed(engine, people, 50)
    flt = QuoteFilter(team_ids=(people["team_tech"],))
    expected, got = both_decks(engine, flt, slides=60, order="loved", team=None, mode=False)
    assert got == expected
    assert got.spotlight is None
    assert got.team == "Technik-Hotline"
    assert len(got.cards) == got.stats.quotes  # every quote of the team on a big slide
    _all, several = both_decks(
        engine, QuoteFilter(), slides=5, order="loved", team=None, mode=False
    )
    assert several.team is None
    assert several.spotlight is not None
