"""One person submitting quotes one at a time, as a process of its own (the concurrency test).

    python -m tests.collect.concurrent_submit URL AGENT_ID NAME SEED COUNT READY GO OUT

Builds its engine, touches READY, waits until GO exists, then submits COUNT different quotes
(numbered from SEED) praising agent AGENT_ID, as NAME, through the pipeline (``submit_quote``:
one transaction each) and writes a JSON list of ``[stored, messages]`` per quote to OUT.
The analysis is a small fixed one (``_FixedAnalyzer``): this process is about writing while
an import writes, and loading the real analyser's dictionaries in ten processes at once would
take most of a minute.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from feedback.analyze.types import Analysis, Sentiment, Term
from feedback.collect.pipeline import submit_quote
from feedback.domain import QuoteDraft
from feedback.store.db import make_engine
from tests.collect.bulk_data import word_number

_WAIT_FOR_GO_SECONDS = 300


class _FixedAnalyzer:
    """The same small analysis for every text, with terms, so every write has term rows."""

    def analyze(self, text: str) -> Analysis:
        terms = (Term("danke", "Danke", "word", 1), Term("hilfe", "Hilfe", "word", 1))
        return Analysis("de", Sentiment(0.5, "positive"), terms=terms, version="fixed")


def main(  # one argument per command-line word
    url: str, agent_id: int, name: str, seed: int, count: int, ready: Path, go: Path, out: Path
) -> None:
    engine = make_engine(url)
    analyzer = _FixedAnalyzer()
    ready.touch()
    deadline = time.monotonic() + _WAIT_FOR_GO_SECONDS
    while not go.exists():
        if time.monotonic() > deadline:
            raise SystemExit("no go signal")
        time.sleep(0.01)
    results = []
    for number in range(count):
        draft = QuoteDraft(
            text=f"Vielen Dank für die Hilfe ({word_number(seed + number)})",
            channel="chat",
            said_on=dt.date(2025, 6, 2),
            submitted_by=name,
            agent_id=agent_id,
        )
        result = submit_quote(engine, draft, analyzer)
        results.append([result.stored, result.prepared.messages("en")])
    out.write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    url, agent, name, seed, count, ready, go, out = sys.argv[1:9]
    main(url, int(agent), name, int(seed), int(count), Path(ready), Path(go), Path(out))
