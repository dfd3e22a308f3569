"""The one submission pipeline: the form, the CLI, the demo seeder and every importer use it.

validate → normalise → redact → fingerprint → analyse → detect duplicates → store + audit,
all inside one transaction. Nothing is half-written: a batch either stores every accepted
row with its terms and audit entries, or nothing, and every rejected row says why.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from feedback.analyze.types import Analysis
from feedback.collect.fingerprint import fingerprint
from feedback.collect.normalize import normalize_text
from feedback.collect.redact import Redaction, redact
from feedback.collect.validate import Problem, validate_draft
from feedback.domain import Channel, QuoteDraft, Status
from feedback.store.db import transaction
from feedback.store.directory import Directory, load_directory
from feedback.store.quotes import ids_by_external, ids_by_fingerprint, insert_quotes
from feedback.store.settings import load_settings


class AnalyzerLike(Protocol):
    def analyze(self, text: str) -> Analysis: ...


@cache
def _analyzer_with(additions_json: str) -> AnalyzerLike:
    # Heavy imports on first use: lexicons, language model and taxonomy load here, once.
    from feedback.analyze.pipeline import Analyzer
    from feedback.analyze.taxonomy import load_taxonomy

    additions = json.loads(additions_json)
    return Analyzer(taxonomy=load_taxonomy(additions) if additions else None)


def default_analyzer() -> AnalyzerLike:
    """The built-in analyser with the shipped theme taxonomy, built once per process."""
    return _analyzer_with("{}")


def analyzer_for(engine: Engine) -> AnalyzerLike:
    """The analyser for this store: the shipped taxonomy plus the team's own themes.

    Built once per distinct set of additions; its version changes with the taxonomy, so
    ``reanalyse`` catches up after a team edits its themes.
    """
    additions = load_settings(engine).theme_additions
    return _analyzer_with(json.dumps(additions, sort_keys=True, ensure_ascii=False))


@dataclass(frozen=True, slots=True)
class Prepared:
    """A draft after the pure steps: exactly what would be stored, and what is wrong with it."""

    draft: QuoteDraft
    text: str
    redaction: Redaction
    fingerprint: str
    analysis: Analysis | None
    problems: tuple[Problem, ...] = ()
    duplicate_of: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def messages(self, lang: str | None) -> list[str]:
        return [p.message(lang) for p in self.problems]


@dataclass(frozen=True, slots=True)
class SubmitResult:
    prepared: Prepared
    quote_id: int | None

    @property
    def stored(self) -> bool:
        return self.quote_id is not None


def prepare(
    draft: QuoteDraft, directory: Directory, analyzer: AnalyzerLike, *, today: dt.date
) -> Prepared:
    """Validate, normalise, redact, fingerprint and analyse ``draft``. Pure: no I/O."""
    normalized = normalize_text(draft.text)
    problems = validate_draft(
        draft,
        normalized,
        agent_ids=directory.agents.keys(),
        team_ids=directory.teams.keys(),
        today=today,
    )
    redaction = redact(normalized, directory.known_names)
    team_id = draft.team_id
    if team_id is None and draft.agent_id in directory.agents:
        team_id = directory.agents[draft.agent_id].team_id
    draft = replace(
        draft,
        team_id=team_id,
        tags=[tag.strip() for tag in draft.tags if tag.strip()],
        verbatim=draft.verbatim
        if draft.channel == Channel.PHONE
        else None,  # only calls paraphrase
    )
    analysis = analyzer.analyze(redaction.text) if redaction.text else None
    return Prepared(
        draft=draft,
        text=redaction.text,
        redaction=redaction,
        fingerprint=fingerprint(redaction.text, draft.agent_id, team_id),
        analysis=analysis,
        problems=tuple(problems),
    )


def preview_quote(
    engine: Engine,
    draft: QuoteDraft,
    analyzer: AnalyzerLike | None = None,
    *,
    today: dt.date | None = None,
) -> Prepared:
    """What :func:`submit_quote` would store, with problems and duplicates, without storing."""
    with transaction(engine) as session:
        directory = load_directory(session)
        prepared = prepare(
            draft, directory, analyzer or default_analyzer(), today=today or dt.date.today()
        )
        return _with_duplicates([prepared], session)[0]


def submit_quote(
    engine: Engine,
    draft: QuoteDraft,
    analyzer: AnalyzerLike | None = None,
    *,
    today: dt.date | None = None,
) -> SubmitResult:
    """Store one quote if it passes every step; otherwise store nothing and say why."""
    return submit_many(engine, [draft], analyzer, today=today)[0]


def submit_many(
    engine: Engine,
    drafts: Sequence[QuoteDraft],
    analyzer: AnalyzerLike | None = None,
    *,
    today: dt.date | None = None,
) -> list[SubmitResult]:
    """Store every acceptable draft in ONE transaction; rejected ones come back with reasons."""
    analyzer = analyzer or analyzer_for(engine)
    today = today or dt.date.today()
    try:
        with transaction(engine) as session:
            directory = load_directory(session)
            prepared = _with_duplicates(
                [prepare(d, directory, analyzer, today=today) for d in drafts], session
            )
            accepted = [p for p in prepared if p.ok]
            ids = iter(
                insert_quotes(session, [_row(p) for p in accepted], [p.analysis for p in accepted])
            )
            return [SubmitResult(p, next(ids) if p.ok else None) for p in prepared]
    except SQLAlchemyError as exc:  # A race on the unique keys, a lost connection, a full disk.
        reason = type(exc.orig if hasattr(exc, "orig") else exc).__name__
        failed = Problem("text", "storage_failed", {"reason": reason})
        return [SubmitResult(_failed(d, failed), None) for d in drafts]


def _failed(draft: QuoteDraft, problem: Problem) -> Prepared:
    return Prepared(
        draft=draft,
        text="",
        redaction=Redaction(text="", findings=()),
        fingerprint="",
        analysis=None,
        problems=(problem,),
    )


def _with_duplicates(prepared: list[Prepared], session: Session) -> list[Prepared]:
    """Mark drafts whose fingerprint or external id is already stored or repeats in the batch."""
    stored = ids_by_fingerprint(session, (p.fingerprint for p in prepared))
    external = ids_by_external(
        session,
        (
            (p.draft.source_system, p.draft.external_id)
            for p in prepared
            if p.draft.source_system and p.draft.external_id
        ),
    )
    seen: dict[str, int] = {}
    out: list[Prepared] = []
    for index, item in enumerate(prepared):
        key = (item.draft.source_system or "", item.draft.external_id or "")
        problem: Problem | None = None
        duplicate_of = stored.get(item.fingerprint)
        if key in external:
            duplicate_of = external[key]
            problem = Problem(
                "external_id", "duplicate_external", {"system": key[0], "quote_id": duplicate_of}
            )
        elif duplicate_of is not None:
            problem = Problem("text", "duplicate", {"quote_id": duplicate_of})
        elif item.ok and item.fingerprint in seen:
            problem = Problem("text", "duplicate", {"quote_id": f"#{seen[item.fingerprint] + 1}"})
        if item.ok and problem is None:
            seen[item.fingerprint] = index
        out.append(
            replace(item, problems=(*item.problems, problem), duplicate_of=duplicate_of)
            if problem
            else item
        )
    return out


def _row(prepared: Prepared) -> dict[str, object]:
    draft = prepared.draft
    return {
        "text": prepared.text,
        "redactions": [
            {"kind": f.kind.value, "start": f.start, "end": f.end}
            for f in prepared.redaction.findings
        ],
        "channel": draft.channel,
        "said_on": draft.said_on,
        "submitted_by": draft.submitted_by.strip(),
        "agent_id": draft.agent_id,
        "team_id": draft.team_id,
        "rating": draft.rating,
        "rating_scale": draft.rating_scale if draft.rating is not None else None,
        "tags": list(draft.tags),
        "source": draft.source.value,
        "source_system": draft.source_system,
        "external_id": draft.external_id,
        "verbatim": draft.verbatim,
        "status": (draft.status or Status.PENDING).value,
        "fingerprint": prepared.fingerprint,
    }
