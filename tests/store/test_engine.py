"""The engine: an error names the statement, never the values (customers' texts) bound to it."""

from __future__ import annotations

import traceback

import psycopg
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


def test_a_failed_constraint_does_not_quote_the_row(engine):
    """PostgreSQL adds "DETAIL: Failing row contains (…)" with the row's values to a failed
    constraint's message, past hide_parameters: into the log, a traceback, the page's error."""
    with pytest.raises(IntegrityError) as failed, engine.begin() as conn:
        conn.execute(
            text("INSERT INTO quotes (text, said_on) VALUES (:body, NULL)"),
            {"body": "Danke, Frau Meier, Tel. 0171 2345678!"},
        )
    told = "".join(traceback.format_exception(failed.value))
    assert "Frau Meier" not in told
    assert "0171" not in told
    assert "said_on" in str(failed.value) or "NOT NULL" in str(failed.value)  # still says what
    if engine.dialect.name == "postgresql":  # the detail stays with the error, for code
        orig = failed.value.orig
        assert isinstance(orig, psycopg.Error)
        assert "Frau Meier" in str(orig.diag.message_detail)
