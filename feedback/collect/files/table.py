"""What every reader hands on: the file's columns and its records, one at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from feedback.collect.validate import Problem

__all__ = ["Record", "Table", "UnreadableFile", "unique_columns"]


@dataclass(frozen=True, slots=True)
class Record:
    """One data row. ``line``: the CSV line where the record starts (the header is line 1),
    the XLSX row number, the JSON array index + 1 or the JSON Lines line.

    ``values`` maps column names (JSON: dotted paths, ``ratings.default_question``) to what
    the file holds: text from CSV; numbers, dates and text from XLSX and JSON. A record with
    ``problems`` cannot be read completely and is rejected with them.
    """

    line: int
    values: dict[str, Any]
    problems: tuple[Problem, ...] = ()


@dataclass(slots=True)
class Table:
    """A file opened for reading: ``kind`` is csv, xlsx, json or jsonl; ``columns`` come from
    the header (JSON: the keys of the first objects); ``records`` streams the rows once.
    ``details`` holds what the reader found out (the delimiter, the sheet read); ``repeated``
    the column names the header has more than once (see :func:`unique_columns`)."""

    kind: str
    columns: tuple[str, ...]
    records: Iterator[Record]
    details: dict[str, str] = field(default_factory=dict)
    repeated: tuple[str, ...] = ()


def unique_columns(
    header: list[str], normal: Callable[[str], str]
) -> tuple[list[str], tuple[str, ...]]:
    """``header`` with every repeated name (compared as ``normal`` makes it: "Kommentar" and
    "KOMMENTAR " are one) given " (2)", " (3)", ...: no value overwrites another's. Also the
    repeated names, as the file first writes them."""
    seen: dict[str, int] = {}
    first: dict[str, str] = {}
    unique: list[str] = []
    for name in header:
        key = normal(name)
        if not key:
            unique.append(name)  # an unnamed column (values under it are read, never matched)
            continue
        seen[key] = seen.get(key, 0) + 1
        first.setdefault(key, name.strip())
        unique.append(name if seen[key] == 1 else f"{name.strip()} ({seen[key]})")
    return unique, tuple(first[key] for key, count in seen.items() if count > 1)


class UnreadableFile(ValueError):
    """The file as a whole cannot be read (a truncated XLSX, JSON that is not JSON).

    ``problem`` says why under ``validation.*``; :meth:`message` in the user's language.
    """

    def __init__(self, code: str, **params: Any) -> None:
        self.problem = Problem("file", code, params)
        super().__init__(f"{code} {params}")

    def message(self, lang: str | None) -> str:
        return self.problem.message(lang)
