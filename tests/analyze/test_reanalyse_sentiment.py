"""``python -m feedback reanalyse`` brings quotes stored by the old analyser to the new one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, update

from feedback.analyze.pipeline import ANALYSER_VERSION
from feedback.collect.pipeline import submit_quote
from feedback.store.db import transaction
from feedback.store.models import Quote
from tests.conftest import TODAY, draft

ROOT = Path(__file__).resolve().parents[2]
HARTMANN = "Eigentlich bin ich stinksauer auf Ihre Firma. Aber Frau Hartmann war die Rettung!"
OLD_VERSION = "2026.11.2+rules-c46966a0.te408b0fa"  # what the rules-only analyser stored


def test_reanalyse_command_updates_quotes_of_the_old_analyser(engine, people):
    if engine.dialect.name != "sqlite":
        pytest.skip("the command runs in its own process against the SQLite file")
    submit_quote(engine, draft(HARTMANN, people["anna"]), today=TODAY)
    submit_quote(engine, draft("Vielen Dank, Frau Kaya war super!", people["anna"]), today=TODAY)
    with transaction(engine) as session:
        session.execute(
            update(Quote).values(
                analyser_version=OLD_VERSION, sentiment_label="positive", sentiment_compound=0.6
            )
        )
    env = {**os.environ, "FEEDBACK_DATABASE_URL": str(engine.url), "FEEDBACK_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-m", "feedback", "--lang", "en", "reanalyse"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with engine.connect() as conn:
        rows = dict(conn.execute(select(Quote.text, Quote.sentiment_label)).all())
        versions = set(conn.execute(select(Quote.analyser_version)).scalars())
    (mixed,) = [text for text in rows if "stinksauer" in text]  # the name may be redacted
    assert rows[mixed] == "mixed"
    assert len(versions) == 1
    (version,) = versions
    assert version.startswith(ANALYSER_VERSION + "+")
    assert "+lm-" in version  # the model took part
    assert f"Re-analysed 2 quotes with analyser {version}." in result.stdout
