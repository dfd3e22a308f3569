"""Backups and restores stream: memory stays flat however many rows the store holds."""

from __future__ import annotations

import datetime as dt
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert

from feedback.store.backup import write_backup
from feedback.store.migrate import upgrade
from feedback.store.models import AuditEntry
from feedback.store.restore import restore_backup
from tests.conftest import open_backend

# 10,000 rows of about 2 KB: 20 MB of data, ten times the limit below.
ROWS = 10_000
TEXT = "Danke für die Geduld am Telefon! " * 60
LIMIT_BYTES = 8 * 1024 * 1024


class _Sink:
    """A file that keeps nothing but the number of bytes written."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)


def _fill(engine: Engine) -> None:
    at = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    batch = [
        {"at": at, "actor": "seed", "action": "create", "entity": "quote", "changes": {"t": TEXT}}
        for _ in range(1000)
    ]
    with engine.begin() as conn:
        for _ in range(ROWS // len(batch)):
            conn.execute(insert(AuditEntry), batch)


def test_backup_and_restore_stay_within_a_few_megabytes(
    engine: Engine, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
):
    _fill(engine)
    created = dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
    tracemalloc.start()
    try:
        sink = _Sink()
        write_backup(engine, sink, created_at=created, app_version="test")
        backup_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert sink.size > 2 * ROWS * 1000
    assert backup_peak < LIMIT_BYTES

    path = tmp_path / "backup.jsonl"
    with path.open("wb") as out:
        write_backup(engine, out, created_at=created, app_version="test")
    with open_backend("sqlite", tmp_path_factory) as target:
        upgrade(target)
        tracemalloc.start()
        try:
            with path.open("rb") as source:
                counts = restore_backup(target, source)
            restore_peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert counts["audit_log"] == ROWS
    assert restore_peak < LIMIT_BYTES
