"""Redacting stored quotes again (``redact-again``), on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Engine, select, update

from feedback.collect.pipeline import submit_many
from feedback.collect.redact import redact
from feedback.collect.redact_stored import moved_redactions, redact_stored
from feedback.store.db import transaction
from feedback.store.models import AuditEntry, Quote, QuoteTerm
from tests.conftest import TODAY, draft

# What an older version of the rules let through: the text as it was stored then.
OLD_TEXT = "Frau Meier hat alles geklärt, Rückruf unter [PHONE]. Danke! Thomas Fink"


def _stored_as_old_rules_left_it(engine: Engine, anna: int) -> int:
    result = submit_many(engine, [draft("Frau Meier hat alles geklärt.", anna)], today=TODAY)[0]
    assert result.quote_id is not None
    with transaction(engine) as session:
        session.execute(
            update(Quote)
            .where(Quote.id == result.quote_id)
            .values(text=OLD_TEXT, redactions=[{"kind": "phone", "start": 44, "end": 51}])
        )
    return result.quote_id


def test_what_older_rules_missed_is_removed_and_the_audit_keeps_no_text(engine, people):
    quote_id = _stored_as_old_rules_left_it(engine, people["anna"])
    clean = submit_many(engine, [draft("Jonas war super.", people["jonas"])], today=TODAY)[0]

    report = redact_stored(engine, actor="test")

    assert (report.checked, report.changed) == (2, 1)
    with transaction(engine) as session:
        quote = session.get_one(Quote, quote_id)
        assert quote.text == "Frau Meier hat alles geklärt, Rückruf unter [PHONE]. Danke! T. F."
        assert "Fink" not in " ".join(
            session.scalars(select(QuoteTerm.term).where(QuoteTerm.quote_id == quote_id))
        )
        # the old phone placeholder keeps its place, the name is added after it
        assert [(r["kind"], quote.text[r["start"] : r["end"]]) for r in quote.redactions] == [
            ("phone", "[PHONE]"),
            ("name", "T. F."),
        ]
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "redact")))
        assert [(e.entity_id, e.changes) for e in entries] == [(quote_id, {"kinds": ["name"]})]
        assert session.get_one(Quote, clean.quote_id).text == "Jonas war super."


def test_a_second_run_changes_nothing(engine, people):
    _stored_as_old_rules_left_it(engine, people["anna"])
    assert redact_stored(engine, actor="test").changed == 1
    assert redact_stored(engine, actor="test").changed == 0


def test_old_spans_move_with_the_text_before_them():
    old_text = "Thomas Fink hier, Tel. [PHONE]."
    new = redact(old_text)
    moved = moved_redactions([{"kind": "phone", "start": 23, "end": 30}], new.findings)
    assert [(m["kind"], new.text[m["start"] : m["end"]]) for m in moved] == [
        ("name", "T. F."),
        ("phone", "[PHONE]"),
    ]
