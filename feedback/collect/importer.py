"""Import satisfaction-rating comments exported from a helpdesk, through the pipeline.

The reading lives in :mod:`feedback.collect.files`: CSV with any delimiter and standard
quoting, XLSX, JSON and JSON Lines, in any common encoding, streamed; the format (Zendesk,
Freshdesk, Intercom or our own columns: id, text, date, time, agent, team, channel, rating,
scale, tags) is recognised from the columns (``feedback/collect/files/formats.toml``). Positive
ratings become ``pending`` quotes, neutral and negative ones ``archived`` (kept for trends and
CSAT, never on the wall).

This module keeps the small interface the services use: :func:`parse_csv` (text in, one
entry per data row) and :func:`store_parsed` (all drafts through the one pipeline, in one
transaction). Large files go through ``feedback.collect.bulk``, which stores in batches.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine

from feedback.clock import local_today
from feedback.collect.column_map import (
    RANGE,
    known_on_range,
    manual_format,
    parse_mapped,
    suggested_columns,
)
from feedback.collect.files import ParsedFile, Row, UnreadableFile, parse_file, parse_table
from feedback.collect.files.csv_rows import read_csv
from feedback.collect.files.formats import DEFAULT_SYSTEM, normal_name
from feedback.collect.files.parse import shown_columns
from feedback.collect.files.resolve import load_resolver
from feedback.collect.files.sniff import open_table
from feedback.collect.pipeline import AnalyzerLike, SubmitResult, submit_many
from feedback.collect.validate import Problem
from feedback.domain import QuoteDraft


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What happened to one CSV line (``line`` counts the header as line 1)."""

    line: int
    quote_id: int | None
    problems: tuple[Problem, ...]


Parsed = list[tuple[int, QuoteDraft | None, list[Problem]]]
Submit = Callable[[Sequence[QuoteDraft]], list[SubmitResult]]


def _entry(row: Row) -> tuple[int, QuoteDraft | None, list[Problem]]:
    if row.no_answer:
        return row.line, None, [Problem("rating", "no_answer")]
    if row.not_rated:
        return row.line, None, [Problem("rating", "not_rated")]
    if row.no_comment:
        return row.line, None, [Problem("text", "no_comment")]
    if row.no_text:
        return row.line, None, [Problem("text", "no_text")]
    if row.empty:
        return row.line, None, [Problem("text", "empty_row")]
    if row.total:
        return row.line, None, [Problem("text", "total_row")]
    return row.line, row.draft, list(row.problems)


def parse_csv(engine: Engine, content: str, *, system: str, today: dt.date) -> Parsed:
    """Every data row of the CSV ``content`` as (line, draft or None, problems), in order.

    A file that cannot be read at all gives one entry for line 1 with the reason.
    """
    try:
        table = read_csv(io.StringIO(content.removeprefix("\ufeff"), newline=""))
        parsed = parse_table(table, load_resolver(engine), system=system, today=today)
        return [_entry(row) for row in parsed.rows]
    except UnreadableFile as unreadable:
        return [(1, None, [unreadable.problem])]


def open_import(
    engine: Engine,
    source: BinaryIO,
    *,
    name: str = "",
    system: str = DEFAULT_SYSTEM,
    today: dt.date,
    kind: str | None = None,
    team_id: int | None = None,
    columns: Mapping[str, str] | None = None,
) -> ParsedFile:
    """Open an import file of any kind (CSV, XLSX, JSON, JSON Lines) against this store's
    agents, teams and helpdesk mappings; its rows stream from :meth:`ParsedFile.entries`.
    ``team_id``: the team for rows that name no agent, team or helpdesk id.

    ``columns`` maps our fields onto the file's columns by hand, as the import page does
    (:mod:`~feedback.collect.column_map`): a form whose questions keep their own titles ("Ihr
    Kommentar") has no column a format knows. Fields it leaves out take the column our own
    columns' format reads for them ("Zeitstempel" for the date); "" for a field: none.

    Raises :class:`~feedback.collect.files.UnreadableFile` for a file that cannot be read,
    and ``unknown_column`` / ``no_text_column`` for ``columns`` the file does not have.
    """
    resolver = load_resolver(engine)
    if columns is None:
        return parse_file(
            source, resolver, name=name, system=system, today=today, kind=kind, team_id=team_id
        )
    table = open_table(source, name, kind)
    if (known := known_on_range(table.columns, columns)) is not None:
        return parse_table(
            table, resolver, system=system, today=today, team_id=team_id, known=known
        )
    chosen = {**suggested_columns(table.columns, table.repeated), **columns}
    present = {normal_name(column) for column in table.columns}
    for field, column in chosen.items():
        if field != RANGE and column and normal_name(column) not in present:
            raise UnreadableFile(
                "unknown_column", column=column, columns=shown_columns(table.columns)
            )
    if not chosen.get("text"):
        raise UnreadableFile("no_text_column", columns=shown_columns(table.columns))
    fmt = manual_format(chosen)
    return parse_mapped(table, fmt, resolver, system=system, today=today, team_id=team_id)


@contextmanager
def opened_path(
    engine: Engine,
    path: Path,
    *,
    system: str = DEFAULT_SYSTEM,
    today: dt.date,
    team_id: int | None = None,
    columns: Mapping[str, str] | None = None,
) -> Iterator[ParsedFile]:
    """:func:`open_import` of the file at ``path``, open while the block reads its rows (the
    command line's import and its dry run)."""
    with path.open("rb") as handle:
        yield open_import(
            engine,
            handle,
            name=path.name,
            system=system,
            today=today,
            team_id=team_id,
            columns=columns,
        )


def store_parsed(parsed: Parsed, submit: Submit) -> list[RowOutcome]:
    """Submit the drafts of ``parsed`` (through the one pipeline); one outcome per line."""
    drafts = [d for _, d, problems in parsed if d is not None and not problems]
    results = iter(submit(drafts) if drafts else [])
    outcomes: list[RowOutcome] = []
    for line, draft, problems in parsed:
        if draft is None or problems:  # as in feedback.collect.bulk: a row with problems
            outcomes.append(RowOutcome(line, None, tuple(problems)))
        else:
            result = next(results)
            outcomes.append(RowOutcome(line, result.quote_id, result.prepared.problems))
    return outcomes


def import_csv(
    engine: Engine,
    content: str,
    *,
    system: str,
    analyzer: AnalyzerLike | None = None,
    today: dt.date | None = None,
) -> list[RowOutcome]:
    """Import every row of ``content``; returns one outcome per data line, in order.

    No role check: front ends import through :func:`feedback.services.imports.import_csv`.
    """
    today = today or local_today()
    parsed = parse_csv(engine, content, system=system, today=today)
    return store_parsed(parsed, lambda drafts: submit_many(engine, drafts, analyzer, today=today))
