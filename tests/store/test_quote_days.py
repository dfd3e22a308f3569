"""``quote_days`` (the trends' sums per day, kept by triggers) always equals the sums of the
quotes themselves, on every backend, after every kind of write; and the trends read from it
equal those summed from the quotes."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import Engine, select, update

from feedback.collect import edit
from feedback.domain import Status
from feedback.store.db import transaction
from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote, QuoteDay
from feedback.store.presentation_queries import period_sums
from feedback.store.read import kept_by_day_sums
from feedback.store.trend_rollup import DAY_COLUMNS, _quote_sums, day_sums, trend_rollup
from tests.conftest import TODAY
from tests.store.test_term_days import _seed, every_kind_of_write

KEY = ("status", "said_on", "language", "team_id", "channel")
SUMS = DAY_COLUMNS[3:]


def _kept(engine: Engine) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    columns = [QuoteDay.__table__.c[name] for name in (*KEY, *SUMS)]
    with engine.connect() as conn:
        rows = conn.execute(select(*columns)).all()
    assert all(row[len(KEY)] > 0 for row in rows), "a day without quotes is deleted"
    return {tuple(row[: len(KEY)]): tuple(row[len(KEY) :]) for row in rows}


def _summed(engine: Engine) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """The same sums from the quotes, by the trends' own query per status and language."""
    out: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    with engine.connect() as conn:
        keys = conn.execute(select(Quote.status, Quote.language).distinct()).all()
        for status, language in keys:
            flt = QuoteFilter(statuses=(status,), languages=(language,))
            for day, team, channel, *sums in conn.execute(_quote_sums(flt)).all():
                out[(status, day, language, team or 0, channel)] = tuple(sums)
    return out


def _assert_equal(kept: dict[Any, tuple[Any, ...]], summed: dict[Any, tuple[Any, ...]], step: str):
    assert kept.keys() == summed.keys(), step
    for key, values in kept.items():
        expected = summed[key]
        for name, got, want in zip(SUMS, values, expected, strict=True):
            assert got == pytest.approx(want, abs=1e-9), (step, key, name)


def _rate(engine: Engine, ids: list[int]) -> None:
    """Ratings on three scales and a quote without a sentiment score: every sum has a share."""
    with transaction(engine) as session:
        for quote_id, rating, scale in ((ids[0], 5, 5), (ids[1], 2, 3), (ids[2], 9, 10)):
            session.execute(
                update(Quote).where(Quote.id == quote_id).values(rating=rating, rating_scale=scale)
            )
        session.execute(update(Quote).where(Quote.id == ids[3]).values(sentiment_compound=None))


def test_every_write_keeps_the_day_sums_equal_to_the_quotes(engine, people):
    ids = _seed(engine, people)
    _rate(engine, ids)
    _assert_equal(_kept(engine), _summed(engine), "rated")
    every_kind_of_write(
        engine, ids, lambda step: _assert_equal(_kept(engine), _summed(engine), step)
    )
    assert _kept(engine) == {}


def test_trends_from_the_day_sums_equal_those_from_the_quotes(engine, people):
    ids = _seed(engine, people)
    _rate(engine, ids)
    edit.set_status(engine, ids[:3], Status.APPROVED, actor="test")
    agents = tuple(people[name] for name in ("aylin", "anna", "jonas"))
    for flt in (
        QuoteFilter(),
        QuoteFilter(statuses=()),
        QuoteFilter(start=TODAY - dt.timedelta(days=1), end=TODAY, languages=("de",)),
        QuoteFilter(team_ids=(people["team_north"],), channels=("chat", "email")),
    ):
        assert kept_by_day_sums(flt), flt
        assert "quote_days" in str(day_sums(flt))
        # The same filter with every agent asks the quotes themselves: the answers agree.
        slow = replace(flt, agent_ids=agents)
        assert "quote_days" not in str(day_sums(slow))
        fast, direct = trend_rollup(engine, flt).days, trend_rollup(engine, slow).days
        order = ["day", "team", "channel"]
        pd.testing.assert_frame_equal(
            fast.sort_values(order).reset_index(drop=True),
            direct.sort_values(order).reset_index(drop=True),
            check_exact=False,
            atol=1e-9,
        )
        assert period_sums(engine, flt, top_themes=3) == period_sums(engine, slow, top_themes=3)
