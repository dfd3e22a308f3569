"""Imports of helpdesk ratings, as the acting user may: admins any team, leads their own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from sqlalchemy import Engine

from feedback.auth.roles import Action, Actor, Role, require
from feedback.clock import local_today
from feedback.collect.bulk import (
    DEFAULT_BATCH_SIZE,
    ImportProgress,
    ImportReport,
    ParsedRow,
    import_rows,
)
from feedback.collect.files.drafts import recipient_missing
from feedback.collect.importer import RowOutcome, parse_csv, store_parsed
from feedback.collect.pipeline import AnalyzerLike
from feedback.collect.validate import Problem
from feedback.services.quotes import submit
from feedback.store.directory import read_directory


def import_csv(
    engine: Engine,
    actor: Actor,
    content: str,
    *,
    system: str,
    analyzer: AnalyzerLike | None = None,
    today: dt.date | None = None,
) -> list[RowOutcome]:
    """Import every row of ``content`` in the actor's name; one outcome per data line.

    A lead's rows must belong to a team they lead (by the row's team, else the praised
    agent's team); other rows are rejected with the reason, never dropped.
    """
    require(actor, Action.IMPORT)
    today = today or local_today()
    parsed = parse_csv(engine, content, system=system, today=today)
    if actor.role is Role.LEAD:
        parsed = list(_own_teams_only(engine, actor, parsed))
    return store_parsed(parsed, lambda drafts: submit(engine, actor, drafts, analyzer, today=today))


def import_stream(
    engine: Engine,
    actor: Actor,
    rows: Iterable[ParsedRow],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    analyzer: AnalyzerLike | None = None,
    today: dt.date | None = None,
    progress: Callable[[ImportProgress], None] | None = None,
    workers: int = 0,
) -> ImportReport:
    """Import a stream of parsed rows in the actor's name, in batches (one transaction each).

    The same rule as :func:`import_csv`: a lead's rows must belong to a team they lead (so
    they may also approve them); other rows are rejected with the reason, never dropped, and
    the import goes on. Every row ends imported, already present or rejected
    (:class:`~feedback.collect.bulk.ImportReport`).

    ``workers`` processes prepare and analyse upcoming batches
    (:mod:`feedback.collect.bulk_workers`); the command line uses them. The import page
    keeps the default, 0, on purpose: an upload is at most 25 MB, so a worker's start (2-3 s
    and a few hundred MB for its analyser, per import) would buy a few seconds at best,
    while the server's other sessions share the same cores and memory.
    """
    require(actor, Action.IMPORT)
    if actor.role is Role.LEAD:
        rows = _own_teams_only(engine, actor, rows)
    return import_rows(
        engine,
        actor.name,
        rows,
        batch_size=batch_size,
        analyzer=analyzer,
        today=today or local_today(),
        progress=progress,
        workers=workers,
    )


def _own_teams_only(engine: Engine, actor: Actor, rows: Iterable[ParsedRow]) -> Iterator[ParsedRow]:
    """A lead's rows: those of their teams; a row that names nobody goes to their team when
    they lead exactly one (a file exported from their own team's view has no team column),
    also one whose only problem is that it names no one or that its helpdesk ids are not
    mapped."""
    agents = read_directory(engine).agents
    only_team = next(iter(actor.team_ids)) if len(actor.team_ids) == 1 else None
    for line, draft, problems in rows:
        nobody = draft is not None and draft.team_id is None and draft.agent_id is None
        if draft is not None and nobody and only_team is not None:
            draft = replace(draft, team_id=only_team)
            problems = [p for p in problems if not recipient_missing(p)]
        if draft is not None and not problems:
            team = draft.team_id
            if team is None and draft.agent_id in agents:
                team = agents[draft.agent_id].team_id
            if team not in actor.team_ids:
                problems = [*problems, Problem("team", "not_your_team", {})]
                draft = None
        yield line, draft, problems
