"""Planner statistics after bulk writes: the query planner must know how big the tables are.

PostgreSQL's planner works from statistics that only ANALYZE (or autovacuum, which may be off
or minutes late) updates. After a bulk load into an empty store it still believes the tables
are empty and picks plans made for a handful of rows: a word-cloud query over 300,000 seeded
quotes ran for more than ten minutes that way. So every bulk write (demo seeding, imports,
restore) ends with :func:`refresh_statistics`. SQLite's planner uses ``sqlite_stat1`` the same
way; ``PRAGMA optimize`` refreshes it where it is stale, with a bounded amount of work.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from feedback.store.models import Base

_LOG = logging.getLogger(__name__)

# Rows SQLite samples per index when it analyses (PRAGMA analysis_limit): enough for the
# planner to tell a selective index from an unselective one, and bounded at any store size.
_SQLITE_ANALYSIS_LIMIT = 1000


def refresh_statistics(engine: Engine) -> bool:
    """Bring the planner statistics of the store's tables up to date; ``False`` if it failed.

    Best effort: the data is committed already, and stale statistics make queries slower,
    not wrong. A failure is logged, never raised to the person who imported.
    """
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                names = ", ".join(
                    conn.dialect.identifier_preparer.quote(table.name)
                    for table in Base.metadata.sorted_tables
                )
                conn.execute(text(f"ANALYZE {names}"))
            elif conn.dialect.name == "sqlite":
                conn.execute(text(f"PRAGMA analysis_limit={_SQLITE_ANALYSIS_LIMIT}"))
                conn.execute(text("ANALYZE"))
    except SQLAlchemyError:
        _LOG.warning("could not refresh the planner statistics", exc_info=True)
        return False
    return True
