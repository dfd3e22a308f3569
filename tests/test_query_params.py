"""Sidebar filters round-trip through the URL, and malformed links are ignored safely."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from feedback.insights.query_params import FilterState, params_from_state, state_from_params

THEMES = {"speed", "friendliness"}
TODAY = dt.date(2026, 11, 23)


def test_round_trip():
    state = FilterState(
        period="custom",
        start=dt.date(2026, 1, 1),
        end=dt.date(2026, 2, 1),
        team_ids=(1, 2),
        agent_ids=(7,),
        channels=("chat",),
        themes=("speed",),
        languages=("de",),
        search="schnell",
    )
    assert state_from_params(params_from_state(state), THEMES) == state


def test_unknown_values_are_dropped():
    state = state_from_params(
        {
            "period": "forever",
            "channel": "fax,chat",
            "team": "1,x,2",
            "theme": "evil,speed",
            "from": "yesterday",
        },
        THEMES,
    )
    assert state.period == "12m"
    assert state.channels == ("chat",)
    assert state.team_ids == (1, 2)
    assert state.themes == ("speed",)
    assert state.start is None


def test_period_becomes_a_date_range():
    flt = FilterState(period="30d").to_filter(TODAY)
    assert flt.start == TODAY - dt.timedelta(days=30)
    assert flt.end == TODAY
    assert flt.statuses == ("approved",)


@given(
    st.dictionaries(
        st.sampled_from(
            ["period", "from", "to", "team", "agent", "channel", "theme", "qlang", "q"]
        ),
        st.text(max_size=40),
    )
)
def test_any_url_parses_without_error(params):
    state = state_from_params(params, THEMES)
    assert len(state.search) <= 100


def test_a_number_no_database_id_can_be_is_dropped():
    huge = str(2**63)
    state = state_from_params({"team": f"3,{huge},99999999999999999999999", "agent": huge}, THEMES)
    assert state.team_ids == (3,)
    assert state.agent_ids == ()
    assert state_from_params({"team": str(2**63 - 1)}, THEMES).team_ids == (2**63 - 1,)
