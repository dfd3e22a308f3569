"""Columns mapped by hand: when no known format has a file's columns, the lead names which
column holds which of our fields, and the rows are drafted as our own columns would be.

Pure: a :class:`~feedback.collect.files.formats.Format` built from the mapping, and the same
drafting (:func:`~feedback.collect.files.drafts.draft_row`) every recognised format uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace

from feedback.collect.files.column_guess import FIELDS, suggested_columns
from feedback.collect.files.formats import Format, formats, normal_name, recognise
from feedback.collect.files.parse import ParsedFile, parse_in_format
from feedback.collect.files.ratings import header_range
from feedback.collect.files.resolve import Resolver
from feedback.collect.files.table import Table

__all__ = [
    "FIELDS",
    "MANUAL",
    "RANGE",
    "RANGES",
    "known_on_range",
    "manual_format",
    "parse_mapped",
    "response_number",
    "suggested_columns",
]

MANUAL = "manual"
# Not a column: the rating column's scale as the lead picks it ("0-10" for an NPS column
# titled only "Score"); without it, the range the column's title names, else 1 to 5.
RANGE = "rating_range"
RANGES = ("1-5", "0-10", "1-10", "1-7", "1-3", "1-2")


def manual_format(columns: Mapping[str, str]) -> Format:
    """A format reading field ``f`` from the file's column ``columns[f]`` (empty: not there).

    Ratings read as our own columns' do: a number on the ``scale`` column, else on the range
    the rating column's title names (a survey question's "(1-10)" or NPS's "(0-10)": Typeform,
    Google Forms and Microsoft Forms head a column with the question; "NPS" or the NPS's
    question, "How likely … recommend", 0..10), else of 1 to 5, and the rating words. The
    range picked by hand (``columns[RANGE]``, one of :data:`RANGES`) comes before the title's.

    A column picked for the ticket id whose name is a survey's response number ("ID", "Nr",
    "Response ID": :func:`response_number`) is read as that number, as our own columns read
    it: no id unless the import names the system. Microsoft Forms numbers every form's
    responses 1, 2, …; taken for the ticket id, response 1 of a second form was "already
    present" and never imported.
    """
    generic = formats()[-1]
    picked = header_range(columns.get(RANGE) or "") if columns.get(RANGE) in RANGES else None
    titled = picked or header_range(columns.get("rating") or "")
    low, scale = titled or (1, generic.scale)
    read = {f: normal_name(c) for f, c in columns.items() if f in FIELDS and c}
    if response_number(read.get("id", "")):
        read["number"] = read.pop("id")
    return Format(
        name=MANUAL,
        system="",
        requires=("text",),
        columns={f: (c,) for f, c in read.items()},
        ratings="number",
        values=dict(generic.values),
        scale=scale,
        low=low,
        channel=generic.channel,
        scale_guessed=titled is None,
    )


def known_on_range(file_columns: Sequence[str], columns: Mapping[str, str]) -> Format | None:
    """A tool's own format on the scale picked by hand, where the mapping names nothing but
    the scale (``--column rating_range=1-7``) and the file is a known tool's whose ratings are
    numbers: a Delighted CSV of a CES survey (its survey type not in the file) keeps the
    tool's ids and columns. None otherwise: mapped by hand (:func:`manual_format`)."""
    if set(columns) != {RANGE} or columns[RANGE] not in RANGES:
        return None
    fmt = recognise(file_columns)
    picked = header_range(columns[RANGE])
    if fmt is None or not fmt.system or fmt.ratings != "number" or picked is None:
        return None
    return replace(fmt, low=picked[0], scale=picked[1], scale_guessed=False)


def response_number(column: str) -> bool:
    """Whether a column of this name holds a survey's response number, not a ticket's id
    (the names formats.toml gives our own columns' ``number``)."""
    return bool(column) and normal_name(column) in formats()[-1].columns["number"]


def parse_mapped(
    table: Table,
    fmt: Format,
    resolver: Resolver,
    *,
    system: str,
    today: dt.date,
    team_id: int | None = None,
) -> ParsedFile:
    """Draft the rows of ``table`` in ``fmt`` (see :func:`manual_format`), lazily, counted;
    ``team_id``: the team for rows that name no one."""
    return parse_in_format(table, fmt, resolver, system=system, today=today, team_id=team_id)
