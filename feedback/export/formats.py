"""Writers for an export table: plain CSV, German Excel CSV, XLSX and JSON.

| format      | separator | decimal | dates      | headers and codes          | formula guard |
|-------------|-----------|---------|------------|----------------------------|---------------|
| `csv`       | `,`       | `.`     | ISO        | technical (`said_on`, `approved`) | yes    |
| `csv-excel` | `;`       | `,`     | dd.mm.yyyy | words in the export language, UTF-8 BOM | yes |
| `xlsx`      | cells     | cells   | date cells | words in the export language | text mark |
| `json`      | -         | -       | ISO        | technical; texts exact      | no            |

Plain CSV and JSON are for programs (the importer reads plain CSV back); the other two are
for people. The formula guard (:func:`feedback.export.cells.safe_cell`, a leading ``'``) applies
to the CSVs; XLSX keeps each text exact in a string cell marked as text (``feedback.export.xlsx``);
JSON carries every text exactly as stored.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

import pandas as pd

from feedback.export.cells import EXPORT_COLUMNS, safe_cell
from feedback.export.table import DATE_COLUMNS, LABELLED, LIST_COLUMNS, records
from feedback.i18n import catalog, normalize_language, t
from feedback.render.placeholders import shown_text


class ExportFormat(StrEnum):
    CSV = "csv"
    CSV_EXCEL = "csv-excel"
    XLSX = "xlsx"
    JSON = "json"


SUFFIXES = {
    ExportFormat.CSV: ".csv",
    ExportFormat.CSV_EXCEL: "-excel.csv",  # not the plain CSV's name: both can be downloaded
    ExportFormat.XLSX: ".xlsx",
    ExportFormat.JSON: ".json",
}
MEDIA_TYPES = {
    ExportFormat.CSV: "text/csv",
    ExportFormat.CSV_EXCEL: "text/csv",
    ExportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ExportFormat.JSON: "application/json",
}
_DATE_FORMATS = {"de": ("%d.%m.%Y", "DD.MM.YYYY"), "en": ("%Y-%m-%d", "YYYY-MM-DD")}
# Why 60: wide enough for a short quote on screen; longer texts wrap in the cell.
_TEXT_WIDTH = 60


def render(
    table: pd.DataFrame,
    fmt: ExportFormat | str,
    lang: str | None = None,
    theme_labels: Mapping[str, str] | None = None,
) -> bytes:
    """``table`` (an :func:`feedback.export.table.export_table`) as the bytes of a file.

    ``lang`` chooses headers and words of the human formats (``csv-excel``, ``xlsx``);
    ``theme_labels`` (theme id -> label in ``lang``) names themes there, ids otherwise.
    """
    fmt = ExportFormat(fmt)
    if fmt is ExportFormat.JSON:
        return to_json_bytes(table)
    if fmt is ExportFormat.CSV:
        return to_plain_csv(table)
    lang = normalize_language(lang)
    if fmt is ExportFormat.CSV_EXCEL:
        return to_excel_csv(table, lang, theme_labels)
    from feedback.export.xlsx import to_xlsx  # openpyxl loads only when needed

    return to_xlsx(table, lang, theme_labels)


def headers(lang: str | None) -> list[str]:
    """Column headings of the human formats in ``lang``."""
    return [t(f"export.col_{column}", lang) for column in EXPORT_COLUMNS]


def to_json_bytes(table: pd.DataFrame) -> bytes:
    """A JSON array of objects: texts exact, numbers as numbers, dates ISO, themes a list."""
    rows = [
        {
            key: value.isoformat() if isinstance(value, dt.date) else value
            for key, value in r.items()
        }
        for r in records(table)
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8")


def to_plain_csv(table: pd.DataFrame) -> bytes:
    """UTF-8, ``,``, ``.``, ISO dates, technical headers and codes; formula-safe cells."""
    return _csv(table, cell=_plain_cell, sep=",", header=list(EXPORT_COLUMNS))


def to_excel_csv(
    table: pd.DataFrame, lang: str = "de", theme_labels: Mapping[str, str] | None = None
) -> bytes:
    """German Excel: UTF-8 with BOM, ``;``, decimal comma, ``dd.mm.yyyy``, CRLF line ends,
    headers and codes in words of ``lang``; formula-safe cells."""
    words = labeller(lang, theme_labels)
    date_format = _DATE_FORMATS["de"][0]

    def cell(column: str, value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.strftime(date_format)
        if isinstance(value, float):
            return repr(value).replace(".", ",")
        return words(column, value)

    body = _csv(table, cell=cell, sep=";", header=headers(lang), crlf=True)
    return "\ufeff".encode() + body


def labeller(lang: str, theme_labels: Mapping[str, str] | None) -> Callable[[str, Any], Any]:
    """(column, value) -> the value as people read it in ``lang``: codes as words, theme
    lists joined, redaction placeholders in words; other values unchanged."""
    known = catalog(normalize_language(lang))
    themes = theme_labels or {}

    def words(column: str, value: Any) -> Any:
        if column in LIST_COLUMNS:
            return ", ".join(themes.get(str(v), str(v)) for v in value or [])
        if column == "text" and isinstance(value, str):
            return shown_text(value, lang, no_break=False)  # "[Telefonnummer]", as shown
        prefix = LABELLED.get(column)
        if prefix is not None and value is not None and f"{prefix}{value}" in known:
            return known[f"{prefix}{value}"]
        return value

    return words


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _plain_cell(column: str, value: Any) -> Any:
    if column in LIST_COLUMNS:
        return ", ".join(str(v) for v in value or [])
    if column in DATE_COLUMNS and isinstance(value, dt.date):
        return value.isoformat()
    return value


def _csv(
    table: pd.DataFrame,
    *,
    cell: Callable[[str, Any], Any],
    sep: str,
    header: list[str],
    crlf: bool = False,
) -> bytes:
    def guarded(column: str, value: Any) -> Any:
        out = cell(column, value)
        # Numbers and dates are written by us ("-0,5" is a number); texts may be anything.
        return out if isinstance(value, (int, float, dt.date)) else safe_cell(out)

    rows = [[guarded(c, r[c]) for c in EXPORT_COLUMNS] for r in records(table)]
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, sep=sep, lineterminator="\r\n" if crlf else "\n")
    return buffer.getvalue().encode("utf-8")
