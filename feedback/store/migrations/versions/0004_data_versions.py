"""data_versions: a counter per scope of data, raised by triggers in every writing transaction

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 21:40:00

Triggers, not application code, so that every writer counts: the app, the CLI, importers,
restores and raw SQL. The tables and scopes are spelled out here (not imported) so that this
migration keeps meaning what it meant when it ran.

- SQLite has only row triggers: one ``UPDATE`` of a one-row page per written row, a few
  microseconds, inside the writer's own transaction.
- PostgreSQL uses statement triggers that raise each scope once per transaction (a
  transaction-local setting remembers it). The first one locks every counter row in scope
  order, so two writers touching several scopes in different orders queue instead of
  deadlocking; like SQLite's single writer, the next writer waits for the commit. Its lock
  wait is bounded like SQLite's busy timeout. They run BEFORE the statement: a writer waits
  for the counters before it has locked any row, so it never holds a row (a unique key, say)
  that the transaction holding the counters is about to wait for.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# table -> scope whose counter its writes raise. Sign-ins (users) and helpdesk mappings feed
# no cached page, so they raise nothing.
_TABLE_SCOPES = {
    "quotes": "quotes",
    "quote_terms": "quotes",
    "teams": "people",
    "agents": "people",
    "settings": "settings",
    "audit_log": "audit",
}
_SCOPES = sorted(set(_TABLE_SCOPES.values()))
_OPERATIONS = ("insert", "update", "delete")
# Why 30 s: the same bound as SQLite's busy timeout (feedback.store.db).
_PG_FUNCTION = """
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('love_wall.versions_locked', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('lock_timeout', '30s', true);
    PERFORM 1 FROM data_versions ORDER BY scope FOR UPDATE;
    PERFORM set_config('love_wall.versions_locked', 'on', true);
  END IF;
  IF current_setting('love_wall.bumped_' || TG_ARGV[0], true) IS DISTINCT FROM 'on' THEN
    UPDATE data_versions SET version = version + 1 WHERE scope = TG_ARGV[0];
    PERFORM set_config('love_wall.bumped_' || TG_ARGV[0], 'on', true);
  END IF;
  RETURN NULL;
END $$
"""


def _trigger(table: str, operation: str = "") -> str:
    return f"data_version_{table}_{operation}" if operation else f"data_version_{table}"


def _sqlite_trigger(table: str, operation: str, scope: str) -> str:
    # Every name and scope here is a constant of this file.
    bump = f"UPDATE data_versions SET version = version + 1 WHERE scope = '{scope}'"  # noqa: S608
    name = _trigger(table, operation)
    return f"CREATE TRIGGER {name} AFTER {operation.upper()} ON {table} BEGIN {bump}; END"


def upgrade() -> None:
    versions = op.create_table(
        "data_versions",
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope", name=op.f("pk_data_versions")),
    )
    op.bulk_insert(versions, [{"scope": scope, "version": 0} for scope in _SCOPES])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        for table, scope in _TABLE_SCOPES.items():
            op.execute(
                f"CREATE TRIGGER {_trigger(table)} BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE"
                f" ON {table} FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version('{scope}')"
            )
        return
    for table, scope in _TABLE_SCOPES.items():
        for operation in _OPERATIONS:
            op.execute(_sqlite_trigger(table, operation, scope))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _TABLE_SCOPES:
            op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table)} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS bump_data_version()")
    else:
        for table in _TABLE_SCOPES:
            for operation in _OPERATIONS:
                op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table, operation)}")
    op.drop_table("data_versions")
