"""Imports of helpdesk ratings, as the acting user may: admins any team, leads their own."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine

from feedback.auth.roles import Action, Actor, Role, require
from feedback.collect.importer import Parsed, RowOutcome, parse_csv, store_parsed
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
    today = today or dt.date.today()
    parsed = parse_csv(engine, content, system=system, today=today)
    if actor.role is Role.LEAD:
        parsed = _own_teams_only(engine, actor, parsed)
    return store_parsed(parsed, lambda drafts: submit(engine, actor, drafts, analyzer, today=today))


def _own_teams_only(engine: Engine, actor: Actor, parsed: Parsed) -> Parsed:
    agents = read_directory(engine).agents
    kept: Parsed = []
    for line, draft, problems in parsed:
        if draft is not None:
            team = draft.team_id
            if team is None and draft.agent_id in agents:
                team = agents[draft.agent_id].team_id
            if team not in actor.team_ids:
                problems = [*problems, Problem("team", "not_your_team", {})]
                draft = None
        kept.append((line, draft, problems))
    return kept
