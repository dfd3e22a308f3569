"""The engine: an error names the statement, never the values (customers' texts) bound to it."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from feedback.store.db import make_engine


def test_a_failed_statement_does_not_repeat_the_text_it_was_given(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (body TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO notes VALUES (:body)"), {"body": "Danke, Frau Meier!"})
    with pytest.raises(IntegrityError) as failed, engine.begin() as conn:
        conn.execute(text("INSERT INTO notes VALUES (:body)"), {"body": "Danke, Frau Meier!"})
    assert "INSERT INTO notes" in str(failed.value)
    assert "Frau Meier" not in str(failed.value)
    engine.dispose()
