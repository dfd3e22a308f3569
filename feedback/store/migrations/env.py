"""Alembic environment: runs online against the engine handed over by feedback.store.migrate."""

from __future__ import annotations

from alembic import context

from feedback.store.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters via table copies
        compare_type=True,
    )
    context.run_migrations()
