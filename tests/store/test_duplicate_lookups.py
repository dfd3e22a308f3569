"""The duplicate checks of every import batch use the unique indexes, never a scan.

A scan costs one pass over the whole store per batch: an import gets slower with every batch
(this happened with a row-value ``(system, id) IN (…)``, which SQLite answers by scanning).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from feedback.store.db import make_engine
from feedback.store.migrate import upgrade
from feedback.store.quotes import fingerprint_owners, ids_by_external
from tests.store.plans import sqlite_plans


@pytest.fixture
def sqlite_store(tmp_path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'plans.db'}")
    upgrade(engine)
    return engine


def _plans(engine: Engine, lookup: Any) -> list[str]:
    """The query plan of every SELECT ``lookup`` runs."""

    def run() -> None:
        with Session(engine) as session:
            lookup(session)

    return sqlite_plans(engine, run)


@pytest.mark.parametrize(
    "lookup",
    [
        lambda s: ids_by_external(s, [("zendesk", f"zd-{n}") for n in range(3)] + [("x", "1")]),
        lambda s: fingerprint_owners(s, ["a" * 64, "b" * 64]),
    ],
    ids=["external", "fingerprint"],
)
def test_duplicate_lookups_search_the_unique_index(sqlite_store, lookup):
    plans = _plans(sqlite_store, lookup)

    assert plans
    for plan in plans:
        assert "SEARCH quotes USING" in plan, plan
        assert "INDEX" in plan, plan
        assert "SCAN quotes" not in plan, plan
