"""A dry run of an import: what :func:`feedback.collect.bulk.import_rows` would do with the
same rows, counted, without writing anything.

Each batch goes through the pipeline's cheap steps (validation, normalising, redaction,
fingerprint; no analysis) and its duplicate check, in a transaction that is rolled back. A row
repeating an earlier row of the same file counts as already present, as the real import
(which has stored the earlier row by then) reports it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import islice

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from feedback.collect.bulk import DEFAULT_BATCH_SIZE, ParsedRow
from feedback.collect.duplicates import with_duplicates
from feedback.collect.fingerprint import CONTENT_ID_PREFIX, source_of
from feedback.collect.pipeline import Prepared, _prepare_text
from feedback.collect.present_credits import creditable
from feedback.collect.validate import Problem
from feedback.store.directory import load_directory

__all__ = ["DryRun", "dry_run_rows"]

# A stored-quote duplicate is "already present", as in feedback.collect.bulk.
_PRESENT = frozenset({"duplicate", "duplicate_external"})
_UNREADABLE = Problem("text", "unreadable_row")


@dataclass(slots=True)
class DryRun:
    """What an import would give: ``would_import + present + rejected`` rows, the rejected
    ones counted by problem code (``reasons``; ``examples`` keeps the first problem of each
    code, for its message). ``not_rated``, ``no_comment`` (rated without a comment, skipped),
    ``no_text`` (no comment, no rating read), ``empty`` and the unknown helpdesk ids come from
    the file's
    summary (:class:`~feedback.collect.files.parse.Summary`), as does ``undated`` (no date
    column: every row would be dated on the import day); ``broken`` says why reading
    ended early (JSON that breaks midway), the counts being those of the rows before it."""

    would_import: int = 0
    present: int = 0
    credited: int = 0  # of the present rows: whose quote the import would credit (its agent)
    rejected: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    examples: dict[str, Problem] = field(default_factory=dict)
    not_rated: int = 0
    no_answer: int = 0  # of the not rated rows, those without any survey answer
    no_comment: int = 0
    no_text: int = 0
    empty: int = 0
    totals: int = 0  # a report's summary rows ("Gesamt", "Average")
    shortened: int = 0  # rated comments cut to fit: imported, not skipped
    unknown_agents: Counter[str] = field(default_factory=Counter)
    unknown_groups: Counter[str] = field(default_factory=Counter)
    broken: Problem | None = None
    undated: bool = False
    rating_unread: str = ""  # a rating question's column the format does not read

    @property
    def rows(self) -> int:
        """Every data row of the file: imported, present, rejected or skipped."""
        return self.would_import + self.present + self.rejected + self.skipped

    @property
    def skipped(self) -> int:
        """Not rated, without a comment (rated or not) or empty: counted, not imported."""
        return self.not_rated + self.no_comment + self.no_text + self.empty + self.totals

    def reject(self, problems: Iterable[Problem]) -> None:
        self.rejected += 1
        for problem in problems:
            self.reasons[problem.code] += 1
            self.examples.setdefault(problem.code, problem)


def dry_run_rows(
    engine: Engine,
    rows: Iterable[ParsedRow],
    *,
    today: dt.date,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> DryRun:
    """Count what importing ``rows`` would give; reads the store, never writes to it."""
    result = DryRun()
    seen: set[str] = set()
    seen_external: set[tuple[str, str]] = set()
    adopted: set[int] = set()  # quotes stored without an id that a row of the file took
    credited: set[int] = set()  # present quotes the import would credit (present_credits)
    stream = iter(rows)
    while batch := list(islice(stream, batch_size)):
        with Session(engine) as session:
            directory = load_directory(session)
            drafts = [d for _, d, problems in batch if d is not None and not problems]
            names = directory.known_names
            prepared = [_prepare_text(d, directory, names, today) for d in drafts]
            found = with_duplicates(prepared, session)
            credits = creditable(session, found)
            session.rollback()
        # A quote the import credits in one batch names its agent in the next: counted once.
        result.credited += len(credits.keys() - credited)
        credited.update(credits)
        checked = iter(found)
        for _, draft, problems in batch:
            if draft is None or problems:
                result.reject(problems or [_UNREADABLE])
                continue
            _count(_after_adoptions(next(checked), adopted), result, seen, seen_external)
    return result


def _after_adoptions(item: Prepared, adopted: set[int]) -> Prepared:
    """``item`` as the import will see it: a quote stored without an id that a row of an
    earlier batch took (:mod:`feedback.store.legacy_rows`) has its row's id by then, so it
    is a rating, and a later row without an id that has its words is a new one."""
    if item.adopts is not None and item.adopts not in adopted:
        adopted.add(item.adopts)
        return item
    taken = item.duplicate_of in adopted and [p.code for p in item.problems] == ["duplicate"]
    if taken and (item.draft.external_id or "").startswith(CONTENT_ID_PREFIX):
        return replace(item, problems=(), adopts=None, duplicate_of=None)
    return item


def _count(
    item: Prepared, result: DryRun, seen: set[str], seen_external: set[tuple[str, str]]
) -> None:
    key = source_of(item.draft.source_system, item.draft.external_id)
    if item.problems:
        if all(p.code in _PRESENT for p in item.problems):
            result.present += 1
        else:
            result.reject(item.problems)
        return
    # An earlier row of this file: stored by then. A rating repeats by its id only (two
    # ratings with the same words are two quotes, see feedback.collect.duplicates).
    if (key in seen_external) if key is not None else (item.fingerprint in seen):
        result.present += 1
        return
    seen.add(item.fingerprint)
    if key is not None:
        seen_external.add(key)
    result.would_import += 1
