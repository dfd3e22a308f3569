"""Exports of quotes (plain CSV, German Excel CSV, XLSX, JSON) and their formula guard.

``from feedback.export import safe_cell, public_view, to_csv, to_json`` keeps working for the
older callers (chart downloads, the audit CSV); new code uses :func:`export_table` and
:func:`render` (see :mod:`feedback.export.formats` for the flavours).
"""

from feedback.export.cells import EXPORT_COLUMNS, public_view, safe_cell, to_csv, to_json
from feedback.export.formats import MEDIA_TYPES, SUFFIXES, ExportFormat, render
from feedback.export.table import export_table

__all__ = [
    "EXPORT_COLUMNS",
    "MEDIA_TYPES",
    "SUFFIXES",
    "ExportFormat",
    "export_table",
    "public_view",
    "render",
    "safe_cell",
    "to_csv",
    "to_json",
]
