"""The one caching module (feedback.ui.resources): every cache is keyed by the data versions
of the scopes it reads, so a write from any process makes only that scope's entries miss."""

from __future__ import annotations

import ast
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from sqlalchemy import Engine, text

from feedback.collect.pipeline import submit_many
from feedback.config import DATABASE_URL_ENV
from feedback.store.db import transaction
from feedback.store.directory import add_team
from feedback.store.filters import QuoteFilter
from feedback.store.open import open_store
from feedback.ui import resources
from tests.conftest import TODAY, draft

ROOT = Path(__file__).resolve().parents[1]
CACHE_ONLY_IN = "feedback/ui/resources.py"
CALLS: list[str] = []


@resources.cached("quotes")
def _quote_probe(key: str) -> int:
    """A view of the quotes scope that counts its computations."""
    CALLS.append(key)
    return len(CALLS)


def _cache_calls(path: Path) -> list[str]:
    """Where ``path`` names st.cache_data or st.cache_resource."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in {"cache_data", "cache_resource"}
    ]


def test_only_the_resources_module_caches():
    sources = [ROOT / "dashboard.py", *(ROOT / "pages").glob("*.py")]
    sources += (ROOT / "feedback").rglob("*.py")
    found = [
        c
        for p in sources
        if p.relative_to(ROOT).as_posix() != CACHE_ONLY_IN
        for c in _cache_calls(p)
    ]
    assert found == []


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """A migrated SQLite store the app's resources use; every cache starts empty."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    st.cache_data.clear()
    st.cache_resource.clear()
    CALLS.clear()
    engine = open_store(url)
    yield engine
    engine.dispose()
    st.cache_data.clear()
    st.cache_resource.clear()


def _write(engine: Engine, sql: str) -> None:
    """A write by another process: no after_write, only the database's counters move."""
    with engine.begin() as conn:
        conn.execute(text(sql))


def _add_quote(engine: Engine, words: str) -> None:
    """A quote for a new team through the submission pipeline, stored pending."""
    with transaction(engine) as session:
        team_id = add_team(session, f"Team {len(words)}", actor="test").id
    (result,) = submit_many(engine, [draft(words, None, team_id=team_id)], today=TODAY)
    assert result.stored


def _versions_expire() -> None:
    time.sleep(resources._VERSIONS_MAX_AGE_S + 0.05)


def test_a_hit_until_the_quotes_scope_changes_in_another_process(store):
    assert _quote_probe("a") == 1
    assert _quote_probe("a") == 1  # a hit
    _write(store, "INSERT INTO settings (key, value, updated_at) VALUES ('x', '1', '2026-01-01')")
    _versions_expire()
    assert _quote_probe("a") == 1, "a settings write keeps the quote caches"
    _write(store, "INSERT INTO teams (name, created_at) VALUES ('Neu', '2026-01-01')")
    _versions_expire()
    assert _quote_probe("a") == 1, "so does a people write, for a view of quotes alone"
    _write(store, "UPDATE quotes SET rating = 5")  # no rows: SQLite's row triggers stay quiet
    _versions_expire()
    assert _quote_probe("a") == 1
    _add_quote(store, "Danke, sehr freundlich und schnell!")
    _versions_expire()
    assert _quote_probe("a") == 2, "a new quote makes the quotes scope miss"
    assert CALLS == ["a", "a"]


def test_the_writing_session_sees_its_write_at_once(store):
    flt = QuoteFilter(statuses=("pending",))
    assert resources.count(flt) == 0
    _add_quote(store, "Vielen Dank für die Geduld am Telefon!")
    assert resources.count(flt) == 0, "within a second the old versions are still in use"
    resources.after_write()
    assert resources.count(flt) == 1
