"""A team filter and a breakdown by team follow the cards: the quotes of the one agent of a
team without consent, whose cards name no team, are no team's there either. Else filtering
the wall, a trend or an export to "Privatkunden Nord" (or reading Nord's bar) would show
exactly the quotes of the one person who did not consent."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from feedback.auth.roles import Actor, Role
from feedback.collect.pipeline import submit_quote
from feedback.domain import Status
from feedback.insights import recognition, trends
from feedback.insights.unnamed_teams import no_team_quotes
from feedback.services.exports import export_quotes
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.read import count_matching, counts_by, kept_by_day_sums, quotes_frame
from feedback.store.recognition_queries import month_rollup
from feedback.store.trend_rollup import moved_to_no_team, rollup_frame, trend_rollup
from tests.conftest import TODAY, draft
from tests.insights.test_unnamed_teams import _colleague

ADMIN = Actor("admin.anna", Role.ADMIN)
NORD = "Privatkunden Nord"


def _seed(engine, people) -> None:
    """Approved: Aylin (no consent, Nord) twice, Anna (Nord) once, Nord's team once, Jonas
    (hotline) once; and one pending quote of Aylin."""
    rows = [
        ("Aylin war super!", people["aylin"], {}),
        ("Aylin hat mir sehr geholfen.", people["aylin"], {}),
        ("Anna war toll!", people["anna"], {}),
        ("Das ganze Team war klasse!", None, {"team_id": people["team_north"]}),
        ("Jonas hat das Problem gelöst.", people["jonas"], {}),
    ]
    for text, agent, extra in rows:
        made = draft(text, agent, status=Status.APPROVED, **extra)
        assert submit_quote(engine, made, today=TODAY).stored
    pending = draft("Aylin, danke für die Geduld!", people["aylin"], status=Status.PENDING)
    assert submit_quote(engine, pending, today=TODAY).stored


def _others_see(engine, flt: QuoteFilter | None = None) -> QuoteFilter:
    return no_team_quotes(flt or QuoteFilter(), read_directory(engine))


def test_a_team_filter_does_not_find_the_quotes_that_name_no_team(engine, people):
    _seed(engine, people)
    nord = QuoteFilter(team_ids=(people["team_north"],))
    assert count_matching(engine, nord) == 4  # as stored: Aylin's two among them
    shown = quotes_frame(engine, _others_see(engine, nord))
    assert len(shown) == 2
    assert people["aylin"] not in set(shown["agent_id"].dropna())
    assert shown["agent_id"].isna().sum() == 1  # the team's own praise stays
    # Every quote still counts company-wide.
    assert count_matching(engine, _others_see(engine)) == 5


def test_with_three_colleagues_without_consent_the_filter_finds_them_again(engine, people):
    _seed(engine, people)
    _colleague(engine, people, "bernd.vogel", "team_north")
    nord = _others_see(engine, QuoteFilter(team_ids=(people["team_north"],)))
    assert count_matching(engine, nord) == 2  # two are not enough: each knows their own
    _colleague(engine, people, "carla.roth", "team_north")
    nord = _others_see(engine, QuoteFilter(team_ids=(people["team_north"],)))
    assert count_matching(engine, nord) == 4


def test_in_works_council_mode_the_mode_decides(engine, people):
    _seed(engine, people)
    flt = no_team_quotes(
        QuoteFilter(team_ids=(people["team_north"],)),
        read_directory(engine),
        works_council_mode=True,
    )
    assert (flt.teamless_ids, flt.unnamed_ids) == ((), ())
    assert count_matching(engine, flt) == 4


def test_counts_by_team_count_them_under_no_team(engine, people):
    _seed(engine, people)
    assert dict(counts_by(engine, QuoteFilter(), "team")) == {NORD: 4, "Technik-Hotline": 1}
    counts = dict(counts_by(engine, _others_see(engine), "team"))
    assert counts == {NORD: 2, "Technik-Hotline": 1, None: 2}


@pytest.mark.parametrize("team_filter", [False, True])
def test_trends_by_team_count_them_under_no_team(engine, people, team_filter):
    _seed(engine, people)
    flt = QuoteFilter(team_ids=(people["team_north"],) if team_filter else ())
    flt = _others_see(engine, flt)
    # Without a team filter the day sums still answer; the moved quotes are a second query.
    assert kept_by_day_sums(flt) is not team_filter
    by_team = trends.volume(trend_rollup(engine, flt), "week", "team")
    totals = by_team.groupby("group")["quotes"].sum().to_dict()
    if team_filter:
        assert totals == {NORD: 2}
    else:
        assert totals == {NORD: 2, "Technik-Hotline": 1, "–": 2}
    # The same as summing the quotes as others see them (cards: no team for Aylin).
    frame = quotes_frame(engine, flt)
    frame = frame.assign(team=frame["team"].mask(frame["agent_id"].eq(people["aylin"]), None))
    from_frame = trends.volume(rollup_frame(frame), "week", "team")
    assert from_frame.groupby("group")["quotes"].sum().to_dict() == totals


def test_moving_keeps_every_sum_and_drops_emptied_rows():
    day = TODAY
    rows = [
        (day, 7, "chat", 3, 2, 3, 1.5, 2, 0, 1, 1.0, 1),
        (day, 0, "chat", 1, 1, 1, 0.5, 1, 0, 0, 0.0, 0),
    ]
    moved = [(day, 7, "chat", 3, 2, 3, 1.5, 2, 0, 1, 1.0, 1)]
    assert moved_to_no_team(rows, moved) == [(day, None, "chat", 4, 3, 4, 2.0, 3, 0, 1, 1.0, 1)]


def test_a_filtered_export_of_approved_quotes_leaves_them_out(engine, people):
    _seed(engine, people)
    nord = QuoteFilter(team_ids=(people["team_north"],))
    assert export_quotes(engine, ADMIN, nord, "json").count == 2
    # Moderation material: the lead of Nord exports every pending quote of their team.
    lead = Actor("lead.nora", Role.LEAD, team_ids=frozenset({people["team_north"]}))
    pending = dataclasses.replace(nord, statuses=(Status.PENDING.value,))
    assert export_quotes(engine, lead, _others_see(engine, pending), "json").count == 1


def test_the_team_ranking_counts_them_under_no_team(engine, people):
    # Nord 4 minus Anna's 1 in the agents' ranking would leave Aylin's 2 (with the team's 1).
    _seed(engine, people)
    month = QuoteFilter(start=TODAY - dt.timedelta(days=30), end=TODAY)
    before = recognition.team_ranking(month_rollup(engine, month))
    assert dict(zip(before["team"], before["quotes"], strict=True))[NORD] == 4
    ranking = recognition.team_ranking(month_rollup(engine, _others_see(engine, month)))
    assert dict(zip(ranking["team"], ranking["quotes"], strict=True)) == {
        NORD: 2,
        "Technik-Hotline": 1,
    }
    agents = recognition.agent_ranking(month_rollup(engine, _others_see(engine, month)), "de")
    assert set(agents["who"]) == {"Anna", "Jonas"}  # nobody without consent is ranked
