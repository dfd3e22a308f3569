"""Migration 0004: the data_versions table and its triggers, up and down, on both backends.

A later migration that rebuilds a table on SQLite (batch mode copies it) drops the table's
triggers with it; the head check below catches that."""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text

from feedback.store.migrate import downgrade, upgrade
from feedback.store.versions import SCOPES, read_versions

WATCHED = ("quotes", "quote_terms", "teams", "agents", "settings", "audit_log")


def _triggers(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            sql = (
                "SELECT DISTINCT event_object_table FROM information_schema.triggers"
                " WHERE trigger_schema = current_schema() AND trigger_name LIKE 'data_version_%'"
            )
        else:
            sql = "SELECT DISTINCT tbl_name FROM sqlite_master WHERE type = 'trigger'"
        return set(conn.execute(text(sql)).scalars())


def test_at_head_every_watched_table_raises_a_version(fresh_engine: Engine):
    upgrade(fresh_engine)
    assert _triggers(fresh_engine) == set(WATCHED)
    assert read_versions(fresh_engine) == dict.fromkeys(SCOPES, 0)


def test_0004_goes_down_and_up_again(fresh_engine: Engine):
    upgrade(fresh_engine)
    downgrade(fresh_engine, "0003")
    assert "data_versions" not in inspect(fresh_engine).get_table_names()
    assert _triggers(fresh_engine) == set()
    with fresh_engine.begin() as conn:  # writes work without the counters
        conn.execute(text("INSERT INTO teams (name, created_at) VALUES ('Süd', '2026-01-01')"))

    upgrade(fresh_engine)
    assert _triggers(fresh_engine) == set(WATCHED)
    with fresh_engine.begin() as conn:
        conn.execute(text("UPDATE teams SET name = 'Nord'"))
    assert read_versions(fresh_engine)["people"] == 1
