"""The minimum group size of works-council mode: which teams are too small to be shown on their
own, and how filters, cards, breakdowns, shout-outs and counts treat them. Pure functions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest

from feedback.insights import recognition, trends, wall_pages, works_council
from feedback.insights.wall import build_wall
from feedback.store.directory import AgentInfo, Directory
from feedback.store.wall_queries import WallQuote
from tests.insights.test_wall import frame, quote

NORD, SOLO, EMPTY, FORMER, PAIR = 10, 20, 30, 40, 50
TEAMS = {NORD: "Nord", SOLO: "Solo", EMPTY: "Leer", FORMER: "Ehemalige", PAIR: "Paar"}


def _agent(agent_id: int, team_id: int | None, *, active: bool = True) -> AgentInfo:
    return AgentInfo(agent_id, f"a{agent_id}", f"A{agent_id}", "X", team_id, False, active)


# Nord: three active agents. Solo: one active and one who left. Leer: nobody. Ehemalige:
# three who all left. Paar: two. One agent without a team.
AGENTS = [
    _agent(1, NORD),
    _agent(2, NORD),
    _agent(3, NORD),
    _agent(10, PAIR),
    _agent(11, PAIR),
    _agent(4, SOLO),
    _agent(5, SOLO, active=False),
    *(_agent(n, FORMER, active=False) for n in (6, 7, 8)),
    _agent(9, None),
]
DIRECTORY = Directory(agents={a.id: a for a in AGENTS}, teams=TEAMS)


def test_outside_the_mode_no_team_is_too_small():
    assert works_council.small_teams(DIRECTORY, False) == frozenset()
    assert works_council.offered_teams(TEAMS, frozenset()) == TEAMS


def test_in_the_mode_teams_below_three_active_agents_are_small():
    small = works_council.small_teams(DIRECTORY, True)
    # Solo has one active agent (the one who left does not count), Leer none, and the quotes of
    # Ehemalige are those of three people who left: none of them is shown on its own.
    assert small == {SOLO, EMPTY, FORMER, PAIR}
    assert works_council.offered_teams(TEAMS, small) == {NORD: "Nord"}
    names = works_council.small_team_names(DIRECTORY, small)
    assert names == {"Solo", "Leer", "Ehemalige", "Paar"}


def test_the_minimum_is_a_setting():
    assert works_council.MIN_TEAM_SIZE == 3
    assert works_council.small_teams(DIRECTORY, True, minimum=4) == set(TEAMS)
    # Solo (one active) and the agent without a team are two: enough for a minimum of 2.
    assert works_council.small_teams(DIRECTORY, True, minimum=2) == {SOLO, EMPTY, FORMER}
    # Without the team-less agent, Solo alone is too few: the next smallest, Paar, joins.
    alone = Directory(agents={a.id: a for a in AGENTS if a.team_id is not None}, teams=TEAMS)
    assert works_council.small_teams(alone, True, minimum=2) == {SOLO, EMPTY, FORMER, PAIR}


def _with_teams(*sizes: int) -> Directory:
    """Teams 1, 2, ... with ``sizes`` active agents each."""
    agents = [
        _agent(100 * team + n, team)
        for team, size in enumerate(sizes, start=1)
        for n in range(size)
    ]
    teams = {team: f"T{team}" for team in range(1, len(sizes) + 1)}
    return Directory(agents={a.id: a for a in agents}, teams=teams)


@pytest.mark.parametrize(
    ("sizes", "small"),
    [
        ((10, 8, 1), {3, 2}),  # "other teams" of one would be that one: the 8 join them
        ((10, 1, 1, 1), {2, 3, 4}),  # three people together: enough
        ((10, 2, 1), {2, 3}),
        ((10, 4, 5), set()),  # nobody small: nothing to pool
        ((10, 0), {2}),  # an empty team is nobody's figure: nobody joins it
        ((2,), {1}),  # one team too small: everything is company-wide
    ],
)
def test_the_small_teams_together_are_never_fewer_than_the_minimum(sizes, small):
    assert works_council.small_teams(_with_teams(*sizes), True) == small
    assert works_council.small_teams(_with_teams(*sizes), False) == frozenset()


@pytest.mark.parametrize(
    ("sizes", "small"), [((10, 8, 1), {2, 3}), ((10, 8), {2}), ((10, 8, 2), {3})]
)
def test_an_agent_without_a_team_counts_with_the_small_teams(sizes, small):
    # Breakdowns show the quotes of no team with the small teams: one such agent alone would
    # be that person, so the next smallest team joins until they are three.
    found = _with_teams(*sizes)
    found = dataclasses.replace(found, agents={**found.agents, 9: _agent(9, None)})
    assert works_council.small_teams(found, True) == small


def test_a_team_that_only_joins_the_small_ones_may_still_be_praised():
    # The submit form's picker: a quote for the eight praises eight people.
    directory = _with_teams(10, 8, 1)
    assert works_council.below_minimum(directory, True) == {3}
    assert works_council.below_minimum(directory, False) == frozenset()


def test_a_small_teams_quote_names_no_team_in_the_mode():
    quotes = frame(
        quote(1, team_id=NORD, team="Nord", text="Danke, Nord!"),
        quote(2, team_id=SOLO, team="Solo", text="Danke, Solo!"),
    )

    shown = works_council.team_level(quotes, True, {SOLO})
    view = build_wall(shown, today=dt.date(2026, 11, 23))

    cards = {c.text: c for c in [*view.cards, *([view.highlight] if view.highlight else [])]}
    assert (cards["Danke, Nord!"].who, cards["Danke, Nord!"].team) == ("Nord", "Nord")
    assert (cards["Danke, Solo!"].who, cards["Danke, Solo!"].team) == ("", "")
    assert quotes["team"].tolist() == ["Nord", "Solo"], "the shared frame is unchanged"
    assert works_council.team_level(quotes, False, {SOLO}) is quotes, "outside the mode: as is"


def test_a_small_teams_wall_record_names_no_team_in_the_mode():
    record = WallQuote(
        id=1, text="Danke!", language="de", channel="chat", said_on=dt.date(2026, 11, 2),
        agent_id=4, agent_first_name="A4", agent_consent=True, team_id=SOLO, team="Solo",
        verbatim=None, sentiment_compound=0.8, sentiment_label="positive", themes=(),
        emotions=(),
    )  # fmt: skip
    other = dataclasses.replace(record, id=2, team_id=NORD, team="Nord")

    shown = wall_pages.team_level([record, other], True, {SOLO})

    assert [(q.team_id, q.team, q.agent_consent) for q in shown] == [
        (None, None, False),
        (NORD, "Nord", False),
    ]
    assert wall_pages.team_level([record], False, {SOLO}) == (record,)


def test_trends_by_team_sum_the_small_teams_into_one_group():
    volume = pd.DataFrame(
        {
            "period": pd.to_datetime(["2026-10-01"] * 4 + ["2026-11-01"] * 4),
            "group": ["Ehemalige", "Leer", "Nord", "Solo"] * 2,
            "quotes": [1, 0, 5, 2, 0, 0, 4, 3],
        }
    )

    merged = trends.small_teams_merged(volume, {"Solo", "Leer", "Ehemalige"}, "Weitere Teams")

    assert merged.to_dict("list") == {
        "period": list(pd.to_datetime(["2026-10-01"] * 2 + ["2026-11-01"] * 2)),
        "group": ["Nord", "Weitere Teams"] * 2,
        "quotes": [5, 3, 4, 3],
    }
    assert trends.small_teams_merged(volume, frozenset(), "Weitere Teams") is volume
    no_team = volume.assign(group=volume["group"].replace("Leer", "–"))
    merged = trends.small_teams_merged(no_team, {"Solo", "Ehemalige"}, "Weitere Teams")
    assert merged["group"].tolist() == ["Nord", "Weitere Teams"] * 2, "no team joins them"


def _month() -> pd.DataFrame:
    return frame(
        quote(1, team_id=NORD, team="Nord", text="Danke, Nord!", sentiment_compound=0.9),
        quote(2, team_id=SOLO, team="Solo", text="Sehr geduldig!", sentiment_label="positive"),
        quote(3, team_id=SOLO, team="Solo", text="Gut.", sentiment_compound=0.1),
        quote(4, team_id=FORMER, team="Ehemalige", text="Okay.", sentiment_compound=0.1),
    )


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_small_teams_share_one_shout_out_last(lang):
    shout = recognition.team_shout_outs(_month(), lang, None, {"Solo", "Ehemalige"})

    other = {"de": "Weitere Teams", "en": "Other teams"}[lang]
    assert shout["who"].tolist() == ["Nord", other]
    assert shout["quotes"].tolist() == [1, 3]
    # The example of the small team with the most positive quotes, under no team's name.
    assert shout["example"].tolist() == ["Danke, Nord!", "Sehr geduldig!"]


def test_without_small_teams_each_team_has_its_shout_out():
    shout = recognition.team_shout_outs(_month(), "de", None)
    assert shout["who"].tolist() == ["Ehemalige", "Nord", "Solo"]


def test_counts_per_team_sum_the_small_teams_by_their_count():
    counts = [("Nord", 9), ("Solo", 4), ("Süd", 3), (None, 2), ("Ehemalige", 1)]

    merged = works_council.merged_counts(counts, {"Solo", "Ehemalige"}, "Weitere Teams")

    # The quotes of no team join them: the agents without a team are counted with them.
    assert merged == [("Nord", 9), ("Weitere Teams", 7), ("Süd", 3)]
    assert works_council.merged_counts(counts, frozenset(), "x") == counts
