"""Redact stored quotes again with today's rules (``python -m feedback redact-again``).

Redaction gets better; quotes stored before keep what older rules missed ("… Danke! Thomas
Fink" was kept until 2026-12-04). This pass reads every stored quote, redacts its text again and
stores what changed, with a fresh analysis, in batches of one transaction each. Redaction is
idempotent, so a quote that is already clean stays as it is, and running the pass twice changes
nothing the second time.

The same rules clean what the quote keeps besides its text (:mod:`feedback.collect.traces`):
tags holding personal data go (they were stored as written until 2026-12-05), and the texts
and tags in the quote's audit rows (as created, old and new text of every edit) are redacted
too, or what the new rules found would stay readable in the log. The audit notes which kinds
of data were removed from which quote, never the text that held them (an edit's audit row
keeps old and new text; this one must not). Earlier findings keep their places in the new
text. Where the new text would equal another quote's, the quote keeps
its old fingerprint: the data goes either way, and the two stay two quotes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from feedback.collect.duplicates import stored_fingerprint
from feedback.collect.pipeline import AnalyzerLike, analyzer_for
from feedback.collect.redact import Finding, redact
from feedback.collect.traces import AuditRow, kept_tags, quote_audit_rows, redact_audit_row
from feedback.store.audit import record
from feedback.store.db import empty_sqlite_log, transaction
from feedback.store.directory import load_directory
from feedback.store.models import Quote
from feedback.store.quotes import replace_analysis

__all__ = ["RedactReport", "moved_redactions", "redact_stored"]

# Why 500: as for re-analysis, memory stays flat on a million quotes, and a crash loses at most
# one batch of work (never data: a batch commits whole or not at all).
_BATCH = 500


@dataclass(frozen=True, slots=True)
class RedactReport:
    checked: int
    changed: int


def moved_redactions(
    old: Sequence[dict[str, Any]], findings: Sequence[Finding]
) -> list[dict[str, Any]]:
    """The stored redaction spans ``old`` moved into the text that ``findings`` (new ones,
    with places in the new text) produced, followed by the new ones; ordered by place."""
    ends: list[tuple[int, int]] = []  # (end in the old text, shift from there on)
    shift = 0
    for f in sorted(findings, key=lambda f: f.start):
        old_end = f.start - shift + len(f.original)
        shift += len(f.replacement) - len(f.original)
        ends.append((old_end, shift))

    def moved(pos: int) -> int:
        delta = 0
        for old_end, after in ends:
            if pos < old_end:
                break
            delta = after
        return pos + delta

    spans = [
        {"kind": item["kind"], "start": moved(int(item["start"])), "end": moved(int(item["end"]))}
        for item in old
    ]
    spans += [{"kind": f.kind.value, "start": f.start, "end": f.end} for f in findings]
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def _redact_one(
    session: Session,
    quote: Quote,
    names: tuple[str, ...],
    analyzer: AnalyzerLike,
    actor: str,
    audit_rows: Sequence[AuditRow],
) -> bool:
    redaction = redact(quote.text, names)
    tags, tag_kinds = kept_tags(quote.tags or [], names)
    kinds = set(tag_kinds)
    for row in audit_rows:
        kinds |= redact_audit_row(session, row, names, clean=redaction.text)
    text_changed = redaction.text != quote.text
    if text_changed:
        kinds.update(f.kind.value for f in redaction.findings)
    if not kinds:
        return False
    record(session, actor=actor, action="redact", entity="quote", entity_id=quote.id,
           changes={"kinds": sorted(kinds)})  # fmt: skip
    if tag_kinds:
        quote.tags = tags
        quote.updated_at = dt.datetime.now(dt.UTC)
    if text_changed:
        _store_text(session, quote, redaction.text, redaction.findings, analyzer)
    return True


def _store_text(
    session: Session,
    quote: Quote,
    text: str,
    findings: Sequence[Finding],
    analyzer: AnalyzerLike,
) -> None:
    new_fp = stored_fingerprint(session, quote, text)
    clash = session.scalar(
        select(Quote.id).where(Quote.fingerprint == new_fp, Quote.id != quote.id)
    )
    quote.redactions = moved_redactions(quote.redactions or [], findings)
    quote.text = text
    if clash is None:
        quote.fingerprint = new_fp
    quote.updated_at = dt.datetime.now(dt.UTC)
    replace_analysis(session, quote, analyzer.analyze(text))


def redact_stored(
    engine: Engine, *, actor: str, analyzer: AnalyzerLike | None = None
) -> RedactReport:
    """Redact every stored quote again; returns how many were read and how many changed."""
    analyzer = analyzer or analyzer_for(engine)
    checked = changed = last_id = 0
    while True:
        with transaction(engine) as session:
            names = load_directory(session).known_names
            query = select(Quote).where(Quote.id > last_id).order_by(Quote.id).limit(_BATCH)
            batch = list(session.scalars(query))
            audit = quote_audit_rows(session, [q.id for q in batch])
            changed += sum(
                _redact_one(session, q, names, analyzer, actor, audit.get(q.id, ())) for q in batch
            )
        if not batch:
            if changed:
                empty_sqlite_log(engine)
            return RedactReport(checked, changed)
        checked += len(batch)
        last_id = batch[-1].id
