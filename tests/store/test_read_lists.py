"""The read side's lists in SQL equal the plain Python computation over the same quotes, on
SQLite and PostgreSQL: keyset pages (one page, the last page, an empty store, ties on one day
broken by id), the quote of the week, the wall in every order, the spotlight's teams and the
moderation queue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import Engine, insert, select

from feedback.collect.pipeline import submit_many
from feedback.insights import clouds, moderation, wall_pages
from feedback.insights.presentation import team_choices as frame_team_choices
from feedback.insights.privacy import NamePrivacy
from feedback.insights.wall import EMOTION_WEIGHTS, build_wall, quote_of_the_week, warmth
from feedback.insights.works_council import name_privacy, team_level
from feedback.store import wall_queries
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote
from feedback.store.moderation_queries import queue_page
from feedback.store.presentation_queries import team_choices
from feedback.store.read import count_matching, quotes_frame
from feedback.store.wall_queries import WallQuote
from tests.conftest import TODAY, draft

EVERY_STATUS = QuoteFilter(statuses=())


def seed(engine: Engine, people: dict[str, int], n: int) -> list[dict[str, Any]]:
    """``n`` quotes with every third day shared by three quotes (keyset ties), both languages,
    three agents (Aylin without consent), scores with gaps, emoji, and a few not approved."""
    agents = [people["anna"], people["jonas"], people["aylin"]]
    teams = {
        people["anna"]: people["team_north"],
        people["jonas"]: people["team_tech"],
        people["aylin"]: people["team_north"],
    }
    rows = []
    for i in range(n):
        agent = agents[i % 3]
        rows.append(
            {
                "text": f"Danke {'Aylin' if i % 5 == 0 else 'euch'}, Nummer {i}{' 😊' * (i % 3)}",
                "language": "de" if i % 4 else "en",
                "channel": ("email", "chat", "phone")[i % 3],
                "said_on": TODAY - dt.timedelta(days=(i // 3) * 2),
                "submitted_by": "test",
                "submitted_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=i),
                "agent_id": agent,
                "team_id": teams[agent],
                "status": "pending" if i % 7 == 6 else "approved",
                "fingerprint": f"fp-{i}",
                "sentiment_compound": None if i % 6 == 5 else round((i * 37 % 100) / 100, 2),
                "sentiment_label": "mixed" if i % 8 == 3 else "positive",
                "emotions": [["gratitude"], ["joy", "relief"], []][i % 3],
                "themes": [["speed"], ["friendliness", "speed"], []][i % 3],
                "redactions": [],
                "tags": [],
            }
        )
    if rows:
        with engine.begin() as conn:
            conn.execute(insert(Quote), rows)
    return rows


def walk(engine: Engine, flt: QuoteFilter, size: int, exclude: int | None = None) -> list[int]:
    """Every matching id, page by page after the last one (keyset), checking each page's size."""
    ids: list[int] = []
    after = None
    while True:
        page = wall_queries.newest_page(engine, flt, limit=size, after=after, exclude_id=exclude)
        assert len(page) <= size
        ids.extend(q.id for q in page)
        if len(page) < size:
            return ids
        after = wall_queries.page_key(page[-1])


@pytest.mark.parametrize(("n", "size"), [(0, 5), (5, 5), (12, 5), (12, 1), (30, 24)])
def test_keyset_pages_are_newest_first_with_ties_broken_by_id(engine, people, n, size):
    rows = seed(engine, people, n)
    stored = quotes_frame(engine, EVERY_STATUS, newest_first=False)
    said = dict(zip(stored["id"], stored["said_on"].dt.date, strict=True))
    expected = sorted(said, key=lambda i: (said[i], i), reverse=True)
    assert walk(engine, EVERY_STATUS, size) == expected
    assert len(expected) == len(rows)
    if n >= 3:  # the same day for three quotes: the higher id first
        day = rows[0]["said_on"]
        assert [i for i in expected if said[i] == day] == sorted(
            (i for i in said if said[i] == day), reverse=True
        )


def test_pages_follow_the_filter_and_leave_out_the_quote_of_the_week(engine, people):
    seed(engine, people, 40)
    flt = QuoteFilter(team_ids=(people["team_north"],), languages=("de",))
    frame = quotes_frame(engine, flt)
    expected = [int(i) for i in frame["id"]]
    assert expected
    assert walk(engine, flt, 4) == expected
    assert walk(engine, flt, 4, exclude=expected[2]) == expected[:2] + expected[3:]
    assert count_matching(engine, flt) == len(expected)


