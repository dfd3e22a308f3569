"""People for admins: accounts and roles, teams, and agents with their consent to be named."""

from __future__ import annotations

import streamlit as st

from feedback.ui import people
from feedback.ui.people_accounts import accounts_tab
from feedback.ui.router import ensure_routed
from feedback.ui.session import tr
from feedback.ui.widgets import apply_resets, translated_tab

ensure_routed()

TABS = {"accounts": accounts_tab, "teams": people.teams_tab, "agents": people.agents_tab}

st.title(tr("nav.people"))
st.caption(tr("people.intro"))
people.notice()
apply_resets()  # a form that has just written starts empty
# Only the open tab runs: each holds forms and tables of its own.
headings = [f"people.tab_{name}" for name in TABS]
tabs = st.tabs(
    [tr(h) for h in headings], key=translated_tab("people_tab", headings), on_change="rerun"
)
for show, tab in zip(TABS.values(), tabs, strict=True):
    if tab.open:
        with tab:
            show()
