"""A seeded PostgreSQL store in a schema of its own, named by a URL that servers and the CLI
can be given (the schema rides in the URL's ``options``). Shared by the browser tests and
``bench/freshness.py``; it does not import pytest."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text

from feedback.demo import generate_demo
from feedback.demo.seed import seed_demo
from feedback.store.open import open_store


@contextmanager
def postgres_store(server_url: str, quotes: int) -> Iterator[str]:
    """The URL of a migrated store with ``quotes`` demo quotes; the schema goes afterwards."""
    schema = f"lw_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{server_url}?options=-csearch_path%3D{schema}"
    try:
        engine = open_store(url)
        try:
            seed_demo(engine, generate_demo(n_quotes=quotes, end=dt.date.today()))
        finally:
            engine.dispose()
        yield url
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
