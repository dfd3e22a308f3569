"""The import page's state: the uploaded file, its dry run and the import's result.

Owns the session keys ``import_upload`` (the file's name, bytes and digest: the one way file
bytes enter the page, :func:`take_upload`), ``import_dry`` (the dry run and what it was run
on), ``import_done`` (the result and the report of rejected rows) and ``import_round`` (a
fresh file uploader after an import). The bytes stay only until the import has run; they
are never stored.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import cast

import pandas as pd
import streamlit as st

from feedback.auth.roles import NotAllowed
from feedback.clock import local_today
from feedback.collect.bulk import ImportProgress, ImportReport
from feedback.collect.column_map import manual_format, parse_mapped, suggested_columns
from feedback.collect.dry_run import DryRun
from feedback.collect.files.drafts import imported_text
from feedback.collect.files.formats import DEFAULT_SYSTEM, Format, recognise
from feedback.collect.files.parse import (
    ParsedFile,
    parse_table,
    repeated_column,
    repeated_copies,
)
from feedback.collect.files.resolve import load_resolver
from feedback.collect.files.sniff import open_table
from feedback.collect.files.table import Record, UnreadableFile
from feedback.collect.validate import Problem
from feedback.i18n import format_number
from feedback.insights import import_view
from feedback.render.plain import markdown_literal
from feedback.render.uploader import uploader_script
from feedback.services.import_preview import preview_import
from feedback.services.imports import import_stream
from feedback.ui import resources
from feedback.ui.import_columns import TEAM_KEY
from feedback.ui.session import acting, lang, tr

# Streamlit writes the drop zone's button ("Upload") and its limit ("25MB per file • CSV, …")
# in English whatever the page's language, and a chosen file's size as "0.7KB". This script
# puts the page's words in their place, now and whenever Streamlit draws the drop zone again;
# run again (another language), it only changes the words.

UPLOAD_KEY = "import_upload"
_DRY_KEY = "import_dry"
_DONE_KEY = "import_done"
_ROUND_KEY = "import_round"
_PREVIEW_KEY = "import_preview"  # (file, language, agents) and the preview shown for them
# Why 10: a screen's worth of rows to check which column holds what.
PREVIEW_ROWS = 10
# The system our own columns are imported under (the command line's default too): a
# re-import of the same file from the page or the command line finds the same external ids.
SYSTEM = DEFAULT_SYSTEM


@dataclass(frozen=True, slots=True)
class Upload:
    name: str
    data: bytes
    digest: str


@dataclass(frozen=True, slots=True)
class Opened:
    """A readable file: its kind, columns, first rows as read, and the recognised format."""

    kind: str
    columns: tuple[str, ...]
    preview: pd.DataFrame
    format: str | None
    system: str  # whose ids the file's agent and group ids are
    # The reader's: the delimiter, the sheet read, empty sheets; and a repeated column's name.
    details: dict[str, str]
    # Our field -> the column our own columns' format reads for it: a mapping by hand's start.
    suggested: dict[str, str]


@dataclass(frozen=True, slots=True)
class Done:
    """An import's result; ``broken``: why reading ended early (the rows before it are in
    ``report``), if it did."""

    report: ImportReport
    not_rated: int
    no_comment: int
    csv: bytes
    broken: Problem | None = None
    no_text: int = 0  # without a comment and without a rating read
    empty: int = 0
    totals: int = 0  # a report's summary rows ("Gesamt", "Average")
    shortened: int = 0  # rated comments cut to fit: among the imported ones

    def skipped(self) -> list[tuple[str, int]]:
        """The skipped rows by kind (their message's key under ``imports``), in that order."""
        return [
            ("not_rated", self.not_rated),
            ("no_comment", self.no_comment),
            ("no_text", self.no_text),
            ("empty", self.empty),
            ("totals", self.totals),
        ]


def take_upload(name: str, data: bytes) -> None:
    """Keep an uploaded file for this session; a new file starts over."""
    digest = hashlib.sha256(data).hexdigest()
    st.session_state[UPLOAD_KEY] = {"name": name, "data": data, "digest": digest}
    st.session_state.pop(_DRY_KEY, None)
    st.session_state.pop(_DONE_KEY, None)


def uploader_words() -> None:
    """Show the file uploader's own words in the page's language (:func:`uploader_script`)."""
    size = format_number(int(st.get_option("server.maxUploadSize")), lang())
    words = {
        "button": tr("imports.upload_button"),
        "limit": tr("imports.upload_limit", size=size),
        "decimal": format_number(0.5, lang())[1],  # "," or "."
    }
    st.html(uploader_script(words), unsafe_allow_javascript=True)


def uploader_key() -> str:
    return f"import_file_{st.session_state.get(_ROUND_KEY, 0)}"


def on_upload() -> None:
    """The file uploader's callback: a file chosen is taken, a file removed is dropped."""
    chosen = st.session_state.get(uploader_key())
    if chosen is None:
        drop()
    else:
        take_upload(str(chosen.name), bytes(chosen.getvalue()))


def drop() -> None:
    for key in (UPLOAD_KEY, _DRY_KEY, _PREVIEW_KEY):
        st.session_state.pop(key, None)


def start_over() -> None:
    """After an import: forget the result and offer an empty file uploader; the next file's
    team for rows that name no one is chosen again (another file may be another team's)."""
    drop()
    st.session_state.pop(_DONE_KEY, None)
    st.session_state.pop(TEAM_KEY, None)
    st.session_state[_ROUND_KEY] = int(st.session_state.get(_ROUND_KEY, 0)) + 1


def upload() -> Upload | None:
    kept = st.session_state.get(UPLOAD_KEY)
    if not kept:
        return None
    return Upload(str(kept["name"]), bytes(kept["data"]), str(kept["digest"]))


def open_upload(file: Upload) -> Opened | None:
    """The file's columns, first rows and format; None (with the reason shown) if unreadable."""
    try:
        table = open_table(io.BytesIO(file.data), file.name)
        preview = _preview(file, table.columns, table.records)
    except UnreadableFile as unreadable:
        message = markdown_literal(unreadable.message(lang()))
        if unreadable.problem.code == "empty_file":  # an export of an empty page: nothing to do
            st.info(message, icon=":material/inbox:")
        else:
            st.error(message, icon=":material/error:")
        return None
    if preview.empty:  # a header and nothing under it: the same as an empty export
        st.info(tr("imports.header_only"), icon=":material/inbox:")
        return None
    found = recognise(table.columns)
    details = dict(table.details)
    if found is not None and (repeated := repeated_column(table, found)):
        # Two columns of one name: which holds the comment is the lead's to say, by hand.
        found, details["repeated"] = None, repeated
        details["copies"] = repeated_copies(table.columns, repeated)
    name = found.name if found else None
    system = (found and found.system) or SYSTEM
    suggested = suggested_columns(table.columns, table.repeated)
    return Opened(table.kind, table.columns, preview, name, system, details, suggested)


def _preview(file: Upload, columns: tuple[str, ...], records: Iterable[Record]) -> pd.DataFrame:
    """The first rows with personal data hidden (:func:`import_view.preview_frame`), kept for
    the file, language and agents: hiding takes up to 0.4 s for ten rows of long comments, and
    the page runs again on every click."""
    key = (file.digest, lang(), resources.directory().known_names)
    kept = st.session_state.get(_PREVIEW_KEY)
    if kept is not None and kept[0] == key:
        return cast(pd.DataFrame, kept[1])
    frame = import_view.preview_frame(columns, islice(records, PREVIEW_ROWS), key[2], key[1])
    st.session_state[_PREVIEW_KEY] = (key, frame)
    return frame


def _parsed(file: Upload, columns: Mapping[str, str] | None, team: int | None) -> ParsedFile:
    """The file read in its format or with ``columns``; ``team`` for rows that name no one."""
    table = open_table(io.BytesIO(file.data), file.name)
    resolver = load_resolver(resources.engine())
    today = local_today()
    if columns is not None:
        fmt = manual_format(columns)
        return parse_mapped(table, fmt, resolver, system=SYSTEM, today=today, team_id=team)
    return parse_table(table, resolver, system=SYSTEM, today=today, team_id=team)


def _signature(file: Upload, columns: Mapping[str, str] | None, team: int | None) -> str:
    return repr((file.digest, sorted(columns.items()) if columns is not None else None, team))


def run_dry(file: Upload, columns: Mapping[str, str] | None, team: int | None) -> None:
    """Read the whole file and count what importing it would give (rows that name no one
    given ``team``); nothing is written."""
    try:
        with st.spinner(tr("imports.dry_running")):
            found = preview_import(
                resources.engine(), acting(), _parsed(file, columns, team), today=local_today()
            )
    except NotAllowed as refused:
        st.error(refused.message(lang()), icon=":material/block:")
        return
    except UnreadableFile as unreadable:
        st.error(markdown_literal(unreadable.message(lang())), icon=":material/error:")
        return
    st.session_state[_DRY_KEY] = (_signature(file, columns, team), found)


def dry_run(file: Upload, columns: Mapping[str, str] | None, team: int | None) -> DryRun | None:
    """The last dry run, if it was of this file with these columns and this team."""
    kept = st.session_state.get(_DRY_KEY)
    if kept and kept[0] == _signature(file, columns, team):
        return kept[1]  # type: ignore[no-any-return]
    return None


def forget_dry_run() -> None:
    st.session_state.pop(_DRY_KEY, None)


def run_import(
    file: Upload, columns: Mapping[str, str] | None, team: int | None, expected: int
) -> bool:
    """Import the file with a progress bar (rows that name no one given ``team``); keep the
    result, drop the file's bytes. False (with the reason shown) when the import could not
    run."""
    bar = st.progress(0.0, text=tr("imports.importing", done=0, total=expected))

    def progress(step: ImportProgress) -> None:
        share = min(1.0, step.rows / expected) if expected else 1.0
        done, total = format_number(step.rows, lang()), format_number(expected, lang())
        bar.progress(share, text=tr("imports.importing", done=done, total=total))

    parsed = _parsed(file, columns, team)
    try:
        report = import_stream(
            resources.engine(), acting(), parsed.entries(), progress=progress, today=local_today()
        )
    except NotAllowed as refused:
        st.error(refused.message(lang()), icon=":material/block:")
        return False
    except UnreadableFile as unreadable:
        st.error(markdown_literal(unreadable.message(lang())), icon=":material/error:")
        return False
    finally:
        resources.after_write()
    texts = _rejected_texts(file, parsed.format, {r.line for r in report.rejected_rows})
    csv = import_view.rejected_csv(report, texts, lang())
    broken = parsed.broken.problem if parsed.broken else None
    summary = parsed.summary
    st.session_state[_DONE_KEY] = Done(
        report,
        summary.not_rated,
        summary.no_comment,
        csv,
        broken,
        no_text=summary.no_text,
        empty=summary.empty,
        totals=summary.totals,
        shortened=summary.shortened,
    )
    drop()
    return True


def _rejected_texts(file: Upload, fmt: Format, lines: set[int]) -> dict[int, str]:
    """The text of each rejected line as the import read it (a review's title joined to its
    text, HTML as the text it shows), read again from the file (streamed). It was the comment
    column alone: a review refused for its date showed its text without the title it had."""
    if not lines:
        return {}
    texts: dict[int, str] = {}
    try:
        for record in open_table(io.BytesIO(file.data), file.name).records:
            if record.line in lines:
                text = imported_text(fmt, record.values)
                texts[record.line] = text[: import_view.REPORT_TEXT_CHARS]
    except UnreadableFile:
        pass  # the rows up to the break have their texts; the report names every line
    return texts


def done() -> Done | None:
    found = st.session_state.get(_DONE_KEY)
    return found if isinstance(found, Done) else None
