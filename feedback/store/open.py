"""Open the store ready for use: engine plus migrations to head (never drops data)."""

from __future__ import annotations

from sqlalchemy import Engine

from feedback.store.db import make_engine
from feedback.store.migrate import is_up_to_date, upgrade


def open_store(url: str | None = None) -> Engine:
    """Engine for ``url`` (default: the configured store), migrated to the newest schema."""
    engine = make_engine(url)
    if not is_up_to_date(engine):
        upgrade(engine)
    return engine
