"""A deleted quote's text is gone everywhere: from its audit rows, from the SQLite file's free
pages and from the write-ahead log that an open store keeps."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from feedback.auth.roles import Actor
from feedback.collect.edit import delete_quotes, edit_text
from feedback.collect.pipeline import submit_many
from feedback.services.privacy import FORGOTTEN, forget_text
from feedback.store.db import make_engine
from feedback.store.models import AuditEntry
from tests.conftest import TODAY, draft

WORDS = "Anna hat uns bei der Zebrafinkzucht super geholfen, danke!"


def _stored(engine: Engine, agent: int) -> int:
    quote_id = submit_many(engine, [draft(WORDS, agent)], today=TODAY)[0].quote_id
    assert quote_id is not None
    return quote_id


def test_a_deleted_quote_leaves_no_text_in_its_audit_rows(engine, people):
    quote_id = _stored(engine, people["anna"])
    assert edit_text(engine, quote_id, WORDS.replace("super", "toll"), actor="lead").changed
    kept = _stored(engine, people["jonas"])

    assert delete_quotes(engine, [quote_id], actor="lead") == 1

    with engine.connect() as conn:
        rows = conn.execute(
            select(AuditEntry.entity_id, AuditEntry.action, AuditEntry.changes)
            .where(AuditEntry.entity == "quote")
            .order_by(AuditEntry.id)
        ).all()
    texts = {(qid, action): changes.get("text") for qid, action, changes in rows}
    assert texts[(quote_id, "create")] == FORGOTTEN
    assert texts[(quote_id, "edit")] is None  # an edit never holds a text
    assert texts[(quote_id, "delete")] is None  # the delete never held it
    assert texts[(kept, "create")] == WORDS  # other quotes keep theirs


def test_a_forgotten_text_is_in_neither_the_file_nor_its_log(people, engine):
    if engine.dialect.name != "sqlite":
        pytest.skip(
            "PostgreSQL frees deleted rows when it vacuums (README, customers' personal data)"
        )
    path = Path(str(engine.url.database))
    _stored(engine, people["anna"])
    reader = engine.connect()  # the app keeps the store open, and so its log
    reader.execute(text("SELECT 1")).all()

    forget_text(engine, Actor.system("test"), "Zebrafinkzucht")

    for part in (path, path.with_name(path.name + "-wal")):
        assert b"Zebrafink" not in (part.read_bytes() if part.exists() else b""), part
    reader.close()


def test_sqlite_overwrites_what_it_deletes(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA secure_delete")).scalar_one() == 1
    engine.dispose()
