"""Reading quotes as DataFrames for the pages, the CLI and exports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

import pandas as pd
from sqlalchemy import Engine, Select, func, select

from feedback.store.filters import QuoteFilter
from feedback.store.models import Agent, Quote, QuoteDay, QuoteTerm, Team, TermDay, ThemeDay

SelectT = TypeVar("SelectT", bound="Select[*tuple[Any, ...]]")

QUOTE_COLUMNS = (
    "id",
    "text",
    "redactions",
    "language",
    "channel",
    "said_on",
    "submitted_at",
    "submitted_by",
    "agent_id",
    "agent_first_name",
    "agent_last_name",
    "agent_consent",
    "team_id",
    "team",
    "rating",
    "rating_scale",
    "rating_from",
    "tags",
    "source",
    "source_system",
    "external_id",
    "verbatim",
    "status",
    "sentiment_compound",
    "sentiment_label",
    "themes",
    "emotions",
    "analyser_version",
)


def quotes_frame(
    engine: Engine,
    flt: QuoteFilter | None = None,
    *,
    limit: int | None = None,
    newest_first: bool = True,
) -> pd.DataFrame:
    """Quotes matching ``flt`` (default: approved) with agent and team joined in."""
    query = (
        select(
            Quote.id,
            Quote.text,
            Quote.redactions,
            Quote.language,
            Quote.channel,
            Quote.said_on,
            Quote.submitted_at,
            Quote.submitted_by,
            Quote.agent_id,
            Agent.first_name.label("agent_first_name"),
            Agent.last_name.label("agent_last_name"),
            Agent.consent_named.label("agent_consent"),
            Quote.team_id,
            Team.name.label("team"),
            Quote.rating,
            Quote.rating_scale,
            Quote.rating_from,
            Quote.tags,
            Quote.source,
            Quote.source_system,
            Quote.external_id,
            Quote.verbatim,
            Quote.status,
            Quote.sentiment_compound,
            Quote.sentiment_label,
            Quote.themes,
            Quote.emotions,
            Quote.analyser_version,
        )
        .outerjoin(Agent, Agent.id == Quote.agent_id)
        .outerjoin(Team, Team.id == Quote.team_id)
    )
    query = (flt or QuoteFilter()).apply(query)
    order = (Quote.said_on.desc(), Quote.id.desc()) if newest_first else (Quote.said_on, Quote.id)
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    with engine.connect() as conn:
        frame = pd.DataFrame(conn.execute(query).all(), columns=list(QUOTE_COLUMNS))
    frame["said_on"] = pd.to_datetime(frame["said_on"])
    return frame


def term_counts(
    engine: Engine,
    flt: QuoteFilter | None = None,
    *,
    kind: str = "word",
    limit: int = 300,
    exclude: Callable[[str], bool] | None = None,
) -> pd.DataFrame:
    """Summed counts per term over the quotes matching ``flt``, biggest first.

    Columns: term, surface (the most frequent written form), count. Aggregated in SQL, so a
    cloud over a million quotes never builds one big text. Terms for which ``exclude`` is
    true of the term or its surface (agent names, say) are left out before the ``limit``.
    """
    flt = flt or QuoteFilter()
    totals = day_sums(flt, kind)
    if totals is None:
        totals = quote_term_sums(flt, kind)
    with engine.connect() as conn:
        rows = pd.DataFrame(conn.execute(totals).all(), columns=["term", "surface", "count"])
    if rows.empty:
        return rows
    rows = rows.sort_values(["term", "count"], ascending=[True, False])
    surfaces = rows.drop_duplicates("term").set_index("term")["surface"]
    summed = rows.groupby("term", as_index=True)["count"].sum().astype(int)
    out = pd.DataFrame({"surface": surfaces, "count": summed}).reset_index()
    if exclude is not None:
        keep = [
            not (exclude(str(term)) or exclude(str(surface)))
            for term, surface in zip(out["term"], out["surface"], strict=True)
        ]
        out = out[keep]
    return (
        out.sort_values(["count", "term"], ascending=[False, True])
        .head(limit)
        .reset_index(drop=True)
    )


def quote_term_sums(flt: QuoteFilter, kind: str) -> Select[str, str, int]:
    """The term sums of ``flt`` from the terms of every matching quote."""
    matching = flt.apply(select(Quote.id)).subquery()
    return (
        select(QuoteTerm.term, QuoteTerm.surface, func.sum(QuoteTerm.count).label("count"))
        .join(matching, matching.c.id == QuoteTerm.quote_id)
        .where(QuoteTerm.kind == kind)
        .group_by(QuoteTerm.term, QuoteTerm.surface)
    )


def kept_by_day_sums(flt: QuoteFilter) -> bool:
    """True when the day sums (``term_days``, ``theme_days``, ``quote_days``) can answer
    ``flt``: it asks for nothing their rows do not keep (an agent, a theme, a search, or a
    field added to the filter later); else the quotes themselves are summed. Which quotes are
    no team's (``teamless_ids``, ``unnamed_ids``) matters only to a team filter that names a
    teamless team, and to a breakdown by team, which :func:`on_days` does not make."""
    if not flt.hidden_teams():
        flt = replace(flt, teamless_ids=(), unnamed_ids=())
    kept = QuoteFilter(
        start=flt.start,
        end=flt.end,
        team_ids=flt.team_ids,
        channels=flt.channels,
        languages=flt.languages,
        statuses=flt.statuses,
        extra=flt.extra,  # the callers' own options: not applied to quotes either
    )
    return replace(flt, search=flt.search.strip()) == kept


def on_days(
    query: SelectT, table: type[TermDay] | type[ThemeDay] | type[QuoteDay], flt: QuoteFilter
) -> SelectT:
    """``query`` over a day-sums ``table`` limited to the days and keys ``flt`` asks for."""
    for column, values in (
        (table.status, flt.statuses),
        (table.team_id, flt.team_ids),
        (table.channel, flt.channels),
        (table.language, flt.languages),
    ):
        if values:
            query = query.where(column.in_(values))
    if flt.start:
        query = query.where(table.said_on >= flt.start)
    if flt.end:
        query = query.where(table.said_on <= flt.end)
    return query


def day_sums(flt: QuoteFilter, kind: str) -> Select[str, str, int] | None:
    """The term sums of ``flt`` from ``term_days`` (one row per day and key, not per quote),
    or None when ``kept_by_day_sums`` says no: then the quotes' own terms are summed."""
    if not kept_by_day_sums(flt):
        return None
    query: Select[str, str, int] = select(
        TermDay.term, TermDay.surface, func.sum(TermDay.count).label("count")
    ).where(TermDay.kind == kind)
    return on_days(query, TermDay, flt).group_by(TermDay.term, TermDay.surface)


