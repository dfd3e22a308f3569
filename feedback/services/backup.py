"""Full backups and restores of the store: admin work only.

Roles (both need an admin; no other role holds these actions):

- a **backup** holds the audit log and every account with its password hash, so it needs
  :data:`~feedback.auth.roles.Action.VIEW_AUDIT` and
  :data:`~feedback.auth.roles.Action.MANAGE_USERS`; it is recorded in the audit log (action
  ``backup``, entity ``store``) after the snapshot, so the file does not hold its own entry;
- a **restore** can replace every row, accounts included, so it needs
  :data:`~feedback.auth.roles.Action.DELETE` and
  :data:`~feedback.auth.roles.Action.MANAGE_USERS`. It writes no audit row: the restored store
  is the backup, exactly (the command reports what it did).

The file format and its guarantees: :mod:`feedback.store.backup`, :mod:`feedback.store.restore`.
"""

from __future__ import annotations

import datetime as dt
from typing import IO

from sqlalchemy import Engine, func, select

from feedback import __version__
from feedback.auth.roles import Action, Actor, require
from feedback.store.audit import record
from feedback.store.backup import Writer, write_backup
from feedback.store.db import transaction
from feedback.store.models import AuditEntry
from feedback.store.restore import restore_backup


def backup_store(
    engine: Engine, actor: Actor, out: Writer, *, now: dt.datetime | None = None
) -> dict[str, int]:
    """Write a full backup of the store to ``out``; rows per table."""
    require(actor, Action.VIEW_AUDIT)
    require(actor, Action.MANAGE_USERS)
    counts = write_backup(
        engine, out, created_at=now or dt.datetime.now(dt.UTC), app_version=__version__
    )
    with transaction(engine) as session:
        record(
            session,
            actor=actor.name,
            action="backup",
            entity="store",
            entity_id=None,
            changes={"rows": sum(counts.values())},
        )
    return counts


def restore_store(
    engine: Engine, actor: Actor, source: IO[bytes], *, replace: bool = False
) -> dict[str, int]:
    """Restore the backup ``source`` into the (empty, unless ``replace``) store; rows per
    table. Raises :class:`~feedback.store.backup.BackupError` and changes nothing when the
    backup cannot be restored."""
    require(actor, Action.DELETE)
    require(actor, Action.MANAGE_USERS)
    return restore_backup(engine, source, replace=replace)


def backups_recorded(engine: Engine) -> tuple[int, dt.datetime | None]:
    """How many backups the audit log records, and when the newest was made (None: none).
    Their files are out of the store's reach: what a request deletes stays in them."""
    with engine.connect() as conn:
        count, newest = conn.execute(
            select(func.count(), func.max(AuditEntry.at)).where(
                AuditEntry.action == "backup", AuditEntry.entity == "store"
            )
        ).one()
    if newest is not None and newest.tzinfo is None:
        newest = newest.replace(tzinfo=dt.UTC)  # SQLite keeps UTC digits without the offset
    return int(count), newest
