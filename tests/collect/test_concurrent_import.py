"""An import running while ten people submit: nobody fails, every quote is stored.

Real processes against a real store (a SQLite file, or a PostgreSQL schema): the import is
``python -m feedback import`` on a generated CSV; each person is a process of
tests/collect/concurrent_submit.py, submitting one quote at a time through the pipeline.
They start submitting once the import has committed its first batch, and must all be done
while it is still running.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from feedback.store.models import Quote
from tests.collect.bulk_data import write_csv

ROOT = Path(__file__).resolve().parents[2]
ROWS, BATCH = 6_000, 500
PEOPLE, EACH = 10, 10


def _url(engine: Engine) -> str:
    """The engine's URL for another process, with the test schema's search path on PostgreSQL."""
    url = engine.url.render_as_string(hide_password=False)
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
        url += f"?options=-csearch_path%3D{schema}"
    return url


def _count(engine: Engine, *where: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count(Quote.id)).where(*where)).scalar_one())


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, "FEEDBACK_LANG": "en"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait(condition: Any, what: str, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def test_people_submit_while_an_import_runs_and_none_of_them_fails(engine, people, tmp_path):
    url = _url(engine)
    data = write_csv(tmp_path / "import.csv", ROWS, ("anna.meier", "jonas.becker"))
    go = tmp_path / "go"
    submitters = []
    for person in range(PEOPLE):
        ready, out = tmp_path / f"ready-{person}", tmp_path / f"out-{person}.json"
        seed = 2_000_000 + person * EACH  # far from the import's quote numbers
        args = [url, str(people["aylin"]), f"person-{person}", str(seed), str(EACH)]
        process = _start(
            "-m", "tests.collect.concurrent_submit", *args, str(ready), str(go), str(out)
        )
        submitters.append((process, ready, out))
    _wait(lambda: all(ready.exists() for _, ready, _ in submitters), "the submitters to start")

    importer = _start("-m", "feedback", "--lang", "en", "--db", url, "import", str(data))
    _wait(lambda: _count(engine) >= BATCH, "the import's first batch")
    go.touch()
    for process, _, _ in submitters:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    still_importing = importer.poll() is None
    out, err = importer.communicate(timeout=600)

    assert importer.returncode == 0, err
    assert out.splitlines()[-1] == f"{ROWS:,} new, 0 already present, 0 rejected."
    assert still_importing, "the import ended before the people finished: nothing overlapped"
    failures = [
        messages
        for _, _, result in submitters
        for stored, messages in json.loads(result.read_text(encoding="utf-8"))
        if not stored
    ]
    assert failures == []
    for person in range(PEOPLE):
        assert _count(engine, Quote.submitted_by == f"person-{person}") == EACH
    assert _count(engine) == ROWS + PEOPLE * EACH
