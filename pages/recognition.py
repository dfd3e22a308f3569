"""Recognition: your wall, milestones, the monthly shout-outs and (if allowed) rankings."""

from __future__ import annotations

import streamlit as st

from feedback.insights import recognition, works_council
from feedback.ui import resources
from feedback.ui.recognition import (
    month_quotes,
    rankings,
    shout_out_cards,
    show_wall,
    wall_picker,
    wall_sums,
)
from feedback.ui.router import ensure_routed
from feedback.ui.session import lang, reader_today, tr
from feedback.ui.widgets import translated_tab

ensure_routed()

today = reader_today()
st.title(tr("nav.recognition"))
st.caption(tr("recognition.intro"))
TABS = ("wall", "shout_outs", "rankings")
# Tabs that run only when open (the open one is kept in the URL): a new visit draws one tab.
HEADINGS = [f"recognition.tab_{name}" for name in TABS]
wall_tab, shout_tab, rank_tab = st.tabs(
    [tr(heading) for heading in HEADINGS],
    key=translated_tab("recognition_view", HEADINGS),
    on_change="rerun",
    bind="query-params",
)


if wall_tab.open:
    with wall_tab:
        name, flt = wall_picker()
        if flt is not None:
            sums = wall_sums(flt, today.replace(day=1), latest=8)
            wall = recognition.wall(sums, today, latest=8, names=resources.names())
            show_wall(name, wall)

if shout_tab.open:
    with shout_tab:
        quotes = month_quotes(today, "shout_month")
        teams_only = resources.works_council_mode()
        shout_outs = recognition.month_shout_outs(
            quotes,
            lang(),
            resources.names(),
            works_council_mode=teams_only,
            small_teams=resources.small_team_names(),
            teamless=resources.teamless_names(),
        )
        caption = "shout_outs_caption_teams" if teams_only else "shout_outs_caption"
        # Unnamed colleagues share one line per team: count the people, not the lines.
        people = len(shout_outs) if teams_only else int(shout_outs["people"].sum())
        st.caption(tr(f"recognition.{caption}", count=people))
        shout_out_cards(shout_outs)

if rank_tab.open:
    with rank_tab:
        settings = resources.settings()
        if not works_council.rankings_shown(settings.rankings_enabled, settings.works_council_mode):
            why = "works_council" if settings.works_council_mode else "off"
            st.info(tr(f"recognition.rankings_{why}"))
        else:
            quotes = month_quotes(today, "rank_month")
            st.caption(tr("recognition.rankings_caption"))
            rankings(quotes)
