"""The one submission pipeline: the form, the CLI, the demo seeder and every importer use it.

cheap checks → validate → normalise → redact → fingerprint → analyse → detect duplicates →
store + audit, all inside one transaction. Nothing is half-written: a batch either stores every
accepted row with its terms and audit entries, or nothing, and every rejected row says why.
A quote another writer stores between our duplicate check and our insert is reported as a
duplicate, like any other, and never fails the batch.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from feedback.analyze.types import Analysis
from feedback.clock import local_today
from feedback.collect.duplicates import with_duplicates
from feedback.collect.fingerprint import content_id, fingerprint, fitted_id, source_of
from feedback.collect.present_credits import credit_present
from feedback.collect.redact import Redaction
from feedback.collect.redact_message import normalized_and_redacted
from feedback.collect.traces import kept_tags
from feedback.collect.validate import Problem, only_personal_data, validate_draft
from feedback.domain import MAX_QUOTE_CHARS, Channel, QuoteDraft, Source, Status
from feedback.store.db import transaction
from feedback.store.directory import Directory, load_directory
from feedback.store.legacy_rows import adopt
from feedback.store.quotes import StoredAnalysis, insert_analysed, stored_analysis
from feedback.store.settings import load_settings

_LOG = logging.getLogger(__name__)


class AnalyzerLike(Protocol):
    def analyze(self, text: str) -> Analysis: ...


@cache
def analyzer_with_themes(additions_json: str) -> AnalyzerLike:
    """The analyser for a team's theme additions as :func:`theme_key` spells them, built
    once per process (an import's worker processes build theirs from the main process's key).
    """
    # Heavy imports on first use: lexicons, language model and taxonomy load here, once.
    from feedback.analyze.pipeline import Analyzer
    from feedback.analyze.taxonomy import load_taxonomy

    additions = json.loads(additions_json)
    return Analyzer(taxonomy=load_taxonomy(additions) if additions else None)


def default_analyzer() -> AnalyzerLike:
    """The built-in analyser with the shipped theme taxonomy, built once per process."""
    return analyzer_with_themes("{}")


def analyzer_for(engine: Engine) -> AnalyzerLike:
    """The analyser for this store: the shipped taxonomy plus the team's own themes.

    Built once per distinct set of additions; its version changes with the taxonomy, so
    ``reanalyse`` catches up after a team edits its themes.
    """
    return analyzer_with_themes(theme_key(engine))


def theme_key(engine: Engine) -> str:
    """The team's theme additions of this store as a canonical JSON text."""
    additions = load_settings(engine).theme_additions
    return json.dumps(additions, sort_keys=True, ensure_ascii=False)


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
    # The analysis in its stored form, when a worker process analysed the text: an Analysis
    # cannot cross processes. Stored in place of ``analysis``, which stays None then.
    stored: StoredAnalysis | None = None
    # An imported rating's fingerprint with its helpdesk id: taken instead of ``fingerprint``
    # when another rating has the same words (two tickets rated "Danke!" are two ratings).
    rating_fingerprint: str = ""
    # A quote an earlier version imported from this row without an id: present, and given
    # the row's id when stored (feedback.store.legacy_rows).
    adopts: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def messages(self, lang: str | None) -> list[str]:
        return [p.message(lang) for p in self.problems]


@dataclass(frozen=True, slots=True)
class PreparedAhead:
    """Drafts prepared and analysed before their transaction (by :func:`prepare_ahead`), with
    the directory they were prepared against. Plain data: it crosses processes."""

    directory: Directory
    prepared: list[Prepared]


@dataclass(frozen=True, slots=True)
class SubmitResult:
    prepared: Prepared
    quote_id: int | None
    # Present already, and its stored quote now credited to the agent the row names
    # (feedback.collect.present_credits).
    credited: bool = False

    @property
    def stored(self) -> bool:
        return self.quote_id is not None


def prepare(
    draft: QuoteDraft, directory: Directory, analyzer: AnalyzerLike, *, today: dt.date
) -> Prepared:
    """Validate, normalise, redact, fingerprint and analyse ``draft``. Pure: no I/O."""
    return _analysed(_prepare_text(draft, directory, directory.known_names, today), analyzer)


