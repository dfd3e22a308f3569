"""On the submit page: the quotes the signed-in person handed in lately, and where each is."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from feedback.i18n import format_date
from feedback.render.cards import shown_text
from feedback.store.submissions import Submission, recent_submissions
from feedback.ui import resources
from feedback.ui.session import current_user, lang, reader_today, tr

# Why 30 days and 5: what an agent wants to check is this week's quotes; older ones are on
# their wall (Recognition) once approved.
DAYS = 30
LIMIT = 5


@resources.cached("quotes")
def _recent(username: str, since: dt.date) -> tuple[Submission, ...]:
    start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
    return recent_submissions(resources.engine(), username, since=start, limit=LIMIT)


def my_recent_quotes() -> None:
    """The newest quotes this person handed in (none shown: nothing), with their status now
    and what it means; a rejection names no reason, so it says whom to ask."""
    rows = _recent(current_user(), reader_today() - dt.timedelta(days=DAYS))
    if not rows:
        return
    names = resources.names()
    table = pd.DataFrame(
        {
            "id": [r.id for r in rows],
            "said_on": [format_date(r.said_on, lang(), "short") for r in rows],
            "status": [tr(f"common.status_{r.status}") for r in rows],
            "text": [shown_text(names.mask(r.text, r.agent_id), lang()) for r in rows],
        }
    )
    st.markdown(f"**{tr('submit.mine_heading')}**")
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        # Status and text first: on a phone they are what fits.
        column_order=["status", "text", "said_on", "id"],
        column_config={
            "id": st.column_config.NumberColumn("#", width=55, format="%d"),
            "said_on": st.column_config.TextColumn(tr("submit.said_on"), width=90),
            "status": st.column_config.TextColumn(tr("submit.mine_status"), width=100),
            # Why 240: beside the status it fits a 390-px phone, where a wider cell ran off
            # the screen and an Arabic quote, aligned to the cell's right edge, showed only
            # its end. The stretched table widens it on a larger screen.
            "text": st.column_config.TextColumn(tr("submit.text"), width=240),
        },
    )
    st.caption(tr("submit.mine_help"))
