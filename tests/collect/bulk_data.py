"""Generated helpdesk CSVs for the bulk-import tests and bench/import_throughput.py.

Each row is a real sentence from the labelled set (tests/data/labelled_*.csv) with a tail of
four lowercase words that encodes the row number, so every row is a different quote (no
fingerprint repeats, which would count as "already present") and nothing in the tail looks
like personal data to redaction. Rows are written one at a time: a million rows never sit in
memory.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from sqlalchemy import Engine

from feedback.store.db import transaction
from feedback.store.directory import add_agent, add_team

ROOT = Path(__file__).resolve().parents[2]
HEADER = ("ticket_id", "created_at", "comment", "assignee", "via", "score")
# A day in the past of every pinned or real "today" the suite runs on.
SAID_ON = "2025-06-02"
_WORD_LIST = (
    "schnell freundlich geduldig kompetent hilfsbereit klar ruhig nett zuverlässig herzlich "
    "fair ehrlich pünktlich sorgfältig genau locker offen höflich flink souverän "
    "prima super toll stark klasse spitze lieb treu wach fix "
    "kind quick calm clear warm brisk smart sharp patient honest"
)
_WORDS = tuple(_WORD_LIST.split())
_BASE = len(_WORDS)  # 40: four words number 2,560,000 rows


@cache
def _sentences() -> tuple[str, ...]:
    out: list[str] = []
    for name in ("labelled_de.csv", "labelled_en.csv"):
        with (ROOT / "tests" / "data" / name).open(encoding="utf-8", newline="") as handle:
            out.extend(row["text"] for row in csv.DictReader(handle))
    return tuple(out)


def word_number(number: int) -> str:
    """``number`` (below 2,560,000) as four lowercase words that redaction leaves alone."""
    words = []
    for _ in range(4):
        number, digit = divmod(number, _BASE)
        words.append(_WORDS[digit])
    return " ".join(words)


def quote_text(number: int) -> str:
    """The text of row ``number`` (from 0): unique per number below 2,560,000."""
    sentences = _sentences()
    return f"{sentences[number % len(sentences)]} ({word_number(number)})"


def rows(count: int, agents: Sequence[str], *, start: int = 0) -> Iterator[tuple[str, ...]]:
    """``count`` data rows (``HEADER`` order), ticket ids ``t-<number>``, agents in turn."""
    for number in range(start, start + count):
        agent = agents[number % len(agents)]
        yield f"t-{number}", SAID_ON, quote_text(number), agent, "web", "5"


def write_csv(path: Path, count: int, agents: Sequence[str], *, start: int = 0) -> Path:
    """Write a ``;``-separated UTF-8 CSV of ``count`` rows to ``path``, streamed."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows(count, agents, start=start))
    return path


def add_people(engine: Engine, handles: Sequence[str], *, team: str, actor: str) -> None:
    """One team with an agent per handle ("anna.meier" -> Anna Meier), named with consent:
    the agents the generated rows name."""
    with transaction(engine) as session:
        team_id = add_team(session, team, actor=actor).id
        for handle in handles:
            first, last = handle.title().split(".")
            add_agent(
                session,
                handle=handle,
                first_name=first,
                last_name=last,
                team_id=team_id,
                consent_named=True,
                actor=actor,
            )
