"""One filter object for every view: the wall, clouds, trends, exports and the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, String, cast, or_

from feedback.store.models import Quote


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Empty fields mean "no restriction". ``statuses`` defaults to approved quotes only."""

    start: dt.date | None = None
    end: dt.date | None = None
    team_ids: tuple[int, ...] = ()
    agent_ids: tuple[int, ...] = ()
    channels: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ("approved",)
    search: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def apply(self, query: Select[Any]) -> Select[Any]:
        """Narrow a SELECT over :class:`Quote` to this filter."""
        if self.start:
            query = query.where(Quote.said_on >= self.start)
        if self.end:
            query = query.where(Quote.said_on <= self.end)
        if self.team_ids:
            query = query.where(Quote.team_id.in_(self.team_ids))
        if self.agent_ids:
            query = query.where(Quote.agent_id.in_(self.agent_ids))
        if self.channels:
            query = query.where(Quote.channel.in_(self.channels))
        if self.languages:
            query = query.where(Quote.language.in_(self.languages))
        if self.statuses:
            query = query.where(Quote.status.in_(self.statuses))
        if self.themes:
            # Themes are a JSON list of ids; '"speed"' cannot match inside another id.
            as_text = cast(Quote.themes, String)
            query = query.where(or_(*(as_text.contains(f'"{theme}"') for theme in self.themes)))
        if self.search.strip():
            query = query.where(Quote.text.icontains(self.search.strip(), autoescape=True))
        return query
