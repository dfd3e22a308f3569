"""Sidebar filters <-> URL query parameters. Plain strings only: never unpickle a URL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from feedback.domain import Channel, Language
from feedback.store.filters import QuoteFilter

PERIODS = ("30d", "90d", "12m", "all", "custom")
_PERIOD_DAYS = {"30d": 30, "90d": 90, "12m": 365}
_LIST_SEP = ","
_DEFAULT_PERIOD = "12m"


@dataclass(frozen=True, slots=True)
class FilterState:
    """What the sidebar shows; ``to_filter`` turns it into a query filter."""

    period: str = _DEFAULT_PERIOD
    start: dt.date | None = None
    end: dt.date | None = None
    team_ids: tuple[int, ...] = ()
    agent_ids: tuple[int, ...] = ()
    channels: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    search: str = ""

    def date_range(self, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
        if self.period == "custom":
            return self.start, self.end
        if self.period == "all":
            return None, None
        return today - dt.timedelta(days=_PERIOD_DAYS[self.period]), today

    def to_filter(self, today: dt.date, statuses: tuple[str, ...] = ("approved",)) -> QuoteFilter:
        start, end = self.date_range(today)
        return QuoteFilter(
            start=start,
            end=end,
            team_ids=self.team_ids,
            agent_ids=self.agent_ids,
            channels=self.channels,
            themes=self.themes,
            languages=self.languages,
            statuses=statuses,
            search=self.search,
        )


# The largest id a database column holds (64-bit signed); a longer number in a link is no id.
_MAX_ID = 2**63 - 1


def _ints(raw: str) -> tuple[int, ...]:
    # ASCII digits only: "²" and other Unicode digits pass str.isdigit but not int().
    parts = (part.strip() for part in raw.split(_LIST_SEP))
    numbers = (int(part) for part in parts if part.isascii() and part.isdigit() and len(part) < 20)
    return tuple(number for number in numbers if number <= _MAX_ID)


def _choices(raw: str, allowed: set[str]) -> tuple[str, ...]:
    return tuple(part for part in raw.split(_LIST_SEP) if part in allowed)


def _date(raw: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return None


def state_from_params(params: Mapping[str, str], theme_ids: set[str]) -> FilterState:
    """Parse query parameters; anything malformed or unknown is ignored, never executed."""
    period = params.get("period", _DEFAULT_PERIOD)
    return FilterState(
        period=period if period in PERIODS else _DEFAULT_PERIOD,
        start=_date(params.get("from", "")),
        end=_date(params.get("to", "")),
        team_ids=_ints(params.get("team", "")),
        agent_ids=_ints(params.get("agent", "")),
        channels=_choices(params.get("channel", ""), {c.value for c in Channel}),
        themes=_choices(params.get("theme", ""), theme_ids),
        languages=_choices(params.get("qlang", ""), {lang.value for lang in Language}),
        search=params.get("q", "")[:100],
    )


def params_from_state(state: FilterState) -> dict[str, str]:
    """The query parameters for ``state`` (empty and default values left out, so links stay
    short and a page visit with the default filters leaves the address as it is)."""
    params = {
        "period": "" if state.period == _DEFAULT_PERIOD else state.period,
        "from": state.start.isoformat() if state.period == "custom" and state.start else "",
        "to": state.end.isoformat() if state.period == "custom" and state.end else "",
        "team": _LIST_SEP.join(map(str, state.team_ids)),
        "agent": _LIST_SEP.join(map(str, state.agent_ids)),
        "channel": _LIST_SEP.join(state.channels),
        "theme": _LIST_SEP.join(state.themes),
        "qlang": _LIST_SEP.join(state.languages),
        "q": state.search,
    }
    return {key: value for key, value in params.items() if value}
