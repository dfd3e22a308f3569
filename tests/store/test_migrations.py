"""The schema comes only from migrations, and they go both ways on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from feedback.store.migrate import current_revision, downgrade, head_revision, upgrade
from feedback.store.models import Base

TABLES = {"teams", "agents", "quotes", "quote_terms", "audit_log", "settings"}


def test_empty_database_upgrades_to_head_and_back(fresh_engine: Engine) -> None:
    upgrade(fresh_engine)
    assert current_revision(fresh_engine) == head_revision()
    assert set(inspect(fresh_engine).get_table_names()) >= TABLES

    downgrade(fresh_engine, "base")
    assert current_revision(fresh_engine) is None
    assert not TABLES & set(inspect(fresh_engine).get_table_names())

    upgrade(fresh_engine)  # and up again: nothing left behind blocks it
    assert current_revision(fresh_engine) == head_revision()


# Indexes of one backend only (Index.ddl_if in the models, a dialect check in the migration).
SQLITE_ONLY = {"ix_quotes_sqlite_reads"}


def test_migrations_match_the_models(fresh_engine: Engine) -> None:
    upgrade(fresh_engine)
    dialect = fresh_engine.dialect.name

    def on_this_backend(obj, name, type_, reflected, compare_to) -> bool:
        return not (type_ == "index" and name in SQLITE_ONLY and dialect != "sqlite")

    with fresh_engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": on_this_backend})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    names = {ix["name"] for ix in inspect(fresh_engine).get_indexes("quotes")}
    assert (names >= SQLITE_ONLY) == (dialect == "sqlite"), names


def test_upgrade_twice_keeps_data(fresh_engine: Engine) -> None:
    from feedback.store.db import transaction
    from feedback.store.directory import add_team, read_directory

    upgrade(fresh_engine)
    with transaction(fresh_engine) as session:
        add_team(session, "Bleibt", actor="test")
    upgrade(fresh_engine)
    assert list(read_directory(fresh_engine).teams.values()) == ["Bleibt"]
