"""``term_days`` (the clouds' sums per day, kept by triggers) always equals the sums of the
quotes' own terms, on every backend, after every kind of write; and a cloud read from it
equals a cloud summed from the quotes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, delete, func, select, update

from feedback.collect import edit
from feedback.collect.pipeline import submit_many
from feedback.domain import Status
from feedback.store.db import transaction
from feedback.store.directory import add_team
from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote, QuoteTerm, Team, TermDay
from feedback.store.read import day_sums, term_counts
from tests.conftest import TODAY, draft

KEY = ("status", "said_on", "language", "team_id", "channel", "kind", "term", "surface")
TEXTS = (
    "Aylin war super freundlich und hat schnell geholfen, danke!",
    "Super schnell erledigt, sehr freundlich am Telefon.",
    "Thank you Anna, quick and friendly help with my invoice!",
    "Geduldig erklärt, kompetent und freundlich. 😊",
    "Very patient and friendly, problem solved in minutes 👍",
    "Schnell, freundlich, kompetent: so soll Service sein.",
)


def _kept(engine: Engine) -> dict[tuple[Any, ...], int]:
    columns = [TermDay.__table__.c[name] for name in (*KEY, "count")]
    with engine.connect() as conn:
        rows = conn.execute(select(*columns)).all()
    assert all(row[-1] > 0 for row in rows), "a sum at 0 is deleted"
    return {tuple(row[:-1]): int(row[-1]) for row in rows}


def _summed(engine: Engine) -> dict[tuple[Any, ...], int]:
    team = func.coalesce(Quote.team_id, 0)
    keys = (Quote.status, Quote.said_on, Quote.language, team, Quote.channel)
    terms = (QuoteTerm.kind, QuoteTerm.term, QuoteTerm.surface)  # in KEY's order
    query = (
        select(*keys, *terms, func.sum(QuoteTerm.count))
        .join(Quote, Quote.id == QuoteTerm.quote_id)
        .group_by(*keys, *terms)
    )
    with engine.connect() as conn:
        return {tuple(row[:-1]): int(row[-1]) for row in conn.execute(query).all()}


def _assert_in_step(engine: Engine, step: str) -> None:
    kept = _kept(engine)
    assert kept == _summed(engine), step
    assert kept or step == "all deleted", step


def _seed(engine: Engine, people: dict[str, int]) -> list[int]:
    agents = [people["aylin"], people["anna"], people["jonas"]]
    drafts = [
        draft(
            text,
            agents[number % len(agents)],
            said_on=TODAY - dt.timedelta(days=number % 3),
            channel=("email", "chat", "phone")[number % 3],
            status=Status.APPROVED if number % 2 else Status.PENDING,
        )
        for number, text in enumerate(TEXTS)
    ]
    ids = [result.quote_id for result in submit_many(engine, drafts)]
    assert all(ids)
    return [int(quote_id) for quote_id in ids if quote_id is not None]


def every_kind_of_write(engine: Engine, ids: list[int], check: Callable[[str], None]) -> None:
    """Status changes, a text edit, themes set, day/channel/language and team changes, a team
    deleted, one quote's terms deleted, quotes deleted; ``check(step)`` after each."""
    check("submitted")
    edit.set_status(engine, ids[:4], Status.APPROVED, actor="test")
    check("approved")
    edit.set_status(engine, ids[1:2], Status.REJECTED, actor="test")
    check("rejected")

    result = edit.edit_text(engine, ids[0], "Ganz ruhig und geduldig, danke Aylin!", actor="test")
    assert result is not None
    check("text edited (terms and themes analysed again)")

    with transaction(engine) as session:
        session.execute(update(Quote).where(Quote.id == ids[5]).values(themes=["speed", "x"]))
    check("themes set")
    with transaction(engine) as session:
        session.execute(
            update(Quote)
            .where(Quote.id.in_(ids[2:4]))
            .values(said_on=TODAY - dt.timedelta(days=40), channel="chat", language="en")
        )
    check("day, channel and language changed")

    with transaction(engine) as session:
        other = add_team(session, "Service Süd", actor="test").id
        session.execute(update(Quote).where(Quote.id == ids[4]).values(team_id=other))
    check("team changed")
    with transaction(engine) as session:
        session.execute(delete(Team).where(Team.id == other))  # quotes' team_id set to NULL
    check("team deleted")

    with transaction(engine) as session:
        session.execute(delete(QuoteTerm).where(QuoteTerm.quote_id == ids[5]))
    check("one quote's terms deleted")

    assert edit.delete_quotes(engine, ids[:2], actor="test") == 2
    check("quotes deleted")
    assert edit.delete_quotes(engine, ids[2:], actor="test") == len(ids) - 2
    check("all deleted")


def test_every_write_keeps_the_day_sums_equal_to_the_quotes_terms(engine, people):
    every_kind_of_write(engine, _seed(engine, people), lambda step: _assert_in_step(engine, step))
    assert _kept(engine) == {}


def test_a_cloud_from_the_day_sums_equals_one_from_the_quotes(engine, people):
    ids = _seed(engine, people)
    edit.set_status(engine, ids[:3], Status.APPROVED, actor="test")
    for flt in (
        QuoteFilter(),
        QuoteFilter(statuses=()),
        QuoteFilter(start=TODAY - dt.timedelta(days=1), end=TODAY, languages=("de",)),
        QuoteFilter(team_ids=(people["team_north"],), channels=("chat", "email")),
        QuoteFilter(statuses=("pending",), languages=("en",)),
    ):
        assert day_sums(flt, "word") is not None, flt  # read from term_days
        for kind in ("word", "bigram", "emoji"):
            cloud = term_counts(engine, flt, kind=kind, limit=10_000)
            counts = dict(zip(cloud["term"], cloud["count"].astype(int), strict=True))
            assert counts == _summed_terms(engine, flt, kind), (flt, kind)
    # What the sums do not keep is summed from the quotes.
    assert day_sums(QuoteFilter(agent_ids=(people["anna"],)), "word") is None
    assert day_sums(QuoteFilter(themes=("speed",)), "word") is None
    assert day_sums(QuoteFilter(search="schnell"), "word") is None


def _summed_terms(engine: Engine, flt: QuoteFilter, kind: str) -> dict[str, int]:
    matching = flt.apply(select(Quote.id)).subquery()
    query = (
        select(QuoteTerm.term, func.sum(QuoteTerm.count))
        .join(matching, matching.c.id == QuoteTerm.quote_id)
        .where(QuoteTerm.kind == kind)
        .group_by(QuoteTerm.term)
    )
    with engine.connect() as conn:
        return {term: int(n) for term, n in conn.execute(query).all()}
