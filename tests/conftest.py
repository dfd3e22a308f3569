"""Shared fixtures: real stores only. SQLite always; PostgreSQL when the URL is given."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import settings
from sqlalchemy import Engine, create_engine, text

from feedback.domain import QuoteDraft
from feedback.store.db import make_engine, transaction
from feedback.store.directory import add_agent, add_team
from feedback.store.migrate import upgrade
from tests.clock import pinned_today, travel_to_pinned_day

# Property tests explore new random inputs on every local run (that is how they found the
# signature and abbreviation shapes in tests/collect/test_redact_signoff_shapes.py); CI replays
# a fixed sequence, so a red CI is always the change's doing and can be re-run to the same end.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

POSTGRES_URL = os.environ.get("FEEDBACK_TEST_POSTGRES_URL")
NO_POSTGRES = "FEEDBACK_TEST_POSTGRES_URL is not set, so the PostgreSQL variant is skipped"
TODAY = pinned_today()
# Tests here read "today" (directly, or through pages, the demo calendar and period filters):
# `make test` runs them again on the days where calendars break (marker "clock").
DATE_SENSITIVE = (
    "tests/pages/",
    "tests/insights/",
    "tests/demo/",
    "tests/cli/",
    "tests/test_query_params.py",
)


@pytest.fixture(scope="session", autouse=True)
def _pinned_clock() -> Iterator[None]:
    """Every test runs on the pinned day (tests/clock.py), whatever the calendar says."""
    with travel_to_pinned_day():
        yield


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = str(config.rootpath)
    for item in items:
        where = str(item.path).removeprefix(root).lstrip("/")
        if where.startswith(DATE_SENSITIVE):
            item.add_marker(pytest.mark.clock)


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _postgres_engine(schema: str) -> Engine:
    assert POSTGRES_URL is not None
    return make_engine(POSTGRES_URL, connect_args={"options": f"-csearch_path={schema}"})


@contextmanager
def open_backend(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """An empty, un-migrated database: a new SQLite file, or a new PostgreSQL schema."""
    if backend == "sqlite":
        path = tmp_path_factory.mktemp("store") / "feedback.db"
        engine = make_engine(f"sqlite:///{path}")
        yield engine
        engine.dispose()
        return
    if not POSTGRES_URL:
        pytest.skip(NO_POSTGRES)
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = _postgres_engine(schema)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def fresh_engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """An empty, un-migrated database on every backend."""
    with open_backend(request.param, tmp_path_factory) as engine:
        yield engine


@pytest.fixture(params=BACKENDS)
def engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """A migrated, empty store on every backend (parametrised: sqlite, postgresql)."""
    with open_backend(request.param, tmp_path_factory) as engine:
        upgrade(engine)
        yield engine


@pytest.fixture
def people(engine: Engine) -> dict[str, int]:
    """Two teams and three agents; Anna Meier and Jonas Becker consent to be named."""
    with transaction(engine) as session:
        north = add_team(session, "Privatkunden Nord", actor="test").id
        tech = add_team(session, "Technik-Hotline", actor="test").id
        return {
            "team_north": north,
            "team_tech": tech,
            "anna": add_agent(
                session,
                handle="anna.meier",
                first_name="Anna",
                last_name="Meier",
                team_id=north,
                consent_named=True,
                actor="test",
            ).id,
            "jonas": add_agent(
                session,
                handle="jonas.becker",
                first_name="Jonas",
                last_name="Becker",
                team_id=tech,
                consent_named=True,
                actor="test",
            ).id,
            "aylin": add_agent(
                session,
                handle="aylin.kaya",
                first_name="Aylin",
                last_name="Kaya",
                team_id=north,
                consent_named=False,
                actor="test",
            ).id,
        }


def draft(text: str, agent_id: int | None, /, **changes: object) -> QuoteDraft:
    """A valid draft for ``agent_id`` with ``changes`` applied."""
    base = QuoteDraft(
        text=text,
        channel="email",
        said_on=TODAY - dt.timedelta(days=1),
        submitted_by="anna.meier",
        agent_id=agent_id,
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base
