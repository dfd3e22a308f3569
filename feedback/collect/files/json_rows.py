"""JSON and JSON Lines rows, streamed: one object is in memory at a time, not the file.

JSON is a list of objects, or an object holding that list under a known key (Zendesk's
``satisfaction_ratings``, ``ratings``, Google's ``reviews``, ``data``, OData's ``value``, ...
see :data:`LIST_KEYS`; HAL's ``_embedded`` holds it one level down), or objects one after
the other (JSON Lines pretty-printed, as ``jq '.[]'`` writes it): each a row when there are
two or more of them and none holds a list; ``line`` is the index in the list + 1. JSON Lines
has one object per line; ``line`` is the line number.
Nested objects are flattened to dotted names (Freshdesk's ``ratings.default_question``); a
Zendesk CSAT survey response's list of answers gains columns of its own
(:mod:`.survey_answers`), and so does a Typeform response's (:mod:`.typeform_answers`);
a LiveChat archived chat names its rated agent (:mod:`.livechat_archives`).
The columns are the keys of the first :data:`KEYS_FROM` objects together, in the order they
first appear: an exporter leaves out keys that are null, and Intercom's first conversation
may be unrated (``"conversation_rating": null``, no ``conversation_rating.rating``); such a
row simply has no rating.

Several pages of an API in one file are read as one list of rows, numbered on across the
pages: pages saved one after the other (``curl … >> ratings.json``), a list of pages, or a
page per line of JSON Lines. A page is an object holding a list of objects (or an empty
list) under a page key (:data:`PAGE_KEYS`); its other keys (``next_page``, ``meta``,
``links``, ``count``) are not rows.

JSON that breaks (a missing comma, a cut-off file) raises :class:`UnreadableFile`
``broken_json`` naming the element, when reading reaches it. A broken JSON Lines line is one
rejected row (``broken_json_line``); the lines after it are read as usual.
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator, Iterator
from itertools import chain, islice
from typing import Any, TextIO

from feedback.collect.files.livechat_archives import with_rated_agent
from feedback.collect.files.survey_answers import with_answers
from feedback.collect.files.table import Record, Table, UnreadableFile
from feedback.collect.files.typeform_answers import with_typeform_answers
from feedback.collect.validate import Problem

__all__ = [
    "EMBEDDED",
    "KEYS_FROM",
    "LIST_KEYS",
    "PAGE_KEYS",
    "flatten",
    "page_rows",
    "read_json",
    "read_jsonl",
]

LIST_KEYS = (
    "satisfaction_ratings",
    "tickets",
    "survey_responses",
    "conversations",
    "ratings",
    "reviews",
    # LiveChat's archives (Agent Chat API, list_archives).
    "chats",
    "data",
    "results",
    "items",
    # Other APIs' and tools' wrappers: Microsoft's OData ("value": Forms and Power Automate
    # exports), Airtable and others' "records", Qualtrics' "responses", "rows", "entries".
    "value",
    "records",
    "responses",
    "rows",
    "entries",
)
# HAL (Help Scout's API and others): the list one level down, {"_embedded": {"ratings": […]}}.
EMBEDDED = "_embedded"
# The list keys that name a page of an API's answer, not a field of a row: "ratings" is
# Freshdesk's field of a rating, "items" or "data" could be a row's.
PAGE_KEYS = (
    "satisfaction_ratings",
    "tickets",
    "survey_responses",
    "conversations",
    "reviews",
    "chats",
)
# Why 64 KiB per read, and 8 MiB for one element: a rating is well under a kilobyte; an
# element that grows past 8 MiB is a broken file (an unclosed string), not a rating.
# Why 100: a page of most helpdesk APIs, enough to meet a rated row among unrated ones, and
# nothing to hold in memory.
KEYS_FROM = 100
_CHUNK = 64 * 1024
_MAX_ELEMENT = 8 * 1024 * 1024
_SPACE = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()
# "\ud800" alone is valid JSON but no character: no UTF-8 text, database or hash holds it
# (an id or agent of "\ud800…" raised a traceback). Removed, as the pipeline removes it from
# a quote's text.
_SURROGATE = re.compile("[\ud800-\udfff]")


def flatten(value: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted names: ``{"a": {"b": 1}}`` -> ``{"a.b": 1}``."""
    flat: dict[str, Any] = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, dict):
            flat.update(flatten(item, f"{name}."))
        else:
            flat[name] = item
    return flat


def read_jsonl(text: TextIO) -> Table:
    """One object per line; blank lines are skipped but counted."""
    return _table("jsonl", _jsonl_records(text))


def read_json(text: TextIO) -> Table:
    """A list of objects, or an object with the list under one of :data:`LIST_KEYS`."""
    return _table("json", _json_records(_Scanner(text)))


def _table(kind: str, records: Iterator[Record]) -> Table:
    first: list[Record] = []
    broken: UnreadableFile | None = None
    try:
        first.extend(islice(records, KEYS_FROM))
    except UnreadableFile as exc:  # the rows before the break are read first, as always
        if not first:
            raise
        broken = exc
    if not first:
        raise UnreadableFile("empty_file")
    columns = dict.fromkeys(key for record in first for key in record.values)
    rest = _raising(broken) if broken is not None else records
    return Table(kind, tuple(columns), chain(first, rest))


def _raising(broken: UnreadableFile) -> Iterator[Record]:
    """No records: raises ``broken`` when reading reaches it, as the reader would have."""
    yield from ()
    raise broken


