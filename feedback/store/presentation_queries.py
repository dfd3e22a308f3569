"""Typed reads for presentation mode: the spotlight's teams without reading a quote, and the
deck's narrow keys (no texts) from which it counts, ranks and picks its slides."""

from __future__ import annotations

from typing import Any, cast

import pandas as pd
from sqlalchemy import Engine, Select, String, select
from sqlalchemy import cast as cast_

from feedback.store.filters import QuoteFilter
from feedback.store.models import Quote, Team
from feedback.store.wall_queries import decoded_labels


def team_choices(engine: Engine, flt: QuoteFilter) -> dict[int, str]:
    """Teams that have quotes matching ``flt``: id -> name, sorted by name (casefolded).

    One GROUP BY in the database: the spotlight picker never reads a quote."""
    pairs = select(Quote.team_id, Team.name).join(Team, Team.id == Quote.team_id)
    query = flt.apply(cast("Select[Any]", pairs)).group_by(Quote.team_id, Team.name)
    with engine.connect() as conn:
        teams = {int(team_id): str(name) for team_id, name in conn.execute(query)}
    return dict(sorted(teams.items(), key=lambda item: item[1].casefold()))


# What the deck needs of every matching quote to count, rank and pick: no texts, no names.
DECK_KEY_COLUMNS = (
    "id",
    "said_on",
    "channel",
    "team_id",
    "themes",
    "sentiment_compound",
    "emotions",
)


def deck_keys(engine: Engine, flt: QuoteFilter) -> pd.DataFrame:
    """The deck's keys of every quote matching ``flt``, newest first (said_on, id), as a
    narrow frame (columns :data:`DECK_KEY_COLUMNS`; said_on as datetime64). The slides'
    texts are read afterwards, for the chosen quotes only
    (:func:`feedback.store.wall_queries.quotes_by_id`)."""
    query = flt.apply(
        cast(
            "Select[Any]",
            select(
                Quote.id,
                Quote.said_on,
                Quote.channel,
                Quote.team_id,
                # As stored text: a few distinct lists repeat over many quotes, and each is
                # decoded once (see decoded_labels) instead of once per quote.
                cast_(Quote.themes, String),
                Quote.sentiment_compound,
                cast_(Quote.emotions, String),
            ),
        )
    ).order_by(Quote.said_on.desc(), Quote.id.desc())
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    decoded: dict[str | None, tuple[str, ...]] = {}
    frame = pd.DataFrame(
        [
            (
                qid,
                said_on,
                channel,
                team_id,
                decoded_labels(themes, decoded),
                compound,
                decoded_labels(emotions, decoded),
            )
            for qid, said_on, channel, team_id, themes, compound, emotions in rows
        ],
        columns=list(DECK_KEY_COLUMNS),
    )
    frame["said_on"] = pd.to_datetime(frame["said_on"])
    return frame
