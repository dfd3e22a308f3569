"""Shared by the file-reading tests: the fixtures folder, a resolver, and reading a fixture."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from feedback.collect.files import ParsedFile, Polarity, Resolver, Row, parse_file
from feedback.domain import QuoteDraft

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "imports"
TODAY = dt.date(2026, 11, 23)  # the day "today" stands for where a row has no date
ANNA, JONAS = 1, 2
TEAM_NORTH = 10
# A source system the import names (the command line's --system): a bare "id" column is then
# the rating's id, as these tests use it to tell rows apart (formats.toml, "number").
NAMED = "zammad"
# Our agents by handle and name; helpdesk ids that a lead mapped (others stay unknown).
RESOLVER = Resolver(
    handles={"anna.meier": ANNA, "anna meier": ANNA, "jonas.becker": JONAS, "jonas becker": JONAS},
    teams={"privatkunden nord": TEAM_NORTH},
    refs={
        ("zendesk", "agent", "3001"): ANNA,
        ("zendesk", "group", "4001"): TEAM_NORTH,
        ("freshdesk", "agent", "61"): ANNA,
        ("intercom", "agent", "814"): JONAS,
        ("helpscout", "agent", "501"): ANNA,
        ("helpscout", "group", "85"): TEAM_NORTH,
    },
)


@dataclass
class Read:
    """A fixture read to the end: the opened file and every row."""

    parsed: ParsedFile
    rows: list[Row]

    @property
    def drafts(self) -> dict[int, QuoteDraft]:
        return {row.line: row.draft for row in self.rows if row.draft is not None}

    @property
    def problems(self) -> dict[int, list[str]]:
        return {row.line: [p.code for p in row.problems] for row in self.rows if row.problems}


def read_bytes(data: bytes, name: str = "", system: str = "helpdesk") -> Read:
    parsed = parse_file(io.BytesIO(data), RESOLVER, name=name, system=system, today=TODAY)
    return Read(parsed, list(parsed.rows))


def read_fixture(name: str, system: str = "helpdesk") -> Read:
    return read_bytes((FIXTURES / name).read_bytes(), name, system)


def ratings_of(read: Read) -> dict[int, tuple[str, float, int, Polarity]]:
    """Each rated row's line: its rating as written, its value, scale and polarity."""
    return {
        row.line: (row.rating.raw, row.rating.value, row.rating.scale, row.rating.polarity)
        for row in read.rows
        if row.rating is not None
    }
