"""Every write path raises the data version of exactly the scopes it wrote, on SQLite and
PostgreSQL: caches keyed by the versions then miss for the changed scope only."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, text

from feedback.auth.roles import Actor, Role
from feedback.collect.bulk import ParsedRow
from feedback.collect.pipeline import submit_many
from feedback.domain import Source, Status
from feedback.services import people as people_service
from feedback.services import quotes, settings
from feedback.services.imports import import_stream
from feedback.services.privacy import purge
from feedback.store.db import transaction
from feedback.store.settings import load_settings
from feedback.store.users import NewUser, add_user, sign_in
from feedback.store.versions import SCOPES, read_versions
from tests.conftest import TODAY, draft

ADMIN = Actor("admin.anna", Role.ADMIN)
PASSWORD = "ein langes Passwort 42"


def _raised(engine: Engine, write: Callable[[], object]) -> set[str]:
    """The scopes whose counter ``write`` raised (and a check that none went down)."""
    before = read_versions(engine)
    write()
    after = read_versions(engine)
    assert all(after[s] >= before[s] for s in SCOPES)
    return {s for s in SCOPES if after[s] > before[s]}


def _submitted(engine: Engine, people: dict[str, int], text_: str, **changes: object) -> int:
    (result,) = submit_many(engine, [draft(text_, people["anna"], **changes)], today=TODAY)
    assert result.quote_id is not None
    return result.quote_id


def test_a_new_store_has_every_scope_at_zero(engine):
    assert read_versions(engine) == dict.fromkeys(SCOPES, 0)


def test_a_submitted_quote_raises_quotes_and_audit_only(engine, people):
    actor = Actor("anna.meier", Role.AGENT)
    drafts = [draft("Danke Anna, super geduldig!", people["anna"])]
    raised = _raised(engine, lambda: quotes.submit(engine, actor, drafts, today=TODAY))
    assert raised == {"quotes", "audit"}


def test_approving_a_quote_raises_quotes(engine, people):
    quote_id = _submitted(engine, people, "Sehr freundliche Hilfe am Telefon.")
    raised = _raised(engine, lambda: quotes.set_status(engine, ADMIN, [quote_id], Status.APPROVED))
    assert raised == {"quotes", "audit"}


def test_an_import_batch_raises_quotes_once_it_is_committed(engine, people):
    base = {"source": Source.IMPORT, "source_system": "zendesk"}
    rows: list[ParsedRow] = [
        (n, draft(f"Import {n}: vielen Dank für die Hilfe!", people["anna"], **base), [])
        for n in range(2, 7)
    ]
    seen: list[dict[str, int]] = []

    def progress(_report: object) -> None:
        seen.append(read_versions(engine))  # another reader, between batches

    raised = _raised(
        engine,
        lambda: import_stream(engine, ADMIN, rows, batch_size=2, today=TODAY, progress=progress),
    )
    assert raised == {"quotes", "audit"}
    # Each committed batch is visible to other readers at once: the counter grows per batch.
    counters = [v["quotes"] for v in seen]
    assert counters == sorted(counters)
    assert len(set(counters)) >= 2


def test_saving_settings_keeps_the_quote_caches(engine, people):
    _submitted(engine, people, "Klasse Beratung, danke!")
    new = load_settings(engine).model_copy(update={"rankings_enabled": True})
    raised = _raised(engine, lambda: settings.save_settings(engine, ADMIN, new, today=TODAY))
    assert raised == {"settings", "audit"}


def test_a_consent_change_raises_people(engine, people):
    raised = _raised(
        engine, lambda: people_service.set_consent(engine, ADMIN, people["aylin"], True)
    )
    assert raised == {"people", "audit"}


def test_a_purge_raises_quotes(engine, people):
    _submitted(engine, people, "Vor langer Zeit nett beraten.", said_on=dt.date(2000, 1, 3))
    raised = _raised(engine, lambda: purge(engine, ADMIN, TODAY))
    assert raised == {"quotes", "audit"}


def test_a_sign_in_invalidates_no_quote_data(engine):
    with transaction(engine) as session:
        add_user(session, NewUser("lea.lead", Role.LEAD, password=PASSWORD), actor="test")
    now = dt.datetime.combine(TODAY, dt.time(9), tzinfo=dt.UTC)
    raised = _raised(engine, lambda: sign_in(engine, "lea.lead", PASSWORD, now=now))
    assert raised <= {"audit"}


def test_raw_sql_from_another_tool_counts_too(engine, people):
    quote_id = _submitted(engine, people, "Schnell und freundlich geholfen.")

    def raw() -> None:
        with engine.begin() as conn:
            conn.execute(text("UPDATE quotes SET rating = 5 WHERE id = :id"), {"id": quote_id})

    assert _raised(engine, raw) == {"quotes"}


def _failing_write(engine: Engine) -> None:
    with transaction(engine) as session:
        session.execute(text("UPDATE quotes SET rating = 1"))
        session.execute(text("UPDATE settings SET key = key"))
        raise RuntimeError("the writer fails")


def test_a_rolled_back_write_leaves_the_versions(engine, people):
    _submitted(engine, people, "Freundlich und kompetent, danke!")
    before = read_versions(engine)
    with pytest.raises(RuntimeError):
        _failing_write(engine)
    assert read_versions(engine) == before


def test_concurrent_writers_of_several_scopes_all_commit(engine, people):
    """Writers that touch scopes in opposite orders queue on the counters, never deadlock."""
    failures: list[BaseException] = []

    def writer(first: str, second: str) -> None:
        try:
            for _ in range(5):
                with transaction(engine) as session:
                    session.execute(text(f"UPDATE {first} SET id = id WHERE id < 0"))
                    session.execute(text("SELECT 1"))
                    session.execute(text(f"UPDATE {second} SET id = id WHERE id < 0"))
        except BaseException as exc:  # collected: a thread's exception would be lost
            failures.append(exc)

    threads = [
        threading.Thread(target=writer, args=("quotes", "agents")),
        threading.Thread(target=writer, args=("agents", "quotes")),
    ]
    before = read_versions(engine)
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    after = read_versions(engine)
    if engine.dialect.name == "postgresql":  # statement triggers: once per transaction
        assert after["quotes"] - before["quotes"] == 10
        assert after["people"] - before["people"] == 10


def test_a_writer_waiting_for_the_counters_holds_no_row_the_other_needs(engine):
    """Two transactions add the same team name: the second waits for the first to commit and
    then finds the name taken; neither is aborted as a deadlock."""
    insert = text(
        "INSERT INTO teams (name, created_at) VALUES ('Nachtschicht', CURRENT_TIMESTAMP)"
        " ON CONFLICT (name) DO NOTHING"
    )
    failures: list[BaseException] = []

    def second() -> None:
        try:
            with engine.begin() as conn:
                conn.execute(insert)
        except BaseException as exc:  # collected: a thread's exception would be lost
            failures.append(exc)

    with engine.begin() as conn:
        conn.execute(text("UPDATE settings SET key = key"))  # holds the counters (PostgreSQL)
        conn.execute(
            text(
                "INSERT INTO audit_log (at, actor, action, entity, changes)"
                " VALUES (CURRENT_TIMESTAMP, 't', 'x', 'team', '{}')"
            )
        )
        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.5)  # the second writer is now waiting
        conn.execute(insert)
    thread.join(timeout=60)
    assert failures == []
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM teams")).scalar_one() == 1
