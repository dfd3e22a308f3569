"""Ratings found present by their helpdesk id that now name an agent the stored quote lacks.

A rating whose agent id no mapping named was stored without an agent (its group's team, or the
team the import gave it). Quotes stored since migration 0012 keep that id, and the mapping saved
for it credits them (:func:`feedback.store.mappings.credit_quotes`); quotes stored before it
kept nothing. Importing the file again after the mapping finds each such row already present:
where its row now names an agent (the id is mapped) and the stored quote names none, with the
same system and team, the stored quote is credited to that agent, one audit row each, in the
batch's transaction, as the mapping would have. The import counts them among the present rows
("of these, M now credited"). A quote that names an agent keeps it. The dry run counts the
same quotes (:func:`creditable`, read only) as those it would credit.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback.store.mappings import credit_to_agent
from feedback.store.models import Quote

if TYPE_CHECKING:
    from feedback.collect.pipeline import Prepared

__all__ = ["credit_present", "creditable"]


def creditable(session: Session, checked: list[Prepared]) -> dict[int, tuple[int, int]]:
    """The stored quotes rows of ``checked`` (after the duplicate check) found present by
    their helpdesk id that the rule above credits, read only: quote id -> (the agent, the
    index in ``checked`` of its first such row)."""
    rows: dict[int, Prepared] = {}
    first: dict[int, int] = {}
    for index, item in enumerate(checked):
        quote_id, draft = item.duplicate_of, item.draft
        if quote_id is None or draft.agent_id is None or not draft.source_system:
            continue
        if any(problem.code == "duplicate_external" for problem in item.problems):
            rows.setdefault(quote_id, item)
            first.setdefault(quote_id, index)
    if not rows:
        return {}
    stored = session.execute(
        select(Quote.id, Quote.team_id, Quote.source_system).where(
            Quote.id.in_(list(rows)), Quote.agent_id.is_(None)
        )
    ).all()
    found: dict[int, tuple[int, int]] = {}
    for quote_id, team_id, system in stored:
        draft = rows[quote_id].draft
        if draft.agent_id is not None and (team_id, system) == (draft.team_id, draft.source_system):
            found[quote_id] = (draft.agent_id, first[quote_id])
    return found


def credit_present(session: Session, checked: list[Prepared]) -> set[int]:
    """Credit the quotes :func:`creditable` names, one audit row each; the indexes in
    ``checked`` of the rows that credited one (the first row of each quote)."""
    found = creditable(session, checked)
    by_agent: dict[tuple[int, str], list[int]] = defaultdict(list)
    for quote_id, (agent_id, index) in found.items():
        by_agent[agent_id, checked[index].draft.submitted_by].append(quote_id)
    for (agent_id, actor), ids in by_agent.items():
        credit_to_agent(session, ids, agent_id, actor=actor)
    return {index for _, index in found.values()}