def _prepare_text(
    draft: QuoteDraft, directory: Directory, names: tuple[str, ...], today: dt.date
) -> Prepared:
    """Every step of :func:`prepare` but the analysis (``analysis`` is None).

    A text that is empty, or too long even without its whitespace, is rejected before the
    costly steps: a 1 MB paste costs milliseconds, not seconds of redaction and analysis.
    """
    if not draft.text.strip() or _too_long_at_once(draft.text):
        return _failed(draft, *_validate(draft, draft.text.strip(), directory, today))
    normalized, redaction = normalized_and_redacted(draft.text, names)
    problems = _validate(draft, normalized, directory, today)
    text_ok = not any(problem.field == "text" for problem in problems)
    if draft.source is Source.MANUAL and text_ok and only_personal_data(redaction):
        problems.append(Problem("text", "text_only_personal_data"))
    team_id = draft.team_id
    if team_id is None and draft.agent_id in directory.agents:
        team_id = directory.agents[draft.agent_id].team_id
    draft = replace(
        draft,
        team_id=team_id,
        tags=kept_tags(draft.tags, names)[0],
        verbatim=draft.verbatim
        if draft.channel == Channel.PHONE
        else None,  # only calls paraphrase
    )
    if draft.row_key and draft.source_system and not draft.external_id:
        # An imported row without an id gets one from its stored (redacted) words, recipient
        # and row key: a re-import finds it as a ticket by its id, and it is its own quote
        # even when another answer has its words (feedback.collect.fingerprint.content_id).
        system, key = draft.source_system, draft.row_key
        own = content_id(redaction.text, draft.agent_id, team_id, system, key)
        draft = replace(draft, external_id=own)
    elif draft.external_id:
        draft = replace(draft, external_id=fitted_id(draft.external_id))
    source = source_of(draft.source_system, draft.external_id)
    return Prepared(
        draft=draft,
        text=redaction.text,
        redaction=redaction,
        fingerprint=fingerprint(redaction.text, draft.agent_id, team_id),
        analysis=None,
        problems=tuple(problems),
        rating_fingerprint=fingerprint(redaction.text, draft.agent_id, team_id, source)
        if source
        else "",
    )


def prepare_ahead(
    session: Session, drafts: Sequence[QuoteDraft], analyzer: AnalyzerLike, *, today: dt.date
) -> PreparedAhead:
    """The costly, pure part of :func:`submit_many` done ahead, e.g. in a worker process:
    every draft prepared, and analysed (in stored form) unless ``session`` (read only) shows
    it stored already, so a re-import costs no analysis. Nothing is written; the duplicate
    check that counts is :func:`submit_many`'s, inside its transaction.
    """
    directory = load_directory(session)
    names = directory.known_names
    prepared = [_prepare_text(d, directory, names, today) for d in drafts]
    new = [p.ok for p in with_duplicates(prepared, session)]
    return PreparedAhead(
        directory,
        [
            replace(p, stored=stored_analysis(analyzer.analyze(p.text))) if ok else p
            for p, ok in zip(prepared, new, strict=True)
        ],
    )


def _analysed(prepared: Prepared, analyzer: AnalyzerLike) -> Prepared:
    return (
        replace(prepared, analysis=analyzer.analyze(prepared.text)) if prepared.text else prepared
    )


def _too_long_at_once(text: str) -> bool:
    """Whether ``text`` is over the limit before normalising, counting no whitespace.

    Normalising removes only whitespace runs and invisible characters and composes accents
    (NFC, applied here too), so a text longer than this cannot fit afterwards unless it is
    padded with thousands of invisible characters. Costs a few milliseconds per megabyte.
    """
    if len(text) <= MAX_QUOTE_CHARS:
        return False
    return len("".join(unicodedata.normalize("NFC", text).split())) > MAX_QUOTE_CHARS


