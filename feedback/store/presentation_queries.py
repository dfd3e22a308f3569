"""Typed reads for presentation mode that need no quote rows at all."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Engine, Select, select

from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote, Team


def team_choices(engine: Engine, flt: QuoteFilter) -> dict[int, str]:
    """Teams that have quotes matching ``flt``: id -> name, sorted by name (casefolded).

    One GROUP BY in the database: the spotlight picker never reads a quote."""
    pairs = select(Quote.team_id, Team.name).join(Team, Team.id == Quote.team_id)
    query = flt.apply(cast("Select[Any]", pairs)).group_by(Quote.team_id, Team.name)
    with engine.connect() as conn:
        teams = {int(team_id): str(name) for team_id, name in conn.execute(query)}
    return dict(sorted(teams.items(), key=lambda item: item[1].casefold()))