def _record(line: int, value: Any) -> Record:
    if isinstance(value, dict):
        return Record(line, flatten(_lifted(_whole(value))))
    return Record(line, {}, (Problem("row", "not_an_object", {"value": str(value)[:40]}),))


def _whole(value: Any) -> Any:
    """``value`` without lone surrogates in any of its texts or keys (see :data:`_SURROGATE`)."""
    if isinstance(value, str):
        return _SURROGATE.sub("", value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {_whole(key): _whole(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_whole(item) for item in value]
    return value


def _lifted(value: dict[str, Any]) -> dict[str, Any]:
    """``value`` with a vendor's lists lifted into columns (Zendesk's and Typeform's answers,
    LiveChat's users and events), any other object unchanged."""
    return with_rated_agent(with_typeform_answers(with_answers(value)))


def page_rows(value: Any) -> list[Any] | None:
    """The rows of ``value`` if it is a page of an API's answer (see :data:`PAGE_KEYS`)."""
    if not isinstance(value, dict):
        return None
    for key in PAGE_KEYS:
        rows = value.get(key)
        if isinstance(rows, list) and all(isinstance(row, dict) for row in rows):
            return rows
    return None


def _jsonl_records(text: TextIO) -> Iterator[Record]:
    paged = 0  # rows of pages so far: a page's rows are numbered on, not by the line
    for number, line in enumerate(text, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            # Where, not Python's English reason: the message is in the user's language.
            problem = Problem("row", "broken_json_line", {"column": exc.colno})
            yield Record(number, {}, (problem,))
            continue
        rows = page_rows(value)
        if rows is None:
            yield _record(number, value)
            continue
        for row in rows:
            paged += 1
            yield _record(paged, row)


def _json_records(scanner: _Scanner) -> Iterator[Record]:
    start = scanner.peek()
    if start not in ("[", "{"):
        raise UnreadableFile("not_json")
    # Objects without a list are rows when there are two or more: the first waits for a
    # second (one alone is an API's answer without its list: "count", "next_page").
    waiting: dict[str, Any] | None = None
    plain = 0
    while start:  # pages saved one after the other: each "[…]" or "{…}" in turn
        if start == "[":
            yield from _elements(scanner)
        elif start == "{":
            kept: dict[str, Any] = {}
            if not (yield from _object_with_list(scanner, kept)):
                plain += 1
                for value in [waiting, kept] if waiting is not None else [kept]:
                    if plain > 1:
                        scanner.elements += 1
                        yield _record(scanner.elements, value)
                waiting = kept if plain == 1 else None
        else:
            raise UnreadableFile("broken_json", element=scanner.elements + 1)
        start = scanner.peek()
    if plain == 1:
        raise UnreadableFile("json_without_list", keys=", ".join(LIST_KEYS))


def _object_with_list(scanner: _Scanner, kept: dict[str, Any]) -> Generator[Record, None, bool]:
    """The rows of the object that comes next (its list under one of :data:`LIST_KEYS`, or
    under them in :data:`EMBEDDED`); returns whether it had such a list. Its other keys'
    values go into ``kept``: an object without a list may be a row itself."""
    scanner.expect("{")
    found, keys = False, 0
    while scanner.peek() != "}":
        if keys:
            scanner.expect(",")
        key = scanner.value()
        scanner.expect(":")
        keys += 1
        if isinstance(key, str) and key in LIST_KEYS and not found and scanner.peek() == "[":
            found = True
            yield from _elements(scanner)
        elif key == EMBEDDED and not found and scanner.peek() == "{":
            found = yield from _object_with_list(scanner, {})
        else:
            # Pagination, counts, side-loaded users: not rows. A key that is no text is no
            # JSON (the scanner decodes it as any value).
            kept[str(key)] = scanner.value()
    scanner.expect("}")
    return found


def _elements(scanner: _Scanner) -> Iterator[Record]:
    scanner.expect("[")
    first = True
    while scanner.peek() != "]":
        if not first:
            scanner.expect(",")
        first = False
        value = scanner.value()
        rows = page_rows(value)
        for row in [value] if rows is None else rows:  # a list of pages: each page's rows
            scanner.elements += 1
            yield _record(scanner.elements, row)
    scanner.expect("]")


class _Scanner:
    """Reads JSON values one at a time from a text stream, holding one value's text."""

    def __init__(self, text: TextIO) -> None:
        self._text = text
        self._buffer = ""
        self._pos = 0
        self._eof = False
        self.elements = 0

    def _fill(self, at_least: int = _CHUNK) -> bool:
        chunk = "" if self._eof else self._text.read(max(at_least, _CHUNK))
        self._eof = not chunk
        self._buffer = self._buffer[self._pos :] + chunk
        self._pos = 0
        return bool(chunk)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self._pos = _SPACE.match(self._buffer, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buffer) or not self._fill():
                return self._buffer[self._pos : self._pos + 1]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise UnreadableFile("broken_json", element=self.elements + 1)
        self._pos += 1

    def value(self) -> Any:
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buffer, self._pos)
            except json.JSONDecodeError:
                value, end = None, -1
            # A value that reaches the end of the buffer may go on (a number cut in two).
            if end != -1 and (end < len(self._buffer) or self._eof):
                self._pos = end
                return value
            size = len(self._buffer) - self._pos
            if size > _MAX_ELEMENT or not self._fill(at_least=size):
                if end != -1:
                    self._pos = end
                    return value
                raise UnreadableFile("broken_json", element=self.elements + 1)
