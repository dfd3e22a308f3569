"""Backups round-trip exactly, SQLite -> PostgreSQL -> SQLite; restores refuse what they
cannot do and then change nothing; only admins may do either."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, func, inspect, select

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.collect.pipeline import submit_many
from feedback.services.backup import backup_store, restore_store
from feedback.store.backup import BackupError, tables
from feedback.store.db import transaction
from feedback.store.directory import add_team
from feedback.store.migrate import upgrade
from feedback.store.models import AuditEntry, Quote, QuoteDay, TermDay, ThemeDay
from feedback.store.restore import restore_backup
from tests.conftest import draft, open_backend
from tests.export.store_data import TEXTS, backup_bytes, rows_of, seed_store

ADMIN = Actor.system("test.admin")


def _restore(engine: Engine, body: bytes, *, replace: bool = False) -> dict[str, int]:
    return restore_backup(engine, io.BytesIO(body), replace=replace)


def _rows_only(body: bytes) -> list[bytes]:
    """The backup without its header line (which holds the time it was made)."""
    return body.splitlines()[1:]


def test_sqlite_to_postgresql_to_sqlite_is_exact(tmp_path_factory):
    with (
        open_backend("sqlite", tmp_path_factory) as first,
        open_backend("postgresql", tmp_path_factory) as middle,
        open_backend("sqlite", tmp_path_factory) as last,
    ):
        for engine in (first, middle, last):
            upgrade(engine)
        seed_store(first)
        from_sqlite = backup_bytes(first)
        counts = _restore(middle, from_sqlite)
        from_postgres = backup_bytes(middle)
        assert _restore(last, from_postgres) == counts
        assert _rows_only(from_postgres) == _rows_only(from_sqlite)
        assert _rows_only(backup_bytes(last)) == _rows_only(from_sqlite)

        original, on_postgres, back = rows_of(first), rows_of(middle), rows_of(last)
        for name in ("quotes", "users", "agents", "settings", "audit_log", "quote_terms"):
            assert on_postgres[name] == original[name], name
            assert back[name] == original[name], name
            for row, copy in zip(original[name], back[name], strict=True):
                # bool stays bool, float stays float, date stays date (== alone would not say).
                assert [type(v) for v in row] == [type(v) for v in copy], name
        assert counts == {name: len(rows) for name, rows in original.items()}
        assert counts["quotes"] == len(TEXTS)
        # The day sums are not in the backup: the restore's inserts rebuild them.
        for model in (TermDay, ThemeDay, QuoteDay):
            assert _day_sums(first, model), model
            assert _same_sums(_day_sums(middle, model), _day_sums(first, model)), model
            assert _same_sums(_day_sums(last, model), _day_sums(first, model)), model


def _same_sums(rows: list[tuple[Any, ...]], others: list[tuple[Any, ...]]) -> bool:
    """Equal rows; float sums (``quote_days``) to 1e-9, since the order of additions differs."""
    if len(rows) != len(others):
        return False
    return all(
        (a == pytest.approx(b, abs=1e-9)) if isinstance(a, float) else a == b
        for row, other in zip(rows, others, strict=True)
        for a, b in zip(row, other, strict=True)
    )


def _day_sums(
    engine: Engine, model: type[TermDay] | type[ThemeDay] | type[QuoteDay]
) -> list[tuple[Any, ...]]:
    table = model.__table__
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(select(table).order_by(*table.c)).all()]


def test_every_column_of_a_quote_survives(engine: Engine, tmp_path_factory):
    with open_backend("sqlite", tmp_path_factory) as source:
        upgrade(source)
        seed_store(source)
        _restore(engine, backup_bytes(source))
        original = {row.id: row for row in _quotes(source)}
    copied = {row.id: row for row in _quotes(engine)}
    assert copied.keys() == original.keys()
    for quote_id, row in original.items():
        for column in Quote.__table__.columns:
            want, got = getattr(row, column.key), getattr(copied[quote_id], column.key)
            if isinstance(want, dt.datetime):
                want, got = (v.replace(tzinfo=v.tzinfo or dt.UTC) for v in (want, got))
            assert got == want, column.key
    redacted = next(row for row in original.values() if row.redactions)
    assert "[EMAIL]" in redacted.text
    assert copied[redacted.id].redactions == redacted.redactions
    assert any(row.analysis for row in copied.values())


def _quotes(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(select(Quote.__table__).order_by(Quote.id)))


def test_ids_are_kept_and_new_rows_get_fresh_ones(engine: Engine, tmp_path_factory):
    with open_backend("sqlite", tmp_path_factory) as source:
        upgrade(source)
        people = seed_store(source)
        body = backup_bytes(source)
    _restore(engine, body)
    (added,) = submit_many(engine, [draft("Danke für die schnelle Hilfe!", people["anna"])])
    assert added.quote_id == people["quotes"] + 1
    with transaction(engine) as session:
        assert add_team(session, "Neu", actor="test").id == 3
    with engine.connect() as conn:
        audit_ids = conn.execute(select(AuditEntry.id).order_by(AuditEntry.id)).scalars().all()
    assert audit_ids == list(range(1, len(audit_ids) + 1))


def test_a_store_with_rows_is_refused_unless_replaced(engine: Engine, tmp_path_factory):
    with open_backend("sqlite", tmp_path_factory) as source:
        upgrade(source)
        seed_store(source)
        body = backup_bytes(source)
    with transaction(engine) as session:
        add_team(session, "Schon da", actor="test")
    before = rows_of(engine)
    with pytest.raises(BackupError) as refused:
        _restore(engine, body)
    assert refused.value.key == "not_empty"
    assert "teams (1)" in refused.value.message("en")
    assert "--replace" in refused.value.message("de")
    assert "nicht leer" in refused.value.message("de")
    assert rows_of(engine) == before

    _restore(engine, body, replace=True)
    assert _rows_only(backup_bytes(engine)) == _rows_only(body)


def _drop(predicate: Callable[[Any], bool]) -> Callable[[list[Any]], list[Any]]:
    return lambda lines: [line for line in lines if not predicate(line)]


def _edit_header(**changes: Any) -> Callable[[list[Any]], list[Any]]:
    return lambda lines: [{**lines[0], **changes}, *lines[1:]]


def _rename_column(lines: list[Any]) -> list[Any]:
    out = list(lines)
    index = next(i for i, v in enumerate(out) if isinstance(v, dict) and v.get("table") == "teams")
    out[index] = {"table": "teams", "columns": ["id", "nickname", "created_at"]}
    return out


def _add_table(lines: list[Any]) -> list[Any]:
    return [*lines[:1], {"table": "secrets", "columns": ["id"]}, [1], *lines[1:]]


# (what is wrong with the file, how to make it so, the message key)
DAMAGE = [
    ("cut short", lambda lines: lines[: len(lines) // 2], "incomplete"),
    ("no trailer", _drop(lambda v: isinstance(v, dict) and "end_of_backup" in v), "incomplete"),
    ("a row missing", lambda lines: [*lines[:3], *lines[4:]], "damaged"),
    ("a row of another width", lambda lines: [*lines[:2], [1], *lines[3:]], "damaged"),
    ("unknown column", _rename_column, "unknown_columns"),
    ("unknown table", _add_table, "unknown_table"),
    ("another schema", _edit_header(schema_revision="0000"), "schema_mismatch"),
    ("a newer format", _edit_header(format=99), "unknown_format"),
    ("not a backup", _edit_header(backup="something else"), "not_a_backup"),
]


@pytest.mark.parametrize(("case", "damage", "key"), DAMAGE, ids=[c[0] for c in DAMAGE])
def test_a_damaged_backup_changes_nothing(engine: Engine, tmp_path_factory, case, damage, key):
    with open_backend("sqlite", tmp_path_factory) as source:
        upgrade(source)
        seed_store(source)
        lines = [json.loads(line) for line in backup_bytes(source).splitlines()]
    body = b"\n".join(json.dumps(v).encode() for v in damage(lines)) + b"\n"
    with pytest.raises(BackupError) as refused:
        _restore(engine, body)
    assert refused.value.key == key, case
    for lang in ("de", "en"):
        assert refused.value.message(lang)
    with engine.connect() as conn:
        for table in tables():
            assert conn.execute(select(func.count()).select_from(table)).scalar_one() == 0


def test_gzip_backups_restore_too(engine: Engine, tmp_path_factory):
    with open_backend("sqlite", tmp_path_factory) as source:
        upgrade(source)
        seed_store(source)
        body = backup_bytes(source)
    counts = restore_store(engine, ADMIN, io.BytesIO(gzip.compress(body)))
    assert counts["quotes"] == len(TEXTS)


def test_a_backup_is_audited_after_its_snapshot(engine: Engine):
    seed_store(engine)
    out = io.BytesIO()
    counts = backup_store(engine, ADMIN, out)
    ends = [json.loads(line) for line in out.getvalue().splitlines() if line.startswith(b'{"end"')]
    assert {"end": "audit_log", "rows": counts["audit_log"]} in ends
    with engine.connect() as conn:
        last = conn.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        total = conn.execute(select(func.count(AuditEntry.id))).scalar_one()
    assert last is not None
    assert (last.actor, last.action, last.entity) == ("test.admin", "backup", "store")
    assert total == counts["audit_log"] + 1  # the file does not hold its own entry


@pytest.mark.parametrize("role", [Role.AGENT, Role.LEAD, Role.MANAGER])
def test_only_admins_back_up_or_restore(engine: Engine, role):
    actor = Actor("someone", role, team_ids=frozenset({1}))
    with pytest.raises(NotAllowed):
        backup_store(engine, actor, io.BytesIO())
    with pytest.raises(NotAllowed):
        restore_store(engine, actor, io.BytesIO(b""))


def _gzip_cut(body: bytes) -> bytes:
    packed = gzip.compress(body)
    return packed[: len(packed) // 2]


# (what the file is, how to make it from a good backup, the message key)
BROKEN_FILES = [
    ("a CSV", lambda body: b"id,text\n1,Danke\n", "not_a_backup"),
    ("empty", lambda body: b"", "not_a_backup"),
    ("not JSON inside", lambda body: body.replace(b'{"table":"teams"', b"{oops", 1), "damaged"),
    ("not UTF-8 inside", lambda body: body.replace(b"Nord", b"N\xffrd", 1), "damaged"),
    ("gzip cut short", _gzip_cut, "incomplete"),
]


@pytest.mark.parametrize(
    ("case", "breaking", "key"), BROKEN_FILES, ids=[c[0] for c in BROKEN_FILES]
)
def test_a_broken_file_changes_nothing(engine: Engine, tmp_path_factory, case, breaking, key):
    with open_backend("sqlite", tmp_path_factory) as source:
        upgrade(source)
        seed_store(source)
        body = backup_bytes(source)
    with pytest.raises(BackupError) as refused:
        _restore(engine, breaking(body))
    assert refused.value.key == key, case
    assert rows_of(engine) == {table.name: [] for table in tables()}


def test_a_table_this_version_does_not_know_stops_the_backup(engine: Engine):
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    with pytest.raises(BackupError) as refused:
        backup_bytes(engine)
    assert refused.value.key == "unknown_tables"
    assert "notes" in refused.value.message("de")


def test_every_model_table_is_backed_up(engine: Engine):
    lines = [json.loads(line) for line in backup_bytes(engine).splitlines()]
    sections = [v["table"] for v in lines if isinstance(v, dict) and "table" in v]
    with engine.connect() as conn:
        # term_days, theme_days, quote_days: sums kept by triggers (a restore rebuilds them).
        derived = {"alembic_version", "data_versions", "term_days", "theme_days", "quote_days"}
        stored = set(inspect(conn).get_table_names()) - derived
    assert set(sections) == stored
    assert {"teams", "agents", "users", "quotes", "quote_terms", "audit_log", "settings"} <= stored
