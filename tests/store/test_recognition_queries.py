"""The recognition reads: counts per agent and team from the database equal plain Python counts
over the same quotes on every backend, only the quotes shown are read, and the views built from
them equal those built from the quotes frame and keep hidden names hidden."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pandas as pd
import pytest

from feedback.insights import recognition, works_council
from feedback.insights.privacy import NamePrivacy
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from feedback.store.recognition_queries import month_rollup, wall_data
from tests.store.rollup_data import PEOPLE, Row, Seeded, seed

FIRST = dt.date(2026, 1, 26)
DAYS = 45  # into March: two month ends inside


def _warmth(row: Row) -> tuple[Any, ...]:
    """Highest score first, unscored last, then the newest."""
    return (row.compound is not None, row.compound or 0.0, row.said_on, row.id)


def _expected_agents(seeded: Seeded, rows: list[Row]) -> dict[int, tuple[Any, ...]]:
    people = {seeded.agents[h]: (first, consent) for h, first, _l, _t, consent in PEOPLE}
    out = {}
    for agent, (first, consent) in people.items():
        mine = [row for row in rows if row.agent_id == agent]
        if not mine:
            continue
        with_team = [row for row in mine if row.team is not None]
        newest = max(with_team, key=lambda row: (row.said_on, row.id)) if with_team else None
        best = max(mine, key=_warmth)
        team = newest.team if newest else None
        out[agent] = (len(mine), first, consent, team, best.text, best.id)
    return out


def _actual_agents(frame: pd.DataFrame) -> dict[int, tuple[Any, ...]]:
    out = {}
    for row in frame.to_dict("records"):
        team = None if pd.isna(row["team"]) else row["team"]
        sums = (int(row["quotes"]), row["first"], bool(row["consent"]), team, row["example"])
        out[int(row["agent_id"])] = (*sums, int(row["best_id"]))
    return out


def _expected_teams(rows: list[Row]) -> dict[str, tuple[int, int, str]]:
    out = {}
    for team in {row.team for row in rows if row.team is not None}:
        mine = [row for row in rows if row.team == team]
        positive = sum(row.label == "positive" for row in mine)
        out[team] = (len(mine), positive, max(mine, key=_warmth).text)
    return out


@pytest.fixture
def seeded(engine) -> Seeded:
    return seed(engine, 180, FIRST, DAYS, seed=11)


def _filters(seeded: Seeded) -> list[QuoteFilter]:
    return [
        QuoteFilter(start=dt.date(2026, 2, 1), end=dt.date(2026, 2, 28)),
        QuoteFilter(statuses=()),
        QuoteFilter(start=FIRST, end=FIRST),
        QuoteFilter(team_ids=(seeded.teams["Süd"],), channels=("chat",)),
        QuoteFilter(themes=("patience",), languages=("de",)),
        QuoteFilter(start=dt.date(2030, 1, 1)),  # nothing
    ]


def test_the_month_sums_equal_python_sums(engine, seeded):
    for flt in _filters(seeded):
        rows = [row for row in seeded.rows if row.matches(flt)]
        sums = month_rollup(engine, flt)
        assert _actual_agents(sums.agents) == _expected_agents(seeded, rows), flt
        teams = {
            team: (int(n), int(positive), example)
            for team, n, positive, example, *_ in sums.teams.itertuples(index=False)
        }
        assert teams == _expected_teams(rows), flt
    assert len(month_rollup(engine, QuoteFilter(statuses=())).agents) == 4


@pytest.mark.parametrize("who", ["anna", "cem", "team Nord", "team Süd"])
def test_a_wall_reads_counts_and_only_the_quotes_it_shows(engine, seeded, who):
    if who.startswith("team"):
        flt = QuoteFilter(team_ids=(seeded.teams[who.split()[1]],))
    else:
        flt = QuoteFilter(agent_ids=(seeded.agents[who],))
    month_start = dt.date(2026, 3, 1)
    data = wall_data(engine, flt, month_start, latest=5, firsts=10)
    rows = [row for row in seeded.rows if row.matches(flt)]
    assert data.total == len(rows) > 10
    assert data.this_month == sum(row.said_on >= month_start for row in rows)
    assert data.labelled == sum(row.label is not None for row in rows)
    assert data.positive == sum(row.label == "positive" for row in rows)
    mentions = Counter(theme for row in rows for theme in row.themes)
    assert dict(data.themes) == dict(mentions)
    assert [n for _theme, n in data.themes] == sorted(mentions.values(), reverse=True)
    oldest = sorted(rows, key=lambda row: (row.said_on, row.id))[:10]
    assert data.firsts == tuple((row.id, row.said_on) for row in oldest)
    newest = sorted(rows, key=lambda row: (row.said_on, row.id), reverse=True)[:5]
    assert data.latest["id"].tolist() == [row.id for row in newest]
    assert data.latest["text"].tolist() == [row.text for row in newest]


def test_an_empty_store_has_empty_walls_and_months(engine):
    data = wall_data(engine, QuoteFilter(agent_ids=(1,)), dt.date(2026, 3, 1), 8, 100)
    wall = recognition.wall(data, dt.date(2026, 3, 15))
    assert (wall.total, wall.this_month, wall.positive_share, wall.to_next) == (0, 0, None, 1)
    assert wall.latest.empty
    sums = month_rollup(engine, QuoteFilter())
    assert recognition.shout_outs(sums, "de").empty
    assert recognition.team_ranking(sums).empty


def test_the_views_from_the_database_equal_the_views_from_the_quotes_frame(engine, seeded):
    flt = QuoteFilter(start=dt.date(2026, 2, 1), end=dt.date(2026, 2, 28))
    sums, frame = month_rollup(engine, flt), quotes_frame(engine, flt)
    names = NamePrivacy.from_directory(read_directory(engine))
    for mode in (False, True):
        privacy = works_council.name_privacy(read_directory(engine), mode)
        got = recognition.month_shout_outs(sums, "en", privacy, works_council_mode=mode)
        want = recognition.month_shout_outs(frame, "en", privacy, works_council_mode=mode)
        pd.testing.assert_frame_equal(got, want, check_dtype=False)
    pd.testing.assert_frame_equal(
        recognition.agent_ranking(sums, "de"), recognition.agent_ranking(frame, "de")
    )
    pd.testing.assert_frame_equal(recognition.team_ranking(sums), recognition.team_ranking(frame))
    agent = QuoteFilter(agent_ids=(seeded.agents["anna"],))
    today = dt.date(2026, 3, 10)
    from_sql = recognition.wall(wall_data(engine, agent, today.replace(day=1), 8, 100), today, 8)
    from_frame = recognition.wall(quotes_frame(engine, agent), today, 8)
    assert from_sql.milestones == from_frame.milestones
    assert (from_sql.total, from_sql.top_themes) == (from_frame.total, from_frame.top_themes)
    pd.testing.assert_frame_equal(from_sql.latest, from_frame.latest)
    assert names.mask("danke Cem", None) == "danke [NAME]"


def test_shout_outs_from_the_database_never_show_a_hidden_name(engine, seeded):
    sums = month_rollup(engine, QuoteFilter(statuses=()))
    names = NamePrivacy.from_directory(read_directory(engine))
    out = recognition.shout_outs(sums, "de", names)
    shown = " ".join(out.astype(str).to_numpy().ravel())
    assert "Cem" not in shown
    assert "Dora" not in shown
    assert {"Anna", "Ben"} <= set(out["who"])
    assert out["people"].sum() == 4
    teams = recognition.team_shout_outs(
        sums, "de", works_council.name_privacy(read_directory(engine), True)
    )
    shown = " ".join(teams.astype(str).to_numpy().ravel())
    assert not any(first in shown for _h, first, *_r in PEOPLE)
    assert sorted(teams["who"]) == ["Nord", "Süd"]
