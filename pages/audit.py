"""The audit log for admins: who did what when, filtered, paged, in the reader's time zone."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from feedback.i18n import format_number
from feedback.insights.audit import ACTIONS, ANY, ENTITIES, headers
from feedback.ui import audit
from feedback.ui.router import ensure_routed, stop_page
from feedback.ui.session import lang, tr
from feedback.ui.widgets import labelled, relabelled

ensure_routed()

# Why 30 days: what an admin usually looks back on; a wider range is one click away.
DEFAULT_DAYS = 30

st.title(tr("nav.audit"))
st.caption(tr("audit.intro"))
hide_people = audit.hides_people()
if hide_people:
    st.info(tr("audit.works_council"), icon=":material/visibility_off:")
zone = audit.zone()
today = audit.today(zone)

# Why a popover, as the other pages' filters in the sidebar: its widgets are drawn only when it
# is opened. Drawn on the page, the form's date, text and select boxes cost a new tab about a
# third of its load time in the browser (docs/benchmarks.md, "where a new tab's time goes").
# Its label names the period the table shows.
default_days = (today - dt.timedelta(days=DEFAULT_DAYS - 1), today)
with (
    st.popover(
        tr(
            "audit.filters",
            period=audit.period_label(st.session_state.get("audit_days"), default_days),
        ),
        icon=":material/filter_alt:",
    ),
    st.form("audit_filters", border=False),
):
    days = st.date_input(
        tr("audit.days"),
        value=default_days,
        max_value=today,
        format=tr("audit.date_format"),
        key="audit_days",
    )
    actor = st.text_input(
        tr("audit.actor"),
        key="audit_actor",
        max_chars=80,
        disabled=hide_people,
        help=tr("audit.actor_off") if hide_people else None,
    )
    action = st.selectbox(
        tr("audit.action"),
        (ANY, *ACTIONS),
        format_func=labelled("audit.action_", (ANY, *ACTIONS)),
        key=relabelled("audit_action"),
        placeholder=tr("ui.choose"),
    )
    entity = st.selectbox(
        tr("audit.entity"),
        (ANY, *ENTITIES),
        format_func=labelled("audit.entity_", (ANY, *ENTITIES)),
        key=relabelled("audit_entity"),
        placeholder=tr("ui.choose"),
    )
    st.form_submit_button(tr("audit.apply"), icon=":material/filter_alt:")

flt = audit.paged_filter(days if isinstance(days, tuple) else (days,), actor, action, entity, zone)
found = audit.rows(flt)
if found is None:
    stop_page()
if not found.rows:
    st.info(tr("audit.empty"))
    stop_page()

st.caption(
    tr(
        "audit.shown",
        first=format_number(flt.offset + 1, lang()),
        last=format_number(flt.offset + len(found.rows), lang()),
    )
)
labels = headers(lang(), zone)
st.dataframe(
    audit.table(found, zone),
    hide_index=True,
    placeholder="",  # an empty cell, not "None"
    width="stretch",
    column_config={
        "at": st.column_config.TextColumn(labels["at"], width="medium"),  # "05.12.2026, 14:00:07"
        # Why 150 px: a user name ("christian.schaefer") or "Import (Freshdesk)" fits whole.
        "actor": st.column_config.TextColumn(labels["actor"], width=150),
        "action": st.column_config.TextColumn(labels["action"], width="small"),
        "entity": st.column_config.TextColumn(labels["entity"], width=110),  # "Einstellungen"
        "entity_id": st.column_config.NumberColumn(labels["entity_id"], format="%d"),
        "change": st.column_config.TextColumn(labels["change"], width="large"),
    },
)
newer, older, download = st.columns([1, 1, 2], vertical_alignment="center")
newer.button(
    tr("audit.newer"),
    icon=":material/chevron_left:",
    disabled=flt.offset == 0,
    on_click=audit.turn,
    args=(-1,),
    key="audit_newer",
)
older.button(
    tr("audit.older"),
    icon=":material/chevron_right:",
    disabled=not found.has_more,
    on_click=audit.turn,
    args=(1,),
    key="audit_older",
)
csv = audit.export(flt, zone)
if csv is not None:
    download.download_button(
        tr("audit.download"),
        csv,
        file_name=f"{tr('audit.file_name')}-{today.isoformat()}.csv",
        mime="text/csv",
        help=tr("audit.download_help", limit=format_number(audit.EXPORT_ROWS, lang())),
        icon=":material/download:",
        on_click="ignore",
        key="audit_download",
    )
