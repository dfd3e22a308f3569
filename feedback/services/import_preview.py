"""The import page's dry run, as the acting user may: the same rows, the same team rule as
:func:`feedback.services.imports.import_stream`, nothing written."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from feedback.auth.roles import Action, Actor, Role, require
from feedback.collect.dry_run import DryRun, dry_run_rows
from feedback.collect.files.parse import ParsedFile
from feedback.services.imports import _own_teams_only

__all__ = ["preview_import"]


def preview_import(engine: Engine, actor: Actor, parsed: ParsedFile, *, today: dt.date) -> DryRun:
    """Read every row of ``parsed`` and count what importing it would give (see
    :class:`~feedback.collect.dry_run.DryRun`); a lead's rows outside their teams are
    rejected, as the import would reject them. A file that breaks midway is counted up to
    the break, and ``broken`` says why it ended there."""
    require(actor, Action.IMPORT)
    rows = parsed.entries()
    if actor.role is Role.LEAD:
        rows = _own_teams_only(engine, actor, rows)
    result = dry_run_rows(engine, rows, today=today)
    summary = parsed.summary
    result.not_rated = summary.not_rated
    result.no_answer = summary.no_answer
    result.no_comment = summary.no_comment
    result.no_text = summary.no_text
    result.empty = summary.empty
    result.totals = summary.totals
    result.shortened = summary.shortened
    result.undated = summary.undated
    result.rating_unread = summary.rating_unread
    result.unknown_agents = summary.unknown_agents
    result.unknown_groups = summary.unknown_groups
    result.broken = parsed.broken.problem if parsed.broken else None
    return result
