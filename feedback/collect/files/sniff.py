"""Which reader a file needs, from its first bytes (and its name, where that settles it)."""

from __future__ import annotations

import io
import json
from typing import BinaryIO

from feedback.collect.files.csv_rows import read_csv
from feedback.collect.files.json_rows import EMBEDDED, LIST_KEYS, read_json, read_jsonl
from feedback.collect.files.table import Table, UnreadableFile
from feedback.collect.files.text import FIRST_CHUNK, Prefixed, detect_encoding, open_text

__all__ = ["KINDS", "open_table", "sniff_kind"]

KINDS = ("csv", "xlsx", "json", "jsonl")
_ZIP = b"PK\x03\x04"
# An OLE2 compound file: Excel 97-2003 (.xls), also when named .csv.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WEB_PAGE = ("<!doctype html", "<html", "<head")
# Packed files (a helpdesk's download before unpacking) and other files taken for an export,
# by their first bytes; read as CSV they showed binary garbage as their "columns".
_PACKED = ((b"\x1f\x8b", "gzip"), (b"7z\xbc\xaf\x27\x1c", "7-Zip"), (b"Rar!\x1a\x07", "RAR"))
_OTHER = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
)
_XLSX_NAMES = (".xlsx", ".xlsm")
_JSONL_NAMES = (".jsonl", ".ndjson")


def sniff_kind(first: bytes, name: str = "") -> str:
    """csv, xlsx, json or jsonl for a file starting with ``first`` and called ``name``.

    A zip is an XLSX. Text starting with ``[`` is JSON; with ``{`` JSON Lines when the first
    line is a whole object of its own (or the name ends in .jsonl/.ndjson), else JSON (an
    object holding the list). Anything else is CSV.
    """
    lowered = name.lower()
    if first.startswith(_ZIP) or lowered.endswith(_XLSX_NAMES):
        return "xlsx"
    encoding = detect_encoding(first)
    text = first.decode(encoding, errors="replace").lstrip("\ufeff \t\r\n")
    if text.startswith("["):
        return "json"
    if text.startswith("{"):
        if lowered.endswith(_JSONL_NAMES):
            return "jsonl"
        return "jsonl" if _whole_object_per_line(text.splitlines()[0]) else "json"
    return "csv"


def _whole_object_per_line(line: str) -> bool:
    try:
        value = json.loads(line)
    except ValueError:
        return False
    if not isinstance(value, dict):
        return False
    embedded = value.get(EMBEDDED)
    lists = [value, embedded] if isinstance(embedded, dict) else [value]
    return not any(isinstance(held.get(k), list) for held in lists for k in LIST_KEYS)


def open_table(source: BinaryIO, name: str = "", kind: str | None = None) -> Table:
    """Open ``source`` (binary, read once from its current position) with the right reader.

    ``kind`` overrides the sniffing. Raises :class:`UnreadableFile` for a file that cannot be
    read at all; rows that cannot be read come as records with problems.
    """
    first = source.read(FIRST_CHUNK)
    _refuse_other_files(first)
    kind = kind or sniff_kind(first, name)
    if kind == "xlsx":
        if not first.startswith(_ZIP):
            raise UnreadableFile("broken_xlsx", reason="no zip")
        from feedback.collect.files.xlsx_rows import read_xlsx  # openpyxl: only when needed

        return read_xlsx(_rewound(source, first))
    text = open_text(_rewound(source, first))
    if kind == "json":
        return read_json(text)
    if kind == "jsonl":
        return read_jsonl(text)
    return read_csv(text)


def _refuse_other_files(first: bytes) -> None:
    """Files people take for an export that are none: an old Excel workbook, a web page (a
    login or error page saved instead of the download), a packed download, a PDF report or
    a screenshot. Read as CSV, they gave binary garbage or markup as their "columns"."""
    if first.startswith(_OLE2):
        raise UnreadableFile("legacy_xls")
    for magic, kind in _PACKED:
        if first.startswith(magic):
            raise UnreadableFile("compressed_file", kind=kind)
    for magic, kind in _OTHER:
        if first.startswith(magic):
            raise UnreadableFile("binary_file", kind=kind)
    if first.startswith(_ZIP):
        return
    text = first[:1024].decode(detect_encoding(first), errors="replace")
    if text.lstrip("\ufeff \t\r\n").lower().startswith(_WEB_PAGE):
        raise UnreadableFile("web_page")


def _rewound(source: BinaryIO, first: bytes) -> BinaryIO:
    if source.seekable():
        source.seek(source.tell() - len(first))
        return source
    return io.BufferedReader(Prefixed(first, source))
