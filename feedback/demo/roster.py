"""Per-run lookup tables: every day of the period and every team's roster, computed once.

The generator asks the same questions for each of up to 100,000 quotes (is it a weekend? who
has joined by then? how is this agent addressed in English?); answering them here, once per day
and agent, keeps the per-quote work small.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from feedback.analyze.types import THEMES
from feedback.demo.bank import Bank
from feedback.demo.calendar import public_holidays, season_of
from feedback.demo.people import AGENTS, AgentSpec, TeamSpec, handle_for

# Every theme is praised, but some far more than others: friendliness and a solved problem
# are what customers mention most; the extra mile and reachability are rarer. Teams multiply
# these by their ``theme_boost``.
BASE_THEME_WEIGHTS = {
    "speed": 1.2,
    "friendliness": 1.4,
    "competence": 1.0,
    "patience": 0.8,
    "empathy": 0.7,
    "problem_solved": 1.3,
    "extra_mile": 0.6,
    "clear_communication": 0.8,
    "reachability": 0.6,
    "reliability": 0.7,
}


@dataclass(frozen=True, slots=True)
class DayInfo:
    """A day of the period with everything the generator asks about it."""

    day: date
    january: bool
    weekend: bool  # Saturday, Sunday or a public holiday
    season: str | None
    age: int  # days before the end of the period
    position: float  # 0.0 = first day of the period, 1.0 = last


def day_infos(days: Sequence[date], end: date) -> tuple[DayInfo, ...]:
    """``DayInfo`` for each of ``days`` (consecutive, ending at ``end``)."""
    if not days:
        return ()
    years = range(days[0].year, end.year + 1)
    holidays = frozenset().union(*(public_holidays(year) for year in years))
    span = max(len(days) - 1, 1)
    return tuple(
        DayInfo(
            day=day,
            january=day.month == 1,
            weekend=day.weekday() >= 5 or day in holidays,
            season=season_of(day),
            age=(end - day).days,
            position=i / span,
        )
        for i, day in enumerate(days)
    )


class Roster:
    """A team's agents with what the generator needs per quote."""

    __slots__ = (
        "_active",
        "agents",
        "handles",
        "ids",
        "lead",
        "names",
        "starts",
        "team",
        "theme_cum",
        "weights",
    )

    def __init__(
        self, team: TeamSpec, agents: Sequence[AgentSpec], n_days: int, banks: dict[str, Bank]
    ) -> None:
        self.team = team
        self.agents = tuple(agents)
        # Stand-ins for database ids in duplicate detection: position in the roster, from 1.
        self.ids = tuple(AGENTS.index(a) + 1 for a in agents)
        self.handles = tuple(handle_for(a.first_name, a.last_name) for a in agents)
        self.weights = tuple(a.weight for a in agents)
        self.starts = tuple(int(a.start * n_days) for a in agents)
        self.lead = next(i for i, a in enumerate(agents) if a.lead)
        self.theme_cum = tuple(
            accumulate(
                BASE_THEME_WEIGHTS[theme] * team.theme_boost.get(theme, 1.0) for theme in THEMES
            )
        )
        # Per language and agent: (formal address, first name, full name). "x" agents are
        # addressed by full name instead of "Frau"/"Herr".
        self.names = {
            lang: tuple(
                (
                    f"{a.first_name} {a.last_name}"
                    if a.gender == "x"
                    else f"{bank.honorifics[a.gender]} {a.last_name}",
                    a.first_name,
                    f"{a.first_name} {a.last_name}",
                )
                for a in agents
            )
            for lang, bank in banks.items()
        }
        self._active: dict[int, tuple[tuple[int, ...], tuple[float, ...]]] = {}

    def active(self, day_index: int) -> tuple[tuple[int, ...], tuple[float, ...]]:
        """Indexes of the agents who had joined by ``day_index``, and their cumulative weights.

        Cached: the answer changes only on the few days someone joins.
        """
        found = self._active.get(day_index)
        if found is None:
            active = tuple(i for i, start in enumerate(self.starts) if start <= day_index)
            found = (active, tuple(accumulate(self.weights[i] for i in active)))
            self._active[day_index] = found
        return found
