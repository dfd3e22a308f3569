"""Import for leads and admins: upload a helpdesk export, check its format or map its
columns, see a dry run's counts, map unknown helpdesk ids, import, download the rejected rows."""

from __future__ import annotations

import streamlit as st

from feedback.domain import MAX_QUOTE_CHARS
from feedback.i18n import format_number
from feedback.insights import import_view
from feedback.render.plain import markdown_literal
from feedback.ui import import_columns, import_ids, importing
from feedback.ui.router import ensure_routed, stop_page
from feedback.ui.session import lang, tr

ensure_routed()

st.title(tr("nav.import"))
st.caption(tr("imports.intro"))

finished = importing.done()
if finished is not None:
    st.success(import_view.result_line(finished.report, lang()), icon=":material/check:")
    if finished.broken is not None:
        st.error(
            tr("imports.stopped", reason=markdown_literal(finished.broken.message(lang()))),
            icon=":material/error:",
        )
    for skipped, count in finished.skipped():
        if count:  # "1 Bewertung … wurde", not "1 Bewertungen … wurden"
            key = f"imports.{skipped}_one" if count == 1 else f"imports.{skipped}"
            st.caption(tr(key, count=format_number(count, lang())))
    if cut := finished.shortened:
        key = "imports.shortened_one" if cut == 1 else "imports.shortened"
        st.caption(
            tr(key, count=format_number(cut, lang()), limit=format_number(MAX_QUOTE_CHARS, lang()))
        )
    if finished.report.rejected:
        st.download_button(
            tr("imports.download"),
            finished.csv,
            file_name=f"{tr('imports.file_name')}.csv",
            mime="text/csv",
            icon=":material/download:",
            on_click="ignore",
            key="import_download",
        )
        chars = format_number(import_view.REPORT_TEXT_CHARS, lang())
        st.caption(tr("imports.download_note", chars=chars))
    st.button(tr("imports.start_over"), on_click=importing.start_over, key="import_again")
    stop_page()

import_ids.saved_ids()
importing.uploader_words()
st.file_uploader(
    tr("imports.upload"),
    type=["csv", "txt", "tsv", "xlsx", "json", "jsonl"],
    help=tr("imports.upload_help"),
    on_change=importing.on_upload,
    key=importing.uploader_key(),
)
file = importing.upload()
if file is None:
    stop_page()
opened = importing.open_upload(file)
if opened is None:
    stop_page()

st.markdown(f"**{tr('imports.format')}:** {import_view.format_label(opened.format, lang())}")
if sheets_before := opened.details.get("sheets_before"):
    sheet, empty = markdown_literal(opened.details["sheet"]), markdown_literal(sheets_before)
    st.caption(tr("imports.sheet", sheet=sheet, empty=empty))
if repeated := opened.details.get("repeated"):
    copies = markdown_literal(opened.details["copies"])
    st.warning(tr("validation.repeated_column", column=markdown_literal(repeated), copies=copies))
columns = import_columns.column_choice(opened.columns, opened.format is not None, opened.suggested)
team = import_columns.team_for_unnamed()
st.subheader(tr("imports.preview"))
st.dataframe(opened.preview, hide_index=True, width="stretch", placeholder="")
st.caption(tr("imports.preview_hidden"))

if columns is not None and not columns.get("text"):
    st.info(tr("imports.need_text"))
    stop_page()
if st.button(tr("imports.dry_run"), icon=":material/science:", key="import_dry_run"):
    importing.run_dry(file, columns, team)
dry = importing.dry_run(file, columns, team)
if dry is None:
    stop_page()

st.subheader(tr("imports.dry_title"))
st.dataframe(import_view.counts_table(dry, lang()), hide_index=True)
if dry.undated and dry.rows:
    st.warning(tr("imports.undated"), icon=":material/event_busy:")
if dry.rating_unread and dry.rows:
    column = markdown_literal(dry.rating_unread)
    st.warning(tr("imports.rating_unread", column=column), icon=":material/star_half:")
if dry.broken is not None:
    st.error(
        tr("imports.dry_stopped", reason=markdown_literal(dry.broken.message(lang()))),
        icon=":material/error:",
    )
if dry.rejected:
    # A table, not a data grid: a long reason wraps instead of being cut off mid-word.
    st.table(import_view.reasons_markdown(dry, lang()), hide_index=True)
if import_columns.unknown_ids(dry, opened.system):
    importing.run_dry(file, columns, team)
    st.rerun()

# Nothing new to store (every row present or refused): the dry run above says why.
started = st.button(
    tr("imports.start"),
    type="primary",
    icon=":material/upload:",
    key="import_start",
    disabled=dry.would_import == 0,
)
if started and importing.run_import(file, columns, team, dry.rows - dry.skipped):
    st.rerun()
