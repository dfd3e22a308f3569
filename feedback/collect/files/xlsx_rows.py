"""XLSX rows, streamed with openpyxl's read-only mode: the first sheet whose first rows hold
a header a known format reads, else the first sheet that has a row (an export may leave the
first sheet empty or put a cover sheet first, "Info", "Filter"; ``details`` then names the
sheet read and the sheets before it), the first non-empty row as the header (or, below a
report's title lines, the first a known format reads), ``line`` = the row number Excel shows.

Cells keep their types: numbers stay numbers, date cells arrive as ``datetime``; a date that
Excel stored as a plain number (46349) is read as a serial day later (:mod:`.values`).
Cells missing at the end of a row are empty, not missing columns; values beyond the header
are reported as ``extra_columns``. A file that is no XLSX or is cut short (a truncated zip)
raises :class:`UnreadableFile` ``broken_xlsx``, whether that shows on opening or mid-sheet.
"""

from __future__ import annotations

import itertools
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from typing import IO, Any, BinaryIO
from xml.etree.ElementTree import ParseError

# No stubs in the runtime requirements; the second code keeps this quiet once they are installed.
from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.utils.exceptions import (  # type: ignore[import-untyped, unused-ignore]
    InvalidFileException,
)

from feedback.collect.files.formats import (
    HEADER_ROWS_UNDER,
    TITLE_ROWS,
    header_position,
    normal_name,
    recognise,
    second_header,
)
from feedback.collect.files.table import Record, Table, UnreadableFile, unique_columns
from feedback.collect.validate import Problem

__all__ = ["read_xlsx"]

_BROKEN = (
    zipfile.BadZipFile,
    InvalidFileException,
    KeyError,
    ValueError,
    TypeError,
    OSError,
    EOFError,
    ParseError,
)
_SHOWN_FILES = 5
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Why 16 MiB: an unseekable upload smaller than this is buffered in memory, a larger one on disk.
_SPOOL_BYTES = 16 * 1024 * 1024


def read_xlsx(source: BinaryIO) -> Table:
    """Open the sheet of ``source`` that holds the data (see the module) as a table."""
    seekable = _seekable(source)
    start = seekable.tell()
    try:
        book = load_workbook(seekable, read_only=True, data_only=True)
    except _BROKEN as exc:
        seekable.seek(start)
        raise _not_a_workbook(seekable, exc) from exc
    try:
        sheet, rows, looked = _data_sheet(book)
    except BaseException:
        book.close()
        raise
    # The header is the first row, or the first of the next rows that a known format reads
    # (a report's title lines above it); rows looked at after the header are data again.
    texts = [_texts(cells) for _, cells in looked]
    chosen = header_position(texts)
    header = texts[chosen] if texts else []
    skip = 1
    for _, cells in looked[chosen + 1 : chosen + 1 + HEADER_ROWS_UNDER]:
        if not (header and second_header(texts[chosen], cells, first=skip == 1)):
            break
        skip += 1
    rows = itertools.chain(looked[chosen + skip :], rows)
    while header and not header[-1]:
        header.pop()
    if not header:
        book.close()
        raise UnreadableFile("empty_file")
    header, repeated = unique_columns(header, normal_name)
    details = {"sheet": sheet.title}
    before = [s.title for s in book.worksheets[: book.worksheets.index(sheet)]]
    if before:
        details["sheets_before"] = ", ".join(before)
    records = _closing(_records(rows, header), book)
    return Table("xlsx", tuple(header), records, details, repeated)


def _data_sheet(book: Any) -> tuple[Any, Iterator[tuple[int, list[Any]]], list[Any]]:
    """The sheet holding the data, its rows, and its first rows, looked at for the header:
    the first whose first rows have a known format's columns (a cover sheet, "Info" or
    "Filter", may come first), else the first with a row that is not empty (an export may
    leave "Tabelle1" empty and put its data on the next sheet)."""
    first: Any = None
    for sheet in book.worksheets:
        sheet.reset_dimensions()  # some generators write wrong sheet dimensions
        rows = _numbered_rows(sheet.iter_rows())
        looked = list(itertools.islice(rows, TITLE_ROWS + 1))
        if any(recognise(_texts(cells)) is not None for _, cells in looked):
            return sheet, rows, looked
        if looked and first is None:
            first = sheet
    if first is None:
        raise UnreadableFile("empty_file")
    rows = _numbered_rows(first.iter_rows())  # read again from its first row
    return first, rows, list(itertools.islice(rows, TITLE_ROWS + 1))


def _texts(cells: list[Any]) -> list[str]:
    return ["" if v is None else str(v).strip() for v in cells]


def _not_a_workbook(source: IO[bytes], exc: Exception) -> UnreadableFile:
    """``broken_xlsx``; or ``zip_archive`` for a zip that holds no workbook, such as a
    helpdesk's export download still packed: it names the files inside, to unpack."""
    try:
        with zipfile.ZipFile(source) as archive:
            names = [name for name in archive.namelist() if not name.endswith("/")]
    except (*_BROKEN, OSError):
        names = []
    if names and "xl/workbook.xml" not in names:
        shown = ", ".join(_CONTROL.sub("", name) for name in names[:_SHOWN_FILES])
        more = "" if len(names) <= _SHOWN_FILES else ", …"
        return UnreadableFile("zip_archive", files=shown + more)
    return UnreadableFile("broken_xlsx", reason=type(exc).__name__)


def _seekable(source: BinaryIO) -> IO[bytes]:
    if source.seekable():
        return source
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115 (closed with the workbook)
    shutil.copyfileobj(source, spool)
    spool.seek(0)
    return spool


def _numbered_rows(cells: Iterator[tuple[Any, ...]]) -> Iterator[tuple[int, list[Any]]]:
    """Non-empty rows as (row number, values)."""
    try:
        for row in cells:
            values = [cell.value for cell in row]
            if any(v is not None and str(v).strip() for v in values):
                number = next(cell.row for cell in row if getattr(cell, "row", None))
                yield number, values
    except _BROKEN as exc:
        raise UnreadableFile("broken_xlsx", reason=type(exc).__name__) from exc


def _closing(records: Iterator[Record], book: Any) -> Iterator[Record]:
    """``records``; the workbook is closed at their end (or when they are dropped)."""
    try:
        yield from records
    finally:
        book.close()


def _records(rows: Iterator[tuple[int, list[Any]]], header: list[str]) -> Iterator[Record]:
    width = len(header)
    for number, values in rows:
        extra = [v for v in values[width:] if v is not None and str(v).strip()]
        if extra:
            shown = " | ".join(str(v) for v in extra)
            problem = Problem("row", "extra_columns", {"count": len(extra), "values": shown})
            yield Record(number, {}, (problem,))
            continue
        padded = [*values[:width], *([None] * (width - len(values)))]
        yield Record(number, {name: v for name, v in zip(header, padded, strict=True) if name})
