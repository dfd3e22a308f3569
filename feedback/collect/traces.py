"""What a stored quote keeps of its customer besides its text: its tags, and the texts and tags
its audit rows keep (the quote as created; old and new text of an edit only in rows written
before migration 0011, which replaced them by lengths).

The pipeline leaves out tags that hold personal data (helpdesk tags carry e-mail addresses and
phone numbers); ``redact-again`` (:mod:`feedback.collect.redact_stored`) applies today's rules
to the stored tags and to the audit rows as it does to the text: what older rules let through
must not stay in the log after it left the quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from feedback.collect.normalize import normalize_text
from feedback.collect.redact import redact
from feedback.store.models import AuditEntry

__all__ = ["AuditRow", "kept_tags", "quote_audit_rows", "redact_audit_row"]

# (audit row id, its changes)
AuditRow = tuple[int, dict[str, Any]]


def kept_tags(tags: Sequence[Any], names: tuple[str, ...]) -> tuple[list[str], set[str]]:
    """The tags without blanks and without those holding a customer's personal data (a tag
    redacted to "[EMAIL]" tells nobody anything), and the kinds of data of those left out.

    Each tag is normalised as a quote's text is, on one line: a tag kept control characters
    (NUL, which PostgreSQL's JSON refuses; a terminal's ESC), bidi overrides and zero-width
    characters into the store, its audit log and its backups."""
    kept: list[str] = []
    kinds: set[str] = set()
    for tag in (" ".join(normalize_text(str(tag)).split()) for tag in tags):
        if not tag:
            continue
        findings = redact(tag, names).findings
        if findings:
            kinds.update(f.kind.value for f in findings)
        else:
            kept.append(tag)
    return kept, kinds


def quote_audit_rows(session: Session, quote_ids: Sequence[int]) -> dict[int, list[AuditRow]]:
    """The audit rows of ``quote_ids`` that hold a text or tags, by quote id."""
    found: dict[int, list[AuditRow]] = {}
    rows = session.execute(
        select(AuditEntry.id, AuditEntry.entity_id, AuditEntry.changes).where(
            AuditEntry.entity == "quote", AuditEntry.entity_id.in_(list(quote_ids))
        )
    )
    for entry_id, quote_id, changes in rows:
        if isinstance(changes, dict) and ("text" in changes or "tags" in changes):
            found.setdefault(quote_id, []).append((entry_id, changes))
    return found


def redact_audit_row(
    session: Session, row: AuditRow, names: tuple[str, ...], clean: str
) -> set[str]:
    """Redact the texts and tags of one audit row with today's rules (``clean``, a text known
    to need nothing, is not redacted again) and store what changed; returns the kinds removed."""
    entry_id, changes = row
    kinds: set[str] = set()
    fresh = dict(changes)
    text = changes.get("text")
    if isinstance(text, list):
        fresh["text"] = [_redacted(t, names, clean, kinds) for t in text]
    elif isinstance(text, str):
        fresh["text"] = _redacted(text, names, clean, kinds)
    tags = changes.get("tags")
    if isinstance(tags, list):
        kept, tag_kinds = kept_tags(tags, names)
        if tag_kinds:
            fresh["tags"], kinds = kept, kinds | tag_kinds
    if fresh != changes:
        session.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(changes=fresh))
    return kinds


def _redacted(text: Any, names: tuple[str, ...], clean: str, kinds: set[str]) -> Any:
    if not isinstance(text, str) or text == clean:
        return text
    redaction = redact(text, names)
    kinds.update(f.kind.value for f in redaction.findings)
    return redaction.text
