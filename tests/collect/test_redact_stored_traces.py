"""``redact-again`` cleans what a quote keeps besides its text: its tags, and the texts and
tags of its audit rows (as created, as edited), on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select, update

from feedback.collect.edit import edit_text
from feedback.collect.pipeline import submit_many
from feedback.collect.redact_stored import redact_stored
from feedback.store.db import transaction
from feedback.store.models import AuditEntry, Quote
from tests.conftest import TODAY, draft

# What rules before 2026-12-04 kept (a name closing the message), and tags as they were
# stored before 2026-12-05 (as written).
OLD_TEXT = "Frau Meier hat alles geklärt. Danke! Thomas Fink"
OLD_TAGS = ["thomas.fink@example.de", "rückruf"]


def _quote_audit(engine: Engine, quote_id: int) -> list[tuple[str, dict[str, Any]]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.entity == "quote", AuditEntry.entity_id == quote_id)
            .order_by(AuditEntry.id)
        )
        return [(action, changes) for action, changes in rows]


def _stored_by_older_rules(engine: Engine, agent: int) -> int:
    """A quote, edited once, whose row and audit rows hold what older rules let through."""
    quote_id = submit_many(engine, [draft("Frau Meier hat alles geklärt.", agent)], today=TODAY)[
        0
    ].quote_id
    assert quote_id is not None
    assert edit_text(engine, quote_id, "Frau Meier hat alles sofort geklärt.", actor="lead").changed
    with transaction(engine) as session:
        session.execute(
            update(Quote).where(Quote.id == quote_id).values(text=OLD_TEXT, tags=OLD_TAGS)
        )
        for entry in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "quote", AuditEntry.entity_id == quote_id)
        ):
            if entry.action == "create":
                entry.changes = {**entry.changes, "text": OLD_TEXT, "tags": OLD_TAGS}
            else:
                entry.changes = {"text": [OLD_TEXT, OLD_TEXT + "!"]}
    return quote_id


def test_the_audit_rows_and_the_tags_lose_what_the_text_loses(engine, people):
    quote_id = _stored_by_older_rules(engine, people["anna"])

    assert redact_stored(engine, actor="test").changed == 1

    with engine.connect() as conn:
        text, tags = conn.execute(select(Quote.text, Quote.tags).where(Quote.id == quote_id)).one()
    assert (text, tags) == ("Frau Meier hat alles geklärt. Danke! T. F.", ["rückruf"])
    (_, created), (_, edited), (action, redacted) = _quote_audit(engine, quote_id)
    assert (created["text"], created["tags"]) == (text, ["rückruf"])
    assert edited == {"text": [text, text + "!"]}
    assert (action, redacted) == ("redact", {"kinds": ["email", "name"]})


def test_a_second_run_changes_nothing_in_the_log_either(engine, people):
    quote_id = _stored_by_older_rules(engine, people["anna"])
    redact_stored(engine, actor="test")
    before = _quote_audit(engine, quote_id)

    assert redact_stored(engine, actor="test").changed == 0
    assert _quote_audit(engine, quote_id) == before
