"""The export of the filtered quotes (Trends page): a format, a button that builds the file,
then its download.

The file is built on the click, not on every rerun (at a million quotes that takes a while),
by :func:`feedback.services.exports.export_quotes`, which checks the role and masks names.
Owns the session keys ``quote_export_open`` (the section's expander, open or not) and
``quote_export``: the last file built, with what it was built for (user, filter, format,
language); a change of any of them offers the button again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import streamlit as st

from feedback.auth.roles import NotAllowed
from feedback.export import ExportFormat
from feedback.export.formats import MEDIA_TYPES, SUFFIXES
from feedback.i18n import format_number, t
from feedback.services.exports import export_quotes
from feedback.store.filters import QuoteFilter
from feedback.ui import resources
from feedback.ui.errors import guarded
from feedback.ui.session import acting, lang, tr
from feedback.ui.widgets import first_default, labelled, relabelled

_KEY = "quote_export"
FORMAT_KEY = "quote_export_format"
OPEN_KEY = "quote_export_open"  # the section's expander: open or not
# German Excel first: the format most readers of the German UI open the file with.
FORMATS = tuple(
    f.value
    for f in (ExportFormat.CSV_EXCEL, ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.JSON)
)


@dataclass(frozen=True, slots=True)
class Built:
    """A file built for ``signature`` (see :func:`_signature`)."""

    signature: str
    name: str
    fmt: ExportFormat
    body: bytes
    count: int


def default_format(language: str) -> str:
    """CSV for German Excel under the German UI, plain CSV otherwise."""
    return (ExportFormat.CSV_EXCEL if language == "de" else ExportFormat.CSV).value


def file_name(flt: QuoteFilter, fmt: ExportFormat, language: str) -> str:
    """'lob-2026-11-01_2026-11-30.csv', 'praise-all.xlsx': the filter's days, in ``language``."""
    start, end = (d.isoformat() if isinstance(d, dt.date) else None for d in (flt.start, flt.end))
    if start and end:
        days = f"{start}_{end}"
    elif start:
        days = t("quote_export.file_from", language, start=start)
    elif end:
        days = t("quote_export.file_until", language, end=end)
    else:
        days = t("quote_export.file_all", language)
    return f"{t('quote_export.file_prefix', language)}-{days}{SUFFIXES[fmt]}"


@st.fragment
@guarded
def export_section(flt: QuoteFilter) -> None:
    """The section; a fragment, so picking a format or building the file leaves the charts.

    In an expander drawn only while open (a rerun on opening; it stays open for the session):
    a new tab of the trends page loads no select box for it and counts no quotes."""
    opened = st.expander(
        tr("quote_export.heading"), icon=":material/download:", key=OPEN_KEY, on_change="rerun"
    )
    if opened.open:
        with opened:
            _section(flt)


def _section(flt: QuoteFilter) -> None:
    language = lang()
    pick, build, download = st.columns([2, 1, 1], vertical_alignment="bottom")
    chosen = pick.selectbox(
        tr("quote_export.format"),
        FORMATS,
        index=first_default(FORMAT_KEY, FORMATS.index(default_format(language))),
        format_func=labelled("quote_export.format_", FORMATS),
        key=relabelled(FORMAT_KEY),
        placeholder=tr("ui.choose"),
    )
    fmt = ExportFormat(chosen or default_format(language))
    signature = _signature(flt, fmt, language)
    matching = resources.count(flt)
    if build.button(
        tr("quote_export.build"),
        icon=":material/description:",
        key=f"{_KEY}_build",
        disabled=not matching,  # a file of headers only helps nobody
    ):
        _build(flt, fmt, language, signature)
    built = st.session_state.get(_KEY)
    if not isinstance(built, Built) or built.signature != signature:
        built = None
    if built is not None:
        download.download_button(
            tr("quote_export.download"),
            built.body,
            file_name=built.name,
            mime=MEDIA_TYPES[built.fmt],
            icon=":material/download:",
            on_click="ignore",
            key=f"{_KEY}_download",
        )
    if not matching and built is None:
        st.caption(tr("quote_export.nothing"))
        return
    count = built.count if built is not None else matching
    holds = "holds_works_council" if resources.works_council_mode() else "holds"
    st.caption(tr(f"quote_export.{holds}", n=format_number(count, language)))


def _signature(flt: QuoteFilter, fmt: ExportFormat, language: str) -> str:
    actor = acting()
    return repr((actor.name, actor.role.value, flt, fmt.value, language))


def _build(flt: QuoteFilter, fmt: ExportFormat, language: str, signature: str) -> None:
    """Build the file and keep it in the session (only the last one: files can be large)."""
    st.session_state.pop(_KEY, None)
    try:
        with st.spinner(tr("quote_export.building")):
            made = export_quotes(resources.engine(), acting(), flt, fmt, language)
    except NotAllowed as refused:
        st.error(refused.message(language), icon=":material/block:")
        return
    name = file_name(flt, fmt, language)
    st.session_state[_KEY] = Built(signature, name, fmt, made.body, made.count)
