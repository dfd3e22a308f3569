"""One filter object for every view: the wall, clouds, trends, exports and the CLI."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, cast, or_
from sqlalchemy.orm import InstrumentedAttribute

from feedback.store.models import Quote

# Control characters and lone surrogates: no stored text holds them (the pipeline removes them),
# and no database takes them as a parameter: "?q=%00" failed on PostgreSQL (DataError: text
# cannot hold NUL), a lone surrogate on both backends (UnicodeEncodeError). A search drops them.
_UNSEARCHABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def searchable(text: str) -> str:
    """``text`` as a search looks for it: stripped, without control characters or surrogates."""
    return _UNSEARCHABLE.sub("", text).strip()


class FrozenMapping(Mapping[str, Hashable]):
    """An immutable, hashable mapping of hashable values: its (name, value) pairs, sorted."""

    __slots__ = ("_pairs",)

    def __init__(self, items: Mapping[str, Hashable] | Iterable[tuple[str, Hashable]] = ()):
        self._pairs = tuple(sorted(dict(items).items(), key=lambda pair: pair[0]))

    def __getitem__(self, key: str) -> Hashable:
        for name, value in self._pairs:
            if name == key:
                return value
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _value in self._pairs)

    def __len__(self) -> int:
        return len(self._pairs)

    def __hash__(self) -> int:
        return hash(self._pairs)

    def __reduce__(self) -> tuple[type[FrozenMapping], tuple[tuple[tuple[str, Hashable], ...]]]:
        return FrozenMapping, (self._pairs,)

    def __repr__(self) -> str:
        return f"FrozenMapping({dict(self._pairs)!r})"


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Empty fields mean "no restriction". ``statuses`` defaults to approved quotes only.

    A value: equal filters are equal and hash equal, so a filter can key a cache or a set.
    ``extra`` (free options of a caller) may be passed as a dict; it is kept as a
    :class:`FrozenMapping`.

    ``teamless_ids`` and ``unnamed_ids`` say, for views others see, which quotes are no team's:
    those of an agent without consent (``unnamed_ids``) in a team where naming the team would
    point at them (``teamless_ids``; :func:`feedback.insights.unnamed_teams.teamless`). A team
    filter does not find them, and :meth:`team_key` groups them under no team.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    team_ids: tuple[int, ...] = ()
    agent_ids: tuple[int, ...] = ()
    channels: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ("approved",)
    search: str = ""
    teamless_ids: tuple[int, ...] = ()
    unnamed_ids: tuple[int, ...] = ()
    extra: Mapping[str, Hashable] = field(default_factory=lambda: FrozenMapping())

    def __post_init__(self) -> None:
        if not isinstance(self.extra, FrozenMapping):  # a dict from a caller
            object.__setattr__(self, "extra", FrozenMapping(self.extra))

    def apply(self, query: Select[Any]) -> Select[Any]:
        """Narrow a SELECT over :class:`Quote` to this filter."""
        if self.start:
            query = query.where(Quote.said_on >= self.start)
        if self.end:
            query = query.where(Quote.said_on <= self.end)
        if self.team_ids:
            query = query.where(Quote.team_id.in_(self.team_ids))
            hidden = self.hidden_teams()
            if hidden:
                query = query.where(
                    or_(
                        Quote.agent_id.is_(None),
                        Quote.agent_id.not_in(self.unnamed_ids),
                        Quote.team_id.not_in(hidden),
                    )
                )
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
        if searched := searchable(self.search):
            query = query.where(Quote.text.icontains(searched, autoescape=True))
        return query

    def hidden_teams(self) -> tuple[int, ...]:
        """The teams of the team filter whose unnamed agents' quotes it does not find."""
        if not self.unnamed_ids:
            return ()
        return tuple(t for t in self.team_ids if t in self.teamless_ids)

    def regroups(self) -> bool:
        """True when quotes grouped by team must use :meth:`team_key`: some quotes of the
        filter's teams are no team's."""
        return bool(self.unnamed_ids and self.teamless_ids)

    def team_key(self) -> ColumnElement[int | None] | InstrumentedAttribute[int | None]:
        """The team a quote counts under in a breakdown by team: its own, or none (NULL) for
        a quote of an unnamed agent in a teamless team."""
        if not self.regroups():
            return Quote.team_id
        moved = and_(Quote.team_id.in_(self.teamless_ids), Quote.agent_id.in_(self.unnamed_ids))
        return case((moved, None), else_=Quote.team_id)
