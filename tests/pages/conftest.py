"""Page tests: AppTest against a real SQLite store seeded through the submission pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from sqlalchemy import Engine
from streamlit.testing.v1 import AppTest

from feedback.config import DATABASE_URL_ENV
from feedback.demo import generate_demo
from feedback.demo.seed import seed_demo
from feedback.store.open import open_store
from feedback.ui.auth import USER_KEY
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = str(ROOT / "dashboard.py")
# Why 60 s: the first run of a page builds the analyser and imports plotly/wordcloud.
RUN_TIMEOUT = 60
DEMO_QUOTES = 400


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the demo teams and agents and a few hundred quotes, built once."""
    path = tmp_path_factory.mktemp("pages") / "demo.db"
    engine = open_store(f"sqlite:///{path}")
    seed_demo(engine, generate_demo(n_quotes=DEMO_QUOTES, end=TODAY))
    engine.dispose()
    return path


@pytest.fixture
def store_url(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private copy of the demo store, configured for the app; caches start empty."""
    copy = tmp_path / "store.db"
    copy.write_bytes(demo_db.read_bytes())
    url = f"sqlite:///{copy}"
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield url
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def store(store_url: str) -> Iterator[Engine]:
    engine = open_store(store_url)
    yield engine
    engine.dispose()


def signed_in_app(role: str | None = "admin") -> AppTest:
    """The dashboard as the demo account of ``role`` (None: nobody signed in)."""
    at = AppTest.from_file(DASHBOARD, default_timeout=RUN_TIMEOUT)
    if role is not None:
        at.session_state[USER_KEY] = f"demo.{role}"
    return at


def open_page(path: str, lang: str = "de", role: str = "admin", **params: str) -> AppTest:
    """Run ``dashboard.py`` signed in as ``role`` and switch to the page at ``path``; ``params``
    go into the address too (filters, as a shared link carries them)."""
    at = signed_in_app(role)
    at.query_params.update(lang=lang, **params)
    at.run()
    at.switch_page(path)
    at.run()
    return at


@pytest.fixture
def empty_store_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A brand-new store as a new customer has it: migrated, one admin and one agent account
    (``demo.admin``, ``demo.agent``, linked to no agent), no teams, no agents, no quotes."""
    from feedback.auth.roles import Role
    from feedback.store.db import transaction
    from feedback.store.users import NewUser, add_user

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    engine = open_store(url)
    with transaction(engine) as session:
        for username, role in (("demo.admin", Role.ADMIN), ("demo.agent", Role.AGENT)):
            add_user(session, NewUser(username=username, role=role), actor="test")
    engine.dispose()
    monkeypatch.setenv(DATABASE_URL_ENV, url)
    st.cache_data.clear()
    st.cache_resource.clear()
    yield url
    st.cache_data.clear()
    st.cache_resource.clear()