@pytest.mark.parametrize("lang", [None, "de", "en"])
@pytest.mark.parametrize("days_ago", [0, 5, 40, 200])
def test_quote_of_the_week_in_sql_equals_the_frame_pick(engine, people, lang, days_ago):
    seed(engine, people, 60)
    today = TODAY - dt.timedelta(days=days_ago)  # 200 days ago: before any quote
    flt = QuoteFilter()
    candidates = wall_queries.week_candidates(engine, flt, today, lang, wall_pages.WEEK_DAYS)
    picked = wall_pages.pick_of_the_week(candidates)
    expected = quote_of_the_week(quotes_frame(engine, flt), today, lang=lang)
    assert expected is not None
    assert picked is not None
    assert picked.id == expected.quote_id


def test_an_empty_store_has_no_pages_no_pick_and_no_teams(engine, people):
    flt = QuoteFilter()
    assert wall_queries.newest_page(engine, flt, limit=24) == ()
    assert wall_queries.week_candidates(engine, flt, TODAY, "de", 7) == ()
    assert wall_queries.latest_day(engine, flt) is None
    assert wall_queries.shuffled_ids(engine, flt, 7, limit=24) == []
    assert team_choices(engine, flt) == {}
    assert queue_page(engine, flt, limit=500) == ()


def sql_wall(
    engine: Engine,
    flt: QuoteFilter,
    order: str,
    seed_value: int,
    shown: int,
    names: NamePrivacy,
    mode: bool,
    lang: str,
):
    """The wall as feedback/ui/wall.py builds it from SQL, without the caches."""
    highlight = wall_pages.pick_of_the_week(
        wall_queries.week_candidates(engine, flt, TODAY, lang, wall_pages.WEEK_DAYS)
    )
    exclude = highlight.id if highlight is not None else None
    want, first = wall_pages.page_sizes(shown, highlight is not None)
    if order == "newest":

        def read(after: wall_queries.PageKey | None, size: int) -> Sequence[WallQuote]:
            return wall_queries.newest_page(
                engine, flt, limit=size, after=after, exclude_id=exclude
            )

        quotes: Sequence[WallQuote] = wall_pages.collect_pages(read, want, first)
    elif order == "loved":
        ids = wall_queries.warmest_ids(engine, flt, EMOTION_WEIGHTS, limit=want, exclude_id=exclude)
        quotes = wall_queries.quotes_by_id(engine, ids)
    else:
        ids = wall_queries.shuffled_ids(engine, flt, seed_value, limit=want, exclude_id=exclude)
        quotes = wall_queries.quotes_by_id(engine, ids)
    return wall_pages.wall_view(
        quotes,
        total=count_matching(engine, flt) - (highlight is not None),
        highlight=highlight,
        names=names,
        works_council_mode=mode,
    )


@pytest.mark.parametrize(
    ("order", "shown", "mode"),
    [
        ("newest", 24, False),
        ("newest", 48, False),
        ("newest", 3, True),
        ("newest", 200, False),
        ("loved", 24, False),
        ("loved", 48, True),
        ("random", 24, False),
    ],
)
def test_the_wall_from_sql_equals_the_wall_from_the_frame(engine, people, order, shown, mode):
    seed(engine, people, 70)
    directory = read_directory(engine)
    names = name_privacy(directory, mode)
    flt = QuoteFilter()
    frame = team_level(quotes_frame(engine, flt), mode)
    expected = build_wall(
        frame, order=order, seed=7, limit=shown, today=TODAY, names=names, lang="de"
    )
    got = sql_wall(engine, flt, order, 7, shown, names, mode, "de")
    assert got == expected
    assert len(got.cards) == min(shown, len(frame)) - 1
    if shown >= 24:  # Aylin did not consent: her name is masked in the customers' words
        assert any("[NAME]" in card.text for card in got.cards)
    assert any(card.named for card in got.cards) is not mode


def sql_warmth(compound: float | None, emotions: list[str]) -> float:
    """Warmth as the database sums it (not rounded, weights added in name order): Python's
    rounded ``warmth`` may tie two quotes the database tells apart by 1e-16."""
    raw = 0.5 if compound is None else (compound + 1.0) / 2.0
    for label, weight in sorted(EMOTION_WEIGHTS.items()):
        raw += weight if label in emotions else 0.0
    return min(1.0, max(0.0, raw))