def count_matching(engine: Engine, flt: QuoteFilter | None = None) -> int:
    """How many quotes match ``flt`` (default: approved), without reading them."""
    query = (flt or QuoteFilter()).apply(select(func.count(Quote.id)))
    with engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def count_quotes(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count(Quote.id))).scalar_one())


# What ``counts_by`` may group by: a quote column, or the team's name.
COUNTED = ("status", "channel", "language", "team", "sentiment_label")


def counts_by(engine: Engine, flt: QuoteFilter, column: str) -> list[tuple[str | None, int]]:
    """How many quotes matching ``flt`` have each value of ``column`` (one of ``COUNTED``),
    most first, then by value; counted in the database (a team-less quote has None)."""
    if column not in COUNTED:
        raise ValueError(f"cannot count by {column!r}; expected one of {COUNTED}")
    key = Team.name if column == "team" else getattr(Quote, column)
    count = func.count(Quote.id).label("n")
    query = select(key, count)
    if column == "team":  # an unnamed agent's quote in a teamless team counts under none
        query = query.select_from(Quote).outerjoin(Team, Team.id == flt.team_key())
    query = flt.apply(query).group_by(key).order_by(count.desc(), key)
    with engine.connect() as conn:
        return [(value, int(n)) for value, n in conn.execute(query)]