def _validate(draft: QuoteDraft, text: str, directory: Directory, today: dt.date) -> list[Problem]:
    return validate_draft(
        draft, text, agent_ids=directory.agents.keys(), team_ids=directory.teams.keys(), today=today
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
            draft, directory, analyzer or default_analyzer(), today=today or local_today()
        )
        return with_duplicates([prepared], session)[0]


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
    ahead: PreparedAhead | None = None,
) -> list[SubmitResult]:
    """Store every acceptable draft in ONE transaction; rejected ones come back with reasons.

    One result per draft, in order. A draft whose quote is stored already comes back with a
    ``duplicate`` or ``duplicate_external`` problem and ``duplicate_of`` set, also when another
    writer stored it during this call; a repeat of an earlier draft of the same call names
    that draft (``#n``). Only drafts without problems are analysed.

    ``ahead`` is :func:`prepare_ahead` of the same ``drafts`` with the same analyser and day;
    it is used only if the directory has not changed since (else the drafts are prepared
    again here), and accepted drafts it did not analyse are analysed here.
    """
    analyzer = analyzer or analyzer_for(engine)
    # Berlin's day, as the form and the imports read dates: a server on UTC is still on
    # yesterday in Berlin's first hour, and would refuse a quote said just now as future.
    today = today or local_today()
    try:
        # SQLite's write lock is taken at the first insert (the driver begins the transaction
        # there), after the costly preparation: other writers wait only for the inserts.
        with transaction(engine) as session:
            directory = load_directory(session)
            if ahead is not None and ahead.directory == directory:
                prepared = ahead.prepared
            else:
                names = directory.known_names  # built once: a batch has hundreds of drafts
                prepared = [_prepare_text(d, directory, names, today) for d in drafts]
            return _store(session, prepared, analyzer)
    except SQLAlchemyError as exc:  # A lost connection, a full disk, a broken row.
        reason = type(exc.orig if hasattr(exc, "orig") else exc).__name__
        _LOG.warning("storing %d quote(s) failed, nothing was stored", len(drafts), exc_info=True)
        failed = Problem("text", "storage_failed", {"reason": reason})
        return [SubmitResult(_failed(d, failed), None) for d in drafts]


def _store(
    session: Session, prepared: list[Prepared], analyzer: AnalyzerLike
) -> list[SubmitResult]:
    # Duplicates are found before the analysis: a re-imported row costs no analysis.
    checked = with_duplicates(prepared, session)
    credited = credit_present(session, checked)
    adopt(
        session,
        {p.adopts: p.draft.external_id for p in checked if p.adopts and p.draft.external_id},
    )
    accepted = [p if p.stored is not None else _analysed(p, analyzer) for p in checked if p.ok]
    ids = insert_analysed(
        session,
        [_row(p) for p in accepted],
        [p.stored or stored_analysis(p.analysis) for p in accepted],
    )
    lost = [p for p, qid in zip(accepted, ids, strict=True) if qid is None]
    # Skipped by the insert: another writer stored the same quote after our check. Now that
    # our write has begun, its row is visible, and the check names it.
    raced = iter(_named(p) for p in with_duplicates(lost, session))
    stored = iter(zip(accepted, ids, strict=True))
    results: list[SubmitResult] = []
    for index, item in enumerate(checked):
        if not item.ok:
            results.append(SubmitResult(item, None, index in credited))
            continue
        done, qid = next(stored)
        results.append(
            SubmitResult(done, qid) if qid is not None else SubmitResult(next(raced), None)
        )
    return results


def _named(raced: Prepared) -> Prepared:
    """``raced`` with a duplicate problem, even if the stored quote has vanished meanwhile."""
    if raced.ok:
        return replace(raced, problems=(Problem("text", "duplicate", {"quote_id": "?"}),))
    return raced


def _failed(draft: QuoteDraft, *problems: Problem) -> Prepared:
    return Prepared(
        draft=draft,
        text="",
        redaction=Redaction(text="", findings=()),
        fingerprint="",
        analysis=None,
        problems=problems,
    )


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
        "rating_from": draft.rating_from if draft.rating is not None else 1,
        "tags": list(draft.tags),
        "source": draft.source.value,
        "source_system": draft.source_system,
        "external_id": draft.external_id,
        "source_agent_ref": draft.source_agent_ref,
        "verbatim": draft.verbatim,
        "status": (draft.status or Status.PENDING).value,
        "fingerprint": prepared.fingerprint,
        "submitted_at": draft.submitted_at or dt.datetime.now(dt.UTC),
    }
