"""Imports in batches, through the one pipeline: every row ends imported, present or rejected.

Rows arrive as a stream of ``(line, draft or None, problems)`` from a file reader and are cut
into batches; each batch is one :func:`~feedback.collect.pipeline.submit_many` call, so one
transaction. A batch commits in well under a second, so people submitting at the same time
wait at most that long, and a crash (even ``kill -9``) loses only the batch being written:
running the same import again stores what is missing and reports the rest as already present.
Without workers only one batch of drafts and results is held at a time; with workers
(:mod:`feedback.collect.bulk_workers`) upcoming batches are prepared and analysed in other
processes meanwhile, a bounded number of them, and still written here in file order.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import Engine

from feedback.collect.bulk_workers import Batch, prepared_batches
from feedback.collect.bulk_workers import ParsedRow as ParsedRow  # where the readers find it
from feedback.collect.pipeline import (
    AnalyzerLike,
    PreparedAhead,
    analyzer_with_themes,
    submit_many,
    theme_key,
)
from feedback.collect.validate import Problem
from feedback.domain import QuoteDraft
from feedback.store.statistics import refresh_statistics

# Why 500: a batch of 500 rows is prepared in about 0.1 s and written in a few hundredths of a
# second, so a concurrent writer waits far less than SQLite's busy timeout, a crash loses at most
# that much work, and the per-transaction cost (a commit, a directory read) stays below 5 %.
DEFAULT_BATCH_SIZE = 500
# Why 100,000: enough for a report of every rejected row of any file the upload limit admits
# (25 MB) while a million-row file with a wrong column mapping cannot fill the memory; the
# counts stay exact beyond it.
KEEP_REJECTED = 100_000
# A stored-quote duplicate is "already present", not a failure: re-importing a file succeeds.
_PRESENT = frozenset({"duplicate", "duplicate_external"})


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A data row that was not stored; ``line`` is the file's line (the header is line 1)."""

    line: int
    problems: tuple[Problem, ...]

    def reasons(self, lang: str | None) -> list[str]:
        return [p.message(lang) for p in self.problems]


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """Where an import stands after a committed batch (counts since the start)."""

    rows: int
    imported: int
    present: int
    rejected: int
    batches: int
    seconds: float


@dataclass(slots=True)
class ImportReport:
    """What happened to every data row: ``imported + present + rejected`` equals ``rows``.

    ``present_ranges`` holds the already-present lines as inclusive ``(first, last)`` runs (a
    re-import of a million rows is one run). ``rejected_rows`` keeps the first
    :data:`KEEP_REJECTED` rejected rows in file order; ``rejected`` always counts them all.
    """

    imported: int = 0
    present: int = 0
    rejected: int = 0
    # Of the present rows: whose stored quote was credited to the agent the row now names.
    credited: int = 0
    batches: int = 0
    rejected_rows: list[RejectedRow] = field(default_factory=list)
    present_ranges: list[tuple[int, int]] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.imported + self.present + self.rejected

    @property
    def ok(self) -> bool:
        """No row rejected. "0 new, N already present" (a re-import) is a success."""
        return self.rejected == 0

    def present_lines(self) -> Iterator[int]:
        for first, last in self.present_ranges:
            yield from range(first, last + 1)

    def note_present(self, line: int) -> None:
        self.present += 1
        if self.present_ranges and self.present_ranges[-1][1] == line - 1:
            self.present_ranges[-1] = (self.present_ranges[-1][0], line)
        else:
            self.present_ranges.append((line, line))

    def note_rejected(self, line: int, problems: tuple[Problem, ...], keep: int) -> None:
        self.rejected += 1
        if len(self.rejected_rows) < keep:
            self.rejected_rows.append(RejectedRow(line, problems))


_FIRST_REFRESH = 5_000


def import_rows(
    engine: Engine,
    actor_name: str,
    rows: Iterable[ParsedRow],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    analyzer: AnalyzerLike | None = None,
    today: dt.date,
    progress: Callable[[ImportProgress], None] | None = None,
    keep_rejected: int = KEEP_REJECTED,
    workers: int = 0,
) -> ImportReport:
    """Store every acceptable row of ``rows`` in batches of ``batch_size``, as ``actor_name``.

    A row with problems from the reader, or with pipeline problems, is rejected; a row whose
    quote (fingerprint or external id) is stored already, also by an earlier row of the same
    import or by a concurrent writer, is already present. ``progress`` is called after each
    committed batch. No role check: front ends import through
    :func:`feedback.services.imports.import_stream`.

    ``workers`` processes prepare and analyse upcoming batches (see
    :mod:`~feedback.collect.bulk_workers` for when they start); not with a caller's own
    ``analyzer``, which cannot be handed to another process.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    themes: str | None = None  # a caller's own analyser cannot be handed to another process
    if analyzer is None:
        themes = theme_key(engine)
        analyzer = analyzer_with_themes(themes)
    report = ImportReport()
    started = time.perf_counter()
    stream = iter(rows)
    batches: Iterator[Batch] = iter(lambda: list(islice(stream, batch_size)), [])
    # The planner statistics are refreshed as the import grows tenfold (and at its end), so
    # that pages read while a large import runs get plans made for the store's real size.
    next_refresh = _FIRST_REFRESH
    with prepared_batches(
        engine,
        batches,
        actor_name=actor_name,
        analyzer=analyzer,
        themes=themes,
        workers=workers,
        today=today,
    ) as prepared:
        for batch, drafts, ahead in prepared:
            _import_batch(engine, batch, drafts, ahead, analyzer, today, report, keep_rejected)
            report.batches += 1
            if report.imported >= next_refresh:
                refresh_statistics(engine)
                next_refresh *= 10
            if progress is not None:
                progress(
                    ImportProgress(
                        rows=report.rows,
                        imported=report.imported,
                        present=report.present,
                        rejected=report.rejected,
                        batches=report.batches,
                        seconds=time.perf_counter() - started,
                    )
                )
    if report.imported:
        refresh_statistics(engine)
    return report


def _import_batch(
    engine: Engine,
    batch: Batch,
    drafts: list[QuoteDraft],
    ahead: PreparedAhead | None,
    analyzer: AnalyzerLike,
    today: dt.date,
    report: ImportReport,
    keep: int,
) -> None:
    results = iter(
        submit_many(engine, drafts, analyzer, today=today, ahead=ahead) if drafts else ()
    )
    for line, draft, problems in batch:
        if draft is None or problems:
            report.note_rejected(line, tuple(problems) or (_UNREADABLE,), keep)
            continue
        result = next(results)
        if result.stored:
            report.imported += 1
        elif result.prepared.problems and all(p.code in _PRESENT for p in result.prepared.problems):
            report.note_present(line)
            report.credited += result.credited
        else:
            report.note_rejected(line, result.prepared.problems, keep)


_UNREADABLE = Problem("text", "unreadable_row")
