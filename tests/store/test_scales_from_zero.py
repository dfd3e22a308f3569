"""Ratings on a scale from 0 (migration 0013, ``quotes.rating_from``) in the trends' sums on
every backend: a 0 of 0..10 counts as 0, a 10 as 1, an 8 as satisfied (CSAT's top box from
0.75); the day sums the triggers keep equal those summed from the quotes, in SQL and pandas."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, select, update

from feedback.collect.pipeline import submit_many
from feedback.domain import Status
from feedback.store.db import transaction
from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote
from feedback.store.read import quotes_frame
from feedback.store.trend_rollup import normalised_rating, rollup_frame, trend_rollup
from tests.conftest import draft
from tests.store.test_quote_days import _assert_equal, _kept, _summed

# (text, rating, scale, from): an NPS detractor's 0, a promoter's 10, passives' 8 and 7 and
# a 3 of 1..5 beside them.
RATED = [
    ("Drei Wochen keine Antwort.", 0, 10, 0),
    ("Herr Becker hat sich wirklich Zeit genommen.", 10, 10, 0),
    ("Good advice, hard to reach by phone.", 8, 10, 0),
    ("Fine, though I had to explain everything twice.", 7, 10, 0),
    ("Geht so, die Wartezeit war lang.", 3, 5, 1),
]
SCORES = [0.0, 1.0, 0.8, 0.7, 0.5]


def _rated(engine: Engine, people: dict[str, int]) -> list[int]:
    drafts = [
        draft(
            text,
            people["anna"],
            rating=rating,
            rating_scale=scale,
            rating_from=low,
            status=Status.APPROVED,
        )
        for text, rating, scale, low in RATED
    ]
    ids = [result.quote_id for result in submit_many(engine, drafts)]
    assert all(ids)
    return [int(quote_id) for quote_id in ids if quote_id is not None]


def test_a_zero_is_stored_with_its_scale_start(engine, people):
    ids = _rated(engine, people)

    with engine.connect() as conn:
        stored = conn.execute(
            select(Quote.rating, Quote.rating_scale, Quote.rating_from).order_by(Quote.id)
        ).all()
    assert [tuple(row) for row in stored] == [(r, s, f) for _, r, s, f in RATED]
    assert len(ids) == len(RATED)


def test_day_sums_put_a_scale_from_zero_on_0_to_1(engine, people):
    _rated(engine, people)

    days = trend_rollup(engine, QuoteFilter()).days
    assert int(days["rated"].sum()) == len(RATED)
    assert float(days["score_sum"].sum()) == pytest.approx(sum(SCORES))
    assert int(days["satisfied"].sum()) == 2  # the 10 and the 8
    _assert_equal(_kept(engine), _summed(engine), "rated from 0")


def test_pandas_and_sql_agree_on_scales_from_zero(engine, people):
    _rated(engine, people)
    frame = quotes_frame(engine, QuoteFilter())

    assert sorted(normalised_rating(frame).tolist()) == pytest.approx(sorted(SCORES))
    pandas_days = rollup_frame(frame).days
    assert float(pandas_days["score_sum"].sum()) == pytest.approx(sum(SCORES))
    assert int(pandas_days["satisfied"].sum()) == 2


def test_changing_where_a_scale_starts_moves_the_day_sums(engine, people):
    ids = _rated(engine, people)

    with transaction(engine) as session:
        session.execute(update(Quote).where(Quote.id == ids[3]).values(rating_from=1))

    _assert_equal(_kept(engine), _summed(engine), "7 now of 1..10")
    days = trend_rollup(engine, QuoteFilter()).days
    assert float(days["score_sum"].sum()) == pytest.approx(sum(SCORES) - 0.7 + 6 / 9)
