"""Import satisfaction-rating comments exported from a helpdesk (CSV), through the pipeline.

The CSV needs a header. Recognised columns (case-insensitive; aliases from common helpdesk
exports in brackets): ``id`` (ticket_id, external_id), ``text`` (comment, kommentar),
``date`` (created_at, datum), ``agent`` (assignee, agent_handle), ``team`` (group, gruppe),
``channel`` (via, kanal), ``rating`` (score, bewertung), ``scale`` (rating_scale), ``tags``
(comma- or semicolon-separated). Ratings "good"/"bad" become 5/1 on a scale of 5.
Every row is validated on its own; all accepted rows are stored in ONE transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from feedback.collect.pipeline import AnalyzerLike, SubmitResult, submit_many
from feedback.collect.validate import Problem
from feedback.domain import Channel, QuoteDraft, Source, Status
from feedback.store.directory import read_directory

_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "ticket_id", "external_id", "ticket"),
    "text": ("text", "comment", "kommentar", "quote"),
    "date": ("date", "created_at", "datum", "said_on"),
    "agent": ("agent", "assignee", "agent_handle", "bearbeiter"),
    "team": ("team", "group", "gruppe"),
    "channel": ("channel", "via", "kanal"),
    "rating": ("rating", "score", "bewertung"),
    "scale": ("scale", "rating_scale", "skala"),
    "tags": ("tags", "schlagworte"),
}
_WORD_RATINGS = {"good": 5.0, "gut": 5.0, "bad": 1.0, "schlecht": 1.0}
_CHANNEL_ALIASES = {
    "web": "chat",
    "mail": "email",
    "voice": "phone",
    "telefon": "phone",
    "twitter": "social",
    "facebook": "social",
    "instagram": "social",
}


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """What happened to one CSV line (``line`` counts the header as line 1)."""

    line: int
    quote_id: int | None
    problems: tuple[Problem, ...]


def _column_map(header: Sequence[str]) -> dict[str, str]:
    lowered = {name.strip().lower(): name for name in header}
    return {
        field: lowered[alias]
        for field, aliases in _ALIASES.items()
        for alias in aliases
        if alias in lowered
    }


def _parse_date(raw: str) -> dt.date | None:
    raw = raw.strip()
    for parse in (
        dt.date.fromisoformat,
        lambda s: dt.datetime.fromisoformat(s).date(),
        lambda s: dt.datetime.strptime(s, "%d.%m.%Y").date(),
    ):
        try:
            return parse(raw)
        except ValueError:
            continue
    return None


def _row_to_draft(
    row: dict[str, str],
    cols: dict[str, str],
    system: str,
    handles: dict[str, int],
    teams: dict[str, int],
    today: dt.date,
) -> tuple[QuoteDraft | None, list[Problem]]:
    def get(field: str) -> str:
        return (row.get(cols[field]) or "").strip() if field in cols else ""

    problems: list[Problem] = []
    said_on = _parse_date(get("date")) if get("date") else today
    if said_on is None:
        problems.append(Problem("said_on", "bad_date", {"value": get("date")}))
    agent_id = handles.get(get("agent").casefold()) if get("agent") else None
    if get("agent") and agent_id is None:
        problems.append(Problem("agent", "unknown_agent", {"value": get("agent")}))
    team_id = teams.get(get("team").casefold()) if get("team") else None
    if get("team") and team_id is None:
        problems.append(Problem("team", "unknown_team", {"value": get("team")}))
    rating, scale = _rating(get("rating"), get("scale"), problems)
    channel = get("channel").lower() or Channel.OTHER.value
    if problems:
        return None, problems
    assert said_on is not None
    tags = [t.strip() for t in get("tags").replace(";", ",").split(",") if t.strip()]
    return QuoteDraft(
        text=get("text"),
        channel=_CHANNEL_ALIASES.get(channel, channel),
        said_on=said_on,
        submitted_by=f"import:{system}",
        agent_id=agent_id,
        team_id=team_id,
        rating=rating,
        rating_scale=scale,
        tags=tags,
        source=Source.IMPORT,
        source_system=system,
        external_id=get("id") or None,
        status=Status.PENDING,
    ), []


def _rating(raw: str, raw_scale: str, problems: list[Problem]) -> tuple[float | None, int | None]:
    if not raw:
        return None, None
    if raw.lower() in _WORD_RATINGS:
        return _WORD_RATINGS[raw.lower()], 5
    try:
        return float(raw.replace(",", ".")), int(raw_scale) if raw_scale else 5
    except ValueError:
        problems.append(Problem("rating", "bad_rating", {"value": raw}))
        return None, None


Parsed = list[tuple[int, QuoteDraft | None, list[Problem]]]
Submit = Callable[[Sequence[QuoteDraft]], list[SubmitResult]]


def parse_csv(engine: Engine, content: str, *, system: str, today: dt.date) -> Parsed:
    """Every data line of ``content`` as (line, draft or None, problems), in order."""
    reader = csv.DictReader(io.StringIO(content.lstrip("\ufeff")), dialect=_sniff(content))
    cols = _column_map(reader.fieldnames or [])
    directory = read_directory(engine)
    handles = {a.handle.casefold(): a.id for a in directory.agents.values()}
    handles.update({a.full_name.casefold(): a.id for a in directory.agents.values()})
    teams = {name.casefold(): tid for tid, name in directory.teams.items()}
    parsed: Parsed = []
    for line, row in enumerate(reader, start=2):
        draft, problems = _row_to_draft(row, cols, system, handles, teams, today)
        parsed.append((line, draft, problems))
    return parsed


def store_parsed(parsed: Parsed, submit: Submit) -> list[RowOutcome]:
    """Submit the drafts of ``parsed`` (through the one pipeline); one outcome per line."""
    drafts = [d for _, d, _ in parsed if d is not None]
    results = iter(submit(drafts) if drafts else [])
    outcomes: list[RowOutcome] = []
    for line, draft, problems in parsed:
        if draft is None:
            outcomes.append(RowOutcome(line, None, tuple(problems)))
        else:
            result = next(results)
            outcomes.append(RowOutcome(line, result.quote_id, result.prepared.problems))
    return outcomes


def import_csv(
    engine: Engine,
    content: str,
    *,
    system: str,
    analyzer: AnalyzerLike | None = None,
    today: dt.date | None = None,
) -> list[RowOutcome]:
    """Import every row of ``content``; returns one outcome per data line, in order.

    No role check: front ends import through :func:`feedback.services.imports.import_csv`.
    """
    today = today or dt.date.today()
    parsed = parse_csv(engine, content, system=system, today=today)
    return store_parsed(parsed, lambda drafts: submit_many(engine, drafts, analyzer, today=today))


def _sniff(content: str) -> type[csv.Dialect] | Any:
    try:
        return csv.Sniffer().sniff(content[:4096], delimiters=",;\t")
    except csv.Error:
        return csv.excel
