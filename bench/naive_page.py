"""Helpers of ``bench/page_load.py``: the naive page, a server's memory, a store at a URL.

The naive page is the floor to beat from above: a Streamlit script that reads every quote of
the store into a DataFrame (``pd.read_sql``, no cache) on every run and draws one plotly chart
of quotes per month. It reads the same ``FEEDBACK_DATABASE_URL`` as the app.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

NAIVE_SCRIPT = """\
import os

import pandas as pd
import plotly.express as px
import streamlit as st
from sqlalchemy import create_engine

st.title("Love Wall")
engine = create_engine(os.environ["FEEDBACK_DATABASE_URL"])
try:
    quotes = pd.read_sql("SELECT * FROM quotes", engine)
finally:
    engine.dispose()
months = pd.to_datetime(quotes["said_on"]).dt.to_period("M").astype(str)
counts = months.value_counts().sort_index()
st.caption(f"{len(quotes):,} quotes")
st.plotly_chart(px.bar(x=counts.index, y=counts.values, labels={"x": "month", "y": "quotes"}))
"""


def naive_script(folder: Path) -> Path:
    """The naive page's script, written to ``folder``."""
    script = folder / "naive.py"
    script.write_text(NAIVE_SCRIPT)
    return script


@dataclass(frozen=True, slots=True)
class Memory:
    """Resident memory of a process and its descendants (its session), in MB."""

    rss_mb: float  # now (VmRSS)
    peak_mb: float  # the highest each process reached (VmHWM), summed


def session_processes(pid: int) -> Iterator[tuple[Path, list[str]]]:
    """Each process in the session led by ``pid``: its ``/proc`` folder and the fields of its
    ``stat`` after the command (state, ppid, pgrp, session, ...; utime and stime at 11, 12).

    The bench starts each server in a session of its own (``start_new_session``), so the
    session holds the server and any child it started. Linux only.
    """
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) == pid:
                yield stat.parent, fields
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile


def session_memory(pid: int) -> Memory:
    """:class:`Memory` of every process in the session led by ``pid``."""
    rss = peak = 0
    for folder, _ in session_processes(pid):
        try:
            status = (folder / "status").read_text()
        except OSError:
            continue  # gone meanwhile
        values = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        rss += int(values.get("VmRSS", "0 kB").split()[0])
        peak += int(values.get("VmHWM", "0 kB").split()[0])
    return Memory(rss / 1024, peak / 1024)


def count_quotes(url: str) -> int:
    """Quotes in the store at ``url``; 0 when it has no ``quotes`` table yet."""
    engine = create_engine(url)
    try:
        if not inspect(engine).has_table("quotes"):
            return 0
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT COUNT(*) FROM quotes")).scalar_one())
    finally:
        engine.dispose()


def seed_url(url: str, n_quotes: int) -> float:
    """Migrate the store at ``url`` and seed ``n_quotes`` demo quotes; seconds taken."""
    from feedback.demo import generate_demo
    from feedback.demo.seed import seed_demo
    from feedback.store.open import open_store

    started = time.perf_counter()
    engine = open_store(url)
    try:
        today = dt.date.today()
        seed_demo(engine, generate_demo(n_quotes=n_quotes, end=today), today=today)
    finally:
        engine.dispose()
    return time.perf_counter() - started
