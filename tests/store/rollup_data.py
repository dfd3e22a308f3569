"""Seeded quotes with every value the read-side sums care about, written straight into a store,
and the same quotes as plain Python rows for reference computations."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import Engine

from feedback.store.db import transaction
from feedback.store.directory import add_agent, add_team
from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote

THEMES = ("speed", "friendliness", "patience", "competence")
LABELS = ("positive", "negative", "neutral", "mixed", None)
# Ratings as stored: (rating, scale); a 6 on 1..5 is clipped to 1, a scale of 1 is unusable.
RATINGS = ((5.0, 5), (4.0, 5), (3.0, 5), (1.0, 5), (9.0, 10), (6.0, 5), (1.0, 1), (None, None))
# handle, first name, last name, team, consents to be named
PEOPLE = (
    ("anna", "Anna", "Meier", "Nord", True),
    ("ben", "Ben", "Roth", "Süd", True),
    ("cem", "Cem", "Kaya", "Nord", False),
    ("dora", "Dora", "Weiß", "Süd", False),
)


@dataclass(frozen=True)
class Row:
    id: int
    said_on: dt.date
    team: str | None
    team_id: int | None
    agent_id: int | None
    channel: str
    language: str
    status: str
    compound: float | None
    label: str | None
    rating: float | None
    scale: int | None
    themes: tuple[str, ...]
    text: str

    def matches(self, flt: QuoteFilter) -> bool:
        """The filter's rules in plain Python (no search)."""
        return (
            (flt.start is None or self.said_on >= flt.start)
            and (flt.end is None or self.said_on <= flt.end)
            and (not flt.team_ids or self.team_id in flt.team_ids)
            and (not flt.agent_ids or self.agent_id in flt.agent_ids)
            and (not flt.channels or self.channel in flt.channels)
            and (not flt.languages or self.language in flt.languages)
            and (not flt.statuses or self.status in flt.statuses)
            and (not flt.themes or any(theme in self.themes for theme in flt.themes))
        )


@dataclass(frozen=True)
class Seeded:
    rows: list[Row]
    teams: dict[str, int]
    agents: dict[str, int]  # handle -> id; "anna" and "ben" consented, "cem" and "dora" not


def seed(engine: Engine, count: int, first: dt.date, days: int, seed: int = 7) -> Seeded:
    """``count`` quotes said between ``first`` and ``first + days - 1`` (both ends hit)."""
    rng = random.Random(seed)
    with transaction(engine) as session:
        teams = {name: add_team(session, name, actor="test").id for name in ("Nord", "Süd")}
        agents = {
            handle: add_agent(
                session,
                handle=handle,
                first_name=first_name,
                last_name=last_name,
                team_id=teams[team],
                consent_named=consent,
                actor="test",
            ).id
            for handle, first_name, last_name, team, consent in PEOPLE
        }
        team_of = {agents[h]: team for h, _f, _l, team, _c in PEOPLE}
        first_of = {agents[h]: first_name for h, first_name, *_rest in PEOPLE}
        rows: list[Row] = []
        for index in range(count):
            offset = 0 if index == 0 else days - 1 if index == 1 else rng.randrange(days)
            agent = rng.choice([*agents.values(), None])
            team = team_of[agent] if agent is not None else rng.choice(["Nord", "Süd", None])
            if agent is not None and rng.random() < 0.1:
                team = "Süd" if team == "Nord" else "Nord"  # moved teams since
            label = rng.choice(LABELS)
            compound = None if label is None else round(rng.uniform(-1, 1), 4)
            rating, scale = rng.choice(RATINGS)
            text = f"Quote {index}!"
            if agent is not None and rng.random() < 0.5:
                text = f"Quote {index}: danke {first_of[agent]}!"  # names its agent
            quote = Quote(
                text=text,
                language=rng.choice(["de", "en"]),
                channel=rng.choice(["email", "chat", "phone"]),
                said_on=first + dt.timedelta(days=offset),
                submitted_by="test",
                agent_id=agent,
                team_id=teams[team] if team else None,
                rating=rating,
                rating_scale=scale,
                status=rng.choice(["approved", "approved", "approved", "pending"]),
                fingerprint=f"fp-{index}",
                sentiment_compound=compound,
                sentiment_label=label,
                themes=rng.sample(THEMES, rng.randrange(3)),
            )
            session.add(quote)
            session.flush()
            rows.append(
                Row(
                    quote.id,
                    quote.said_on,
                    team,
                    quote.team_id,
                    agent,
                    quote.channel,
                    quote.language,
                    quote.status,
                    compound,
                    label,
                    rating,
                    scale,
                    tuple(quote.themes),
                    quote.text,
                )
            )
    return Seeded(rows, teams, agents)
