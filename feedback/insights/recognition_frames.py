"""The recognition reads of :mod:`feedback.store.recognition_queries`, computed in pandas from a
quotes frame (``feedback.store.read.quotes_frame``), for callers that hold quotes already.

The page reads from the database; these give the same values for the same quotes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pandas as pd

from feedback.store.recognition_queries import (
    AGENT_COLUMNS,
    LATEST_COLUMNS,
    TEAM_COLUMNS,
    MonthRollup,
    WallData,
    ranked_themes,
)


def _warmest_first(frame: pd.DataFrame) -> pd.DataFrame:
    """Highest score first (unscored last), then the newest (said_on, then id)."""
    return frame.sort_values(
        ["sentiment_compound", "said_on", "id"], ascending=False, na_position="last"
    )


def month_rollup_frame(frame: pd.DataFrame) -> MonthRollup:
    """:func:`feedback.store.recognition_queries.month_rollup` of a quotes frame."""
    with_agent = frame.dropna(subset=["agent_id"])
    agents = pd.DataFrame(columns=list(AGENT_COLUMNS))
    if not with_agent.empty:
        with_agent = with_agent.assign(agent_id=with_agent["agent_id"].astype(int))
        newest = with_agent.sort_values(["said_on", "id"], ascending=False).groupby("agent_id")
        best = _warmest_first(with_agent).drop_duplicates("agent_id").set_index("agent_id")
        agents = pd.DataFrame(
            {
                "quotes": newest.size(),
                "first": newest["agent_first_name"].first(),
                "consent": newest["agent_consent"].first().fillna(False).astype(bool),
                "team": newest["team"].first(),  # the newest that has one
                "example": best["text"],
                "best_compound": best["sentiment_compound"],
                "best_said_on": pd.to_datetime(best["said_on"]).dt.date,
                "best_id": best["id"].astype(int),
                "best_language": best.get("language"),
                "best_label": best.get("sentiment_label"),
            }
        ).rename_axis("agent_id")
        agents = agents.reset_index()[list(AGENT_COLUMNS)]
    with_team = frame.dropna(subset=["team"])
    teams = pd.DataFrame(columns=list(TEAM_COLUMNS))
    if not with_team.empty:
        grouped = with_team.groupby("team")
        best_of_team = _warmest_first(with_team).drop_duplicates("team").set_index("team")
        teams = pd.DataFrame(
            {
                "quotes": grouped.size(),
                "positive": grouped["sentiment_label"].agg(lambda s: int((s == "positive").sum())),
                "example": best_of_team["text"],
                "example_language": best_of_team.get("language"),
                "example_label": best_of_team.get("sentiment_label"),
            }
        ).rename_axis("team")
        teams = teams.reset_index()[list(TEAM_COLUMNS)]
    return MonthRollup(agents, teams)


def wall_data_frame(
    frame: pd.DataFrame, month_start: dt.date, latest: int, firsts: int
) -> WallData:
    """:func:`feedback.store.recognition_queries.wall_data` of a quotes frame."""
    said_on = pd.to_datetime(frame["said_on"])
    labels = frame["sentiment_label"].dropna()
    mentions = Counter(str(theme) for themes in frame["themes"] for theme in (themes or []))
    oldest = frame.assign(said_on=said_on).sort_values(["said_on", "id"]).head(firsts)
    newest = frame.assign(said_on=said_on).sort_values(["said_on", "id"], ascending=False)
    return WallData(
        total=len(frame),
        this_month=int((said_on >= pd.Timestamp(month_start)).sum()),
        labelled=len(labels),
        positive=int((labels == "positive").sum()),
        themes=ranked_themes(mentions),
        firsts=tuple(
            (int(quote_id), pd.Timestamp(day).date())
            for quote_id, day in zip(oldest["id"], oldest["said_on"], strict=True)
        ),
        latest=newest.head(latest)[list(LATEST_COLUMNS)].reset_index(drop=True),
    )
