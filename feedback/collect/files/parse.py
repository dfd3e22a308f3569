"""A file in, rows out: open it, recognise its format, turn each record into a draft, and
count as it goes (the import's summary: skipped, rated by polarity, unknown helpdesk ids)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from feedback.collect.files.column_guess import guessed_columns
from feedback.collect.files.date_order import DateOrder, settled
from feedback.collect.files.drafts import Row, date_cell, draft_row
from feedback.collect.files.formats import DEFAULT_SYSTEM, Format, normal_name, recognise
from feedback.collect.files.ratings import titled
from feedback.collect.files.resolve import Resolver
from feedback.collect.files.row_keys import RowKeys
from feedback.collect.files.sniff import open_table
from feedback.collect.files.table import Table, UnreadableFile
from feedback.collect.validate import Problem
from feedback.domain import QuoteDraft

__all__ = [
    "ParsedFile",
    "Summary",
    "parse_file",
    "parse_in_format",
    "parse_table",
    "repeated_column",
    "repeated_copies",
    "shown_columns",
]

# Why 300 characters: a wide export's header is readable; a binary file's is cut short.
_SHOWN_COLUMN_CHARS = 300
# C0 and C1 controls, DEL, and the invisible formatting characters a terminal acts on.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+")


@dataclass(slots=True)
class Summary:
    """Counts over the rows read so far; complete once :attr:`ParsedFile.rows` is exhausted.

    ``polarity`` counts every rated row (positive/neutral/negative), drafts and rows without a
    comment alike: the file's CSAT is ``polarity["positive"] / sum(polarity.values())``.
    ``no_comment`` counts the rated rows without a comment (skipped: nothing to quote);
    ``no_text`` the other rows without a comment (no rating read either), ``empty`` the rows
    without any value, ``totals`` a report's summary rows ("Gesamt", "Average"; all skipped).
    ``unknown_agents``/``unknown_groups``: helpdesk ids without a mapping, with their rows.
    ``undated``: the file has no date column its format reads, so every row is dated on the
    day of the import (trends and retention go by that day: the import says so).
    ``rating_unread``: a column whose title says it holds a rating ("How satisfied were you
    with our support?", a form's own question) where the format reads none: its ratings are
    not stored, and the import says so (:func:`unread_rating`).
    """

    rows: int = 0
    drafts: int = 0
    rejected: int = 0
    not_rated: int = 0
    no_answer: int = 0  # of the not rated rows, those without any survey answer
    no_comment: int = 0
    no_text: int = 0
    empty: int = 0
    totals: int = 0
    shortened: int = 0  # rated comments cut after a whole word to fit (imported, marked)
    polarity: Counter[str] = field(default_factory=Counter)
    unknown_agents: Counter[str] = field(default_factory=Counter)
    unknown_groups: Counter[str] = field(default_factory=Counter)
    undated: bool = False
    rating_unread: str = ""

    def add(self, row: Row) -> None:
        self.rows += 1
        if row.not_rated:
            self.not_rated += 1
            self.no_answer += row.no_answer
        elif row.no_comment:
            self.no_comment += 1
        elif row.no_text:
            self.no_text += 1
        elif row.empty:
            self.empty += 1
        elif row.total:
            self.totals += 1
        elif row.draft is None:
            self.rejected += 1
        else:
            self.drafts += 1
            self.shortened += row.shortened
        if row.rating is not None:
            self.polarity[row.rating.polarity.value] += 1
        for kind, external_id in row.unknown:
            (self.unknown_agents if kind == "agent" else self.unknown_groups)[external_id] += 1

    @property
    def skipped(self) -> int:
        """Rows neither stored nor rejected: not rated, without a comment, or empty."""
        return self.not_rated + self.no_comment + self.no_text + self.empty + self.totals

    @property
    def csat(self) -> float | None:
        """Share of positive ratings among all rated rows, in [0, 1]; None without ratings."""
        rated = sum(self.polarity.values())
        return self.polarity["positive"] / rated if rated else None


@dataclass(slots=True)
class ParsedFile:
    """An opened import: its ``kind`` (csv, xlsx, json, jsonl), ``format`` and helpdesk
    ``system``; ``rows`` streams one :class:`Row` per data row, in file order, once, and
    updates ``summary`` as it goes. Iterating ``rows`` may raise :class:`UnreadableFile` when
    JSON breaks midway (the rows before it were read correctly); :meth:`entries` instead ends
    there and keeps the reason in ``broken``. ``team_id``: the team for rows that name no one
    (a review site's or a survey's export names no agent and no team), if the import was given
    one."""

    kind: str
    format: Format
    system: str
    columns: tuple[str, ...]
    rows: Iterator[Row]
    summary: Summary
    details: dict[str, str]
    broken: UnreadableFile | None = None
    team_id: int | None = None

    def entries(self) -> Iterator[tuple[int, QuoteDraft | None, list[Problem]]]:
        """The rows as ``feedback.collect.bulk`` takes them: (line, draft or None, problems).

        Rows that are not rated yet, without a comment or empty are left out (skipped, not
        rejected); they are counted in ``summary`` (:attr:`Summary.skipped`), so imported +
        present + rejected + skipped = every data row.

        A draft that names no one (no agent, no team, no helpdesk id) takes ``team_id``; without
        one, or when it names nobody because its helpdesk ids are not mapped, it comes with
        problems saying so (:meth:`Row.unmapped`): rejected, unless a lead's rule gives it a
        team.

        A file that breaks midway ends the rows where it breaks, so that every row before it
        is imported (or rejected) as usual; ``broken`` then says why it ended, for the caller
        to report with the counts.
        """
        try:
            for row in self.rows:
                if row.skipped:
                    continue
                if row.draft is not None and self.team_id is not None and row.names_nobody:
                    yield row.line, replace(row.draft, team_id=self.team_id), list(row.problems)
                else:
                    yield row.line, row.draft, [*row.problems, *row.unmapped()]
        except UnreadableFile as broken:
            self.broken = broken


def parse_table(
    table: Table,
    resolver: Resolver,
    *,
    system: str,
    today: dt.date,
    team_id: int | None = None,
    known: Format | None = None,
) -> ParsedFile:
    """Recognise the format of ``table`` (unless ``known`` names it) and draft its rows lazily.

    ``system`` names the source of our own columns' format; a helpdesk format names its own.
    ``team_id``: the team for rows that name no one (:attr:`ParsedFile.team_id`).
    Raises :class:`UnreadableFile` ``unknown_format`` when no format has its columns, and
    ``repeated_column`` when a column the format reads is in the file twice (which of the two
    holds the comment is anyone's guess: mapped by hand, the lead picks one).
    """
    fmt = known or recognise(table.columns)
    if fmt is None:
        # found: the columns as they are, for a command that names them (cli.import_commands)
        raise UnreadableFile(
            "unknown_format", columns=shown_columns(table.columns), found=table.columns
        )
    if repeated := repeated_column(table, fmt):
        raise UnreadableFile(
            "repeated_column", column=repeated, copies=repeated_copies(table.columns, repeated)
        )
    parsed = parse_in_format(table, fmt, resolver, system=system, today=today, team_id=team_id)
    if known is None:  # a format mapped by hand reads the columns the lead chose
        parsed.summary.rating_unread = unread_rating(parsed.format, table.columns)
    return parsed


def unread_rating(fmt: Format, columns: Sequence[str]) -> str:
    """The column of ``columns`` whose title says it holds a rating
    (:func:`~feedback.collect.files.column_guess.guessed_columns`), where ``fmt`` reads no
    rating column and no other field from it; else "". Not read on a guess: Microsoft Forms
    and Google Forms title a rating question as it was asked, and the import says which column
    it left, so that the lead names it (``--column rating=…``) before the first import (the
    rating is part of an answer's key: imported again with it, each answer would be new)."""
    present = [normal_name(c) for c in columns]
    if fmt.column("rating", present) is not None:
        return ""
    read = {fmt.column(name, present) for name in fmt.columns}
    free = [c for c, n in zip(columns, present, strict=True) if n not in read]
    return guessed_columns(free).get("rating", "")


def repeated_column(table: Table, fmt: Format) -> str:
    """The name of a column that ``fmt`` reads and that ``table``'s header has more than once
    (as the file writes it), or ""."""
    repeated = {normal_name(name): name for name in table.repeated}
    present = [normal_name(c) for c in table.columns]
    for name in fmt.columns:
        column = fmt.column(name, present)
        if column is not None and column in repeated:
            return repeated[column]
    return ""


# The suffix unique_columns gives a repeated column's second and later copies: " (2)".
_COPY = re.compile(r"\s\(\d+\)$")


def repeated_copies(columns: Sequence[str], repeated: str) -> str:
    """The names the reader gave the columns called ``repeated`` ("Kommentar / Kommentar
    (2)": :func:`~feedback.collect.files.table.unique_columns`), for the message: a
    mapping by hand names the one to read so."""
    name = normal_name(repeated)
    same = [c.strip() for c in columns if normal_name(_COPY.sub("", c)) == name]
    return shown_columns(same).replace(", ", " / ")


def shown_columns(columns: Sequence[str]) -> str:
    """The columns for a message: control characters (a binary file read as text) as "�",
    cut after :data:`_SHOWN_COLUMN_CHARS` characters."""
    shown = _CONTROL.sub("\ufffd", ", ".join(columns)) or "-"
    return shown if len(shown) <= _SHOWN_COLUMN_CHARS else shown[:_SHOWN_COLUMN_CHARS] + "…"


def parse_in_format(
    table: Table,
    fmt: Format,
    resolver: Resolver,
    *,
    system: str,
    today: dt.date,
    team_id: int | None = None,
) -> ParsedFile:
    """Draft the rows of ``table`` in ``fmt`` (recognised, or mapped by hand), lazily,
    counted; ``system`` names the source unless ``fmt`` is a helpdesk's own; ``team_id`` is
    the team for rows that name no one. A row's bare number (a form's "ID") is its id only
    when ``system`` is named (not :data:`DEFAULT_SYSTEM`): see formats.toml."""
    fmt = titled(fmt, table.columns)  # "NPS", "(0-10)": the rating column's own range
    source = fmt.system or system
    numbers_are_ids = not fmt.system and system != DEFAULT_SYSTEM
    summary = Summary(undated=fmt.column("date", map(normal_name, table.columns)) is None)

    def rows() -> Iterator[Row]:
        keys = RowKeys()  # a row without an id: its key among this file's rows
        order = DateOrder()  # "05/11/2026": day or month first, as the file's rows say
        for record in settled(table.records, lambda r: date_cell(fmt, r), order):
            row = draft_row(
                record,
                fmt,
                resolver,
                system=source,
                today=today,
                numbers_are_ids=numbers_are_ids,
                row_keys=keys,
                day_first=order.day_first,
            )
            summary.add(row)
            yield row

    return ParsedFile(
        table.kind, fmt, source, table.columns, rows(), summary, table.details, team_id=team_id
    )


def parse_file(
    source: BinaryIO,
    resolver: Resolver,
    *,
    name: str = "",
    system: str = DEFAULT_SYSTEM,
    today: dt.date,
    kind: str | None = None,
    team_id: int | None = None,
) -> ParsedFile:
    """Open ``source`` (any supported kind and encoding, see :mod:`feedback.collect.files`)
    and draft its rows lazily (``team_id``: the team for rows that name no one). Raises
    :class:`UnreadableFile` for a file that cannot be read."""
    table = open_table(source, name, kind)
    return parse_table(table, resolver, system=system, today=today, team_id=team_id)
