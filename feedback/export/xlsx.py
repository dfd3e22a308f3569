"""XLSX of an export table (openpyxl, write-only: rows stream to the file, not a sheet model).

Texts are always string cells, exactly as stored: one a spreadsheet would take for a formula
(``=``, ``+``, ``-``, ``@`` ...) is marked as text (the cell's quotePrefix, what Excel sets for
a typed ``'``), so it stays text even when someone edits it, and shows no ``'`` the customer
never wrote (a CSV has no such mark: there the ``'`` is part of the cell). Numbers are number
cells and dates date cells in the language's format. Control characters that XLSX cannot hold
(U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF, lone surrogates) are left out.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

# openpyxl ships no types (types-openpyxl is not installed): its values are Any here.
from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped, unused-ignore]
from openpyxl.cell.cell import (  # type: ignore[import-untyped, unused-ignore]
    ILLEGAL_CHARACTERS_RE,
)
from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped, unused-ignore]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped, unused-ignore]
from openpyxl.worksheet._write_only import (  # type: ignore[import-untyped, unused-ignore]
    WriteOnlyWorksheet,
)

from feedback.export.cells import EXPORT_COLUMNS, looks_like_formula
from feedback.export.formats import headers, labeller
from feedback.export.table import records
from feedback.i18n import t

_DATE_FORMATS = {"de": "DD.MM.YYYY", "en": "YYYY-MM-DD"}
# Column widths in characters: why these: the text wide enough to read, codes narrow.
_WIDTHS = {"text": 60, "agent": 20, "team": 22, "themes": 30, "said_on": 12}
_DEFAULT_WIDTH = 12
# Sheet names in XLSX: at most 31 characters.
_MAX_TITLE = 31


def to_xlsx(table: pd.DataFrame, lang: str, theme_labels: Mapping[str, str] | None = None) -> bytes:
    """One sheet: a bold, frozen header row in ``lang``, then one row per quote."""
    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet(t("export.sheet_title", lang)[:_MAX_TITLE])
    for index, column in enumerate(EXPORT_COLUMNS, start=1):
        width = _WIDTHS.get(column, _DEFAULT_WIDTH)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for title in headers(lang):
        cell = WriteOnlyCell(sheet, value=_text(title))
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    words = labeller(lang, theme_labels)
    date_format = _DATE_FORMATS.get(lang, _DATE_FORMATS["en"])
    wrap = Alignment(wrap_text=True, vertical="top")
    for record in records(table):
        row = []
        for column in EXPORT_COLUMNS:
            cell = _cell(sheet, words(column, record[column]))
            if isinstance(cell.value, dt.date):
                cell.number_format = date_format
            if column == "text":
                cell.alignment = wrap
            row.append(cell)
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(sheet: WriteOnlyWorksheet, value: Any) -> WriteOnlyCell:
    if value is None or value == "" or isinstance(value, (bool, int, float, dt.date)):
        return WriteOnlyCell(sheet, value=None if value == "" else value)
    text = _text(str(value))
    cell = WriteOnlyCell(sheet, value=text)
    # A string cell, whatever its first character: openpyxl would make "=..." a formula.
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True
    return cell


# XML 1.0 holds no U+FFFE, U+FFFF or lone surrogates either (openpyxl's pattern misses them):
# a quote stored before the pipeline removed them would make the whole export fail.
_NOT_XML_RE = re.compile("[\ufffe\uffff\ud800-\udfff]")


def _text(value: str) -> str:
    return _NOT_XML_RE.sub("", str(ILLEGAL_CHARACTERS_RE.sub("", value)))
