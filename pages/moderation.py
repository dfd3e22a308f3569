"""Moderation for team leads: the queue, the evidence, single and bulk actions, the audit."""

from __future__ import annotations

import streamlit as st

from feedback.domain import Status
from feedback.i18n import format_number
from feedback.insights import moderation
from feedback.insights.query_params import FilterState
from feedback.ui import resources
from feedback.ui.filters import filter_state, sidebar_filters
from feedback.ui.moderation import (
    bulk_bar,
    detail,
    editor_version,
    hidden_names,
    notice,
    queue,
    scoped,
    today_in,
)
from feedback.ui.router import ensure_routed, stop_page
from feedback.ui.session import lang, reader_zone, tr
from feedback.ui.widgets import first_default, kept_choice, labelled, relabelled

ensure_routed()

# Why 500: a morning's queue at a large contact centre; older ones follow once these are done.
QUEUE_ROWS = 500

st.title(tr("nav.moderation"))
view = st.segmented_control(
    tr("moderation.view"),
    [s.value for s in Status],
    default=first_default("moderation_view", "pending"),
    required=True,
    format_func=labelled("common.status_", [s.value for s in Status]),
    key=relabelled("moderation_view"),
)
flt = scoped(sidebar_filters(statuses=(view,)))
rows = queue(flt, QUEUE_ROWS)
notice()
enabled = True  # the services check the role of every write

zone, _ = reader_zone()
table = moderation.queue_table(rows, lang(), hidden_names(), today=today_in(zone), zone=zone)
flagged = int(table["flag"].sum()) if not table.empty else 0
total = resources.count(flt) if len(table) == QUEUE_ROWS else len(table)
st.caption(
    tr(
        "moderation.queue_caption",
        shown=format_number(len(table), lang()),
        count=format_number(total, lang()),
        flagged=format_number(flagged, lang()),
    )
)
if table.empty:
    # "All done" only where that is true: nothing pending, and no filter narrowing the queue.
    if view == "pending" and filter_state() == FilterState():
        st.info(tr("moderation.empty"))
    else:
        st.info(tr("moderation.empty_selection", status=tr(f"common.status_{view}")))
    stop_page()
fresh = moderation.new_today(table)
if fresh:
    st.markdown(tr("moderation.new_caption", count=format_number(fresh, lang())))
elif view == "pending":
    st.caption(tr("moderation.new_none"))

edited = st.data_editor(
    table,
    hide_index=True,
    placeholder="",
    key=f"queue_{editor_version()}",
    height=min(420, 38 + 35 * len(table)),
    disabled=[c for c in table.columns if c != "select"],
    column_order=[c for c in moderation.QUEUE_COLUMNS if c != "flag"],
    # Widths in pixels: wide enough for each header and its longest usual value.
    column_config={
        "select": st.column_config.CheckboxColumn(tr("moderation.col_select"), width=95),
        "new": st.column_config.TextColumn(tr("moderation.col_new"), width=65),
        "id": st.column_config.NumberColumn("#", width=55, format="%d"),
        "said_on": st.column_config.DateColumn(
            tr("moderation.col_said_on"), format=tr("moderation.date_format"), width=100
        ),
        # Why 240: "eine Person aus Privatkunden Nord" fits whole.
        "who": st.column_config.TextColumn(tr("moderation.col_who"), width=240),
        "channel": st.column_config.TextColumn(tr("moderation.col_channel"), width=90),
        "sentiment": st.column_config.TextColumn(
            tr("moderation.col_sentiment"), help=tr("moderation.flag_help"), width=120
        ),
        "score": st.column_config.TextColumn(tr("moderation.col_score"), width=65),
        "text": st.column_config.TextColumn(tr("moderation.col_text"), width="large"),
    },
)
bulk_bar(moderation.selected_ids(edited), enabled, view)
# Ticks belong to rows: a queue changed by someone else's write must not move them.
resources.hold(bool(moderation.selected_ids(edited)))

st.subheader(tr("moderation.detail_heading"))
labels = moderation.pick_labels(table)
chosen = st.selectbox(
    tr("moderation.pick_quote"),
    list(labels),
    key=kept_choice(relabelled("moderation_pick"), labels),
    format_func=labels.__getitem__,
    placeholder=tr("ui.choose"),
)
detail(next(row for row in rows if row.id == chosen), enabled)