@pytest.mark.parametrize("window", ["default", "small"])
def test_the_warmest_ids_equal_the_python_order_for_every_length(
    engine, people, window, monkeypatch
):
    """``warmest_ids`` reads the quotes of warmth 1.0 among the newest while there are enough
    of them, and sorts every matching quote's warmth otherwise: both give the full order's
    head. The small window (10 newest quotes) leaves warm quotes outside it."""
    if window == "small":
        monkeypatch.setattr(wall_queries, "_NEWEST_SCAN", 10)
        monkeypatch.setattr(wall_queries, "_NEWEST_PER_ID", 1)
    rows = seed(engine, people, 90)
    with engine.connect() as conn:
        stored = dict(conn.execute(select(Quote.fingerprint, Quote.id)).all())
    north = people["team_north"]
    for team in (None, north):
        flt = QuoteFilter(team_ids=() if team is None else (team,))
        matching = [r for r in rows if r["status"] == "approved" and team in (None, r["team_id"])]
        order = sorted(
            matching,
            key=lambda r: (
                -sql_warmth(r["sentiment_compound"], r["emotions"]),
                -r["said_on"].toordinal(),
                -stored[r["fingerprint"]],
            ),
        )
        expected = [stored[r["fingerprint"]] for r in order]
        warm = sum(warmth(r["sentiment_compound"], r["emotions"]) == 1.0 for r in matching)
        assert 3 <= warm < len(matching)  # both ways of reading are exercised
        for limit in sorted({0, 1, warm - 1, warm, warm + 1, len(matching), len(matching) + 5}):
            got = wall_queries.warmest_ids(engine, flt, EMOTION_WEIGHTS, limit=limit)
            assert got == expected[:limit], (flt, limit)
        skip = expected[0]
        got = wall_queries.warmest_ids(engine, flt, EMOTION_WEIGHTS, limit=warm, exclude_id=skip)
        assert got == [i for i in expected if i != skip][:warm]


def test_spotlight_teams_by_group_by_equal_the_frame_teams(engine, people):
    seed(engine, people, 20)
    for flt in (QuoteFilter(), QuoteFilter(agent_ids=(people["jonas"],)), EVERY_STATUS):
        assert team_choices(engine, flt) == frame_team_choices(quotes_frame(engine, flt))
    assert list(team_choices(engine, QuoteFilter())) == [people["team_north"], people["team_tech"]]


@pytest.mark.parametrize("limit", [1, 6, 500])
def test_the_queue_page_is_the_latest_handed_in_first(engine, people, limit):
    seed(engine, people, 45)
    flt = QuoteFilter(statuses=("pending",))
    rows = queue_page(engine, flt, limit=limit)
    frame = quotes_frame(engine, flt)
    frame = frame.assign(_at=pd.to_datetime(frame["submitted_at"], utc=True))
    newest = frame.sort_values(["_at", "id"], ascending=False).head(limit).drop(columns="_at")
    assert [q.id for q in rows] == [int(i) for i in newest["id"]]
    assert len(rows) == min(limit, 6)
    zone = dt.UTC
    by_rows = moderation.queue_table(rows, "de", today=TODAY, zone=zone)
    by_frame = moderation.queue_table(newest, "de", today=TODAY, zone=zone)
    assert by_rows.equals(by_frame)


def test_a_quote_said_long_ago_but_handed_in_now_is_on_the_first_queue_page(engine, people):
    seed(engine, people, 45)
    late = draft(
        "Danke für die Geduld gestern am Telefon!",
        people["jonas"],
        said_on=TODAY - dt.timedelta(days=300),
    )
    (result,) = submit_many(engine, [late], today=TODAY)
    assert result.quote_id is not None
    rows = queue_page(engine, QuoteFilter(statuses=("pending",)), limit=1)
    assert [q.id for q in rows] == [result.quote_id]


@pytest.mark.parametrize(
    ("term", "surface", "limit"), [("euch", "euch", 500), ("danke", "Danke", 4)]
)
def test_the_quotes_behind_a_cloud_word_equal_the_frame_lookup(
    engine, people, term, surface, limit
):
    seed(engine, people, 30)
    flt = QuoteFilter()
    forms = {term, surface}
    records = [
        quote
        for form in forms
        for quote in wall_queries.newest_page(engine, replace(flt, search=form), limit=limit)
    ]
    frames = [quotes_frame(engine, replace(flt, search=form), limit=limit) for form in forms]
    expected = clouds.quotes_with_term(pd.concat(frames, ignore_index=True), term, surface)
    got = clouds.records_with_term(records, term, surface)
    assert [q.id for q in got] == [int(i) for i in expected["id"]]
    assert len(got) == (limit if limit < 20 else sum(1 for i in range(30) if i % 5 and i % 7 != 6))


def test_show_more_reads_one_new_page_after_the_last_card(engine, people):
    seed(engine, people, 60)
    flt = QuoteFilter()
    calls: list[tuple[wall_queries.PageKey | None, int]] = []

    def read(after: wall_queries.PageKey | None, size: int) -> Sequence[WallQuote]:
        calls.append((after, size))
        return wall_queries.newest_page(engine, flt, limit=size, after=after)

    first = wall_pages.collect_pages(read, 23, 23)
    more = wall_pages.collect_pages(read, 47, 23)
    assert more[:23] == first
    assert [q.id for q in more] == [int(i) for i in quotes_frame(engine, flt, limit=47)["id"]]
    assert calls == [(None, 23), (None, 23), (wall_queries.page_key(first[-1]), 24)]
    everything = wall_pages.collect_pages(read, 500, 23)
    assert len(everything) == count_matching(engine, flt)  # the last page is a short one
