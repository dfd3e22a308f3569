"""Recognition: your wall, milestones, the monthly shout-outs and (if allowed) rankings."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from feedback.insights import recognition
from feedback.store.filters import QuoteFilter
from feedback.ui import resources
from feedback.ui.recognition import month_picker, shout_out_cards, show_wall, wall_picker
from feedback.ui.router import ensure_routed
from feedback.ui.session import lang, tr

ensure_routed()

today = dt.date.today()
st.title(tr("nav.recognition"))
st.caption(tr("recognition.intro"))
wall_tab, shout_tab, rank_tab = st.tabs(
    [tr("recognition.tab_wall"), tr("recognition.tab_shout_outs"), tr("recognition.tab_rankings")]
)

with wall_tab:
    name, flt = wall_picker()
    if flt is not None:
        show_wall(
            name,
            recognition.wall(resources.shown_quotes(flt), today, latest=8, names=resources.names()),
        )

with shout_tab:
    month = month_picker(recognition.recent_months(today))
    start, end = recognition.month_bounds(month)
    month_quotes = resources.quotes(QuoteFilter(start=start, end=end))
    shout_outs = recognition.shout_outs(month_quotes, lang(), names=resources.names())
    st.caption(tr("recognition.shout_outs_caption", count=len(shout_outs)))
    shout_out_cards(shout_outs)

with rank_tab:
    if not resources.settings().rankings_enabled:
        st.info(tr("recognition.rankings_off"))
    else:
        st.caption(tr("recognition.rankings_caption"))
        people, teams = st.columns(2)
        people.markdown(f"**{tr('recognition.rank_agents')}**")
        people.dataframe(
            recognition.agent_ranking(month_quotes, lang()),
            hide_index=True,
            column_config={
                "rank": "#",
                "who": tr("recognition.col_who"),
                "team": tr("recognition.col_team"),
                "quotes": tr("recognition.col_quotes"),
            },
        )
        teams.markdown(f"**{tr('recognition.rank_teams')}**")
        teams.dataframe(
            recognition.team_ranking(month_quotes),
            hide_index=True,
            column_config={
                "rank": "#",
                "team": tr("recognition.col_team"),
                "quotes": tr("recognition.col_quotes"),
                "positive_share": st.column_config.ProgressColumn(
                    tr("recognition.positive_share"), min_value=0.0, max_value=1.0, format="percent"
                ),
            },
        )
