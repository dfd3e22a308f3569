"""CSV rows, streamed, with standard quoting and a problem for every row that is not right.

* The header is the first record, or, where a report puts title lines above it, the first of
  the next :data:`TITLE_ROWS` whose columns a known format reads.
* The delimiter (``,`` ``;`` tab ``|``) is the one that most of the first lines use equally
  often (outside quotes), so a report's title line with a comma above a ``;`` header does
  not decide it; an Excel ``sep=;`` first line names it outright. Nothing
  else is guessed: quoting is always the standard one (``"`` quotes, ``""`` inside quotes is
  one ``"``), wherever in the file the first doubled quote appears. Python's sniffer guessed
  quoting from the first 4 KB and cut texts short.
* A header that writes a space after each delimiter before a quoted name (``"Comment",
  "Rating"``) has its rows read so too: the space before a quote is skipped.
* Quoted fields may hold line breaks; line ends may be ``\\n``, ``\\r\\n`` or ``\\r``, mixed.
  A row that ends in delimiters (Excel's empty columns at the end, OTRS's ";" after every
  value) is whole with them, whether or not a quoted field in it runs over several lines.
* A second header line under the first (SurveyMonkey's answer options: "Response",
  "Open-Ended Response") is part of the header, not a response.
* Blank lines (and rows of only empty values) are skipped but counted: ``line`` is always
  the physical line where a record starts, the first line being line 1.
* Too few values: ``missing_columns`` (but a report's summary or footer line, "Gesamt;4,5" or
  "Reporting period …", is a summary row). Too many: ``extra_columns`` naming the extra values
  (empty ones at the end, from a trailing delimiter, are harmless and ignored).
* A broken quote (an opening ``"`` that never closes, or text after a closing one) is
  reported at its line, and reading resumes on the next line: a quoted field that runs over
  several lines and does not give a complete row is taken for a broken quote too, so it
  never swallows the rows after it.
* A value longer than the csv module's field limit is one rejected row (``value_too_long``),
  also when it is quoted and runs over many lines: the rest of the record is skipped to its
  closing quote (within :data:`_LONG_RECORD_CHARS`), and reading resumes after it. A record
  that does not close there, or does not give the header's number of values, is a broken
  quote as above.
"""

from __future__ import annotations

import csv
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TextIO

from feedback.collect.files.formats import (
    HEADER_ROWS_UNDER,
    TITLE_ROWS,
    header_position,
    normal_name,
    recognise,
    second_header,
)
from feedback.collect.files.table import Record, Table, UnreadableFile, unique_columns
from feedback.collect.files.totals import summary_row
from feedback.collect.validate import Problem

__all__ = ["DELIMITERS", "read_csv"]

DELIMITERS = (",", ";", "\t", "|")
# Why 120 characters: enough to recognise the extra values in the report, short enough to
# keep a report of a badly shifted file readable.
_SHOWN_EXTRA_CHARS = 120
# Why 32 MiB: a single comment, however long, is far below it (a 5 MB text pasted into a
# ticket is the largest seen); a quote that opens and never closes stops being followed here,
# so the lines held to be read again stay bounded.
_LONG_RECORD_CHARS = 32 * 1024 * 1024
# Why twice TITLE_ROWS: room for a report's title lines and then as many header and data lines.
_DELIMITER_LINES = 2 * TITLE_ROWS


class _Lines:
    """Physical lines with their numbers; lines of a misread record can be read again."""

    def __init__(self, text: Iterable[str]) -> None:
        self._source = iter(text)
        self._again: deque[tuple[int, str]] = deque()
        self._next_number = 1
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self._again:
            item = self._again.popleft()
        else:
            line = next(self._source)
            if self._next_number == 1:  # a second byte-order mark: a file saved again as text
                line = line.lstrip("\ufeff")
            item = (self._next_number, line)
            self._next_number += 1
        self.taken.append(item)
        return item[1]

    def read_again(self, items: list[tuple[int, str]]) -> None:
        self._again.extendleft(reversed(items))


def read_csv(text: TextIO) -> Table:
    """Open ``text`` (decoded, opened with ``newline=""``) as a CSV table with a header.

    Raises :class:`UnreadableFile` when there is no header or its quoting is broken.
    """
    lines = _Lines(text)
    delimiter = _delimiter(lines)
    reader = _reader(lines, delimiter, spaced=False)
    first = _next_record(lines, reader)
    if first is None:
        raise UnreadableFile("empty_file")
    if first.values is not None and _spaced_quotes(first.values):
        lines.read_again(first.taken)  # read again, the spaces before the quotes skipped
        reader = _reader(lines, delimiter, spaced=True)
        first = _next_record(lines, reader)
    if first is None or first.values is None:
        raise UnreadableFile("broken_header", line=first.start if first else 1)
    first = _header(lines, reader, first)
    header = list(first.values or ())
    while header and not header[-1].strip():
        header.pop()  # a trailing delimiter
    header, repeated = unique_columns(header, normal_name)
    records = _rows(lines, reader, header, delimiter)
    return Table("csv", tuple(header), records, {"delimiter": delimiter}, repeated)


def _reader(lines: _Lines, delimiter: str, *, spaced: bool) -> Iterator[list[str]]:
    return csv.reader(
        lines,
        delimiter=delimiter,
        quotechar='"',
        doublequote=True,
        strict=True,
        skipinitialspace=spaced,
    )


def _spaced_quotes(header: list[str]) -> bool:
    """Whether the header writes a space between a delimiter and a quoted name
    (``"Comment", "Rating"``: some report tools and hand-made files): the csv module read
    ``' "Rating"'`` as the name, and a quoted value with a comma in it as two."""
    return any(len(n) > 2 and n[0] == " " and n.lstrip().startswith('"') for n in header[1:])


def _header(lines: _Lines, reader: Iterator[list[str]], first: _Read) -> _Read:
    """The header record: ``first``, unless it is a report's title and a known format's
    columns follow within :data:`TITLE_ROWS` records (the lines before them are no data).
    Records looked at and not taken are read again."""
    looked = [first]
    while not _known(looked[-1]) and len(looked) <= TITLE_ROWS:
        read = _next_record(lines, reader)
        if read is None:
            break
        looked.append(read)
    chosen = header_position([r.values or [] for r in looked])
    lines.read_again([item for read in looked[chosen + 1 :] for item in read.taken])
    return looked[chosen]


def _known(read: _Read) -> bool:
    return read.values is not None and recognise(read.values) is not None


def _delimiter(lines: _Lines) -> str:
    """The delimiter of the first :data:`_DELIMITER_LINES` lines that are not blank (see
    :func:`_most_consistent`), or the one an Excel ``sep=;`` first line names. The lines read
    stay to be read again."""
    seen: list[tuple[int, str]] = []
    sample: list[str] = []
    for line in lines:
        seen.append(lines.taken[-1])
        text = line.rstrip("\r\n")
        if not text.strip():
            continue
        if not sample and text.lower().startswith("sep=") and len(text) == 5:
            lines.taken.clear()
            return text[4]  # Excel's hint line; it is not the header, so it stays read
        sample.append(text)
        if len(sample) >= _DELIMITER_LINES:
            break
    lines.taken.clear()
    lines.read_again(seen)
    return _most_consistent(sample)


def _most_consistent(sample: list[str]) -> str:
    """The delimiter that the most lines of ``sample`` use equally often (outside quotes):
    the header and the data rows agree, a report's title lines above them do not ("Bericht
    November, Team Nord" above a ``;`` header). Ties go to the more frequent use, then to the
    earlier of :data:`DELIMITERS`; "," when no line has any."""
    best, best_use = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = Counter(n for text in sample if (n := _count_outside_quotes(text, delimiter)))
        if not counts:
            continue
        per_line, rows = max(counts.items(), key=lambda item: (item[1], item[0]))
        if (rows, per_line) > best_use:
            best, best_use = delimiter, (rows, per_line)
    return best


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


@dataclass(slots=True)
class _Read:
    start: int
    values: list[str] | None  # None: the csv module refused the record
    taken: list[tuple[int, str]]
    error: str = ""


def _next_record(lines: _Lines, reader: Iterator[list[str]]) -> _Read | None:
    """The next record that is not blank, or None at the end."""
    while True:
        lines.taken = []
        try:
            values: list[str] | None = next(reader)
            error = ""
        except StopIteration:
            return None
        except csv.Error as exc:
            values, error = None, str(exc) or "csv"
        taken = lines.taken
        if not taken:
            return None
        if values is None or "".join(values).strip():
            return _Read(taken[0][0], values, taken, error)


def _rows(
    lines: _Lines, reader: Iterator[list[str]], header: list[str], delimiter: str
) -> Iterator[Record]:
    width = len(header)
    under = 0  # header lines skipped; a survey tool's follow the header directly
    while (read := _next_record(lines, reader)) is not None:
        if (
            0 <= under < HEADER_ROWS_UNDER
            and read.values
            and second_header(header, read.values, first=under == 0)
        ):
            under += 1
            continue  # a survey tool's further header line: answer options, question texts
        under = -1
        too_long = read.values is None and "field limit" in read.error
        if too_long and _skip_long(read, lines, width, delimiter):
            limit = csv.field_size_limit()
            yield Record(read.start, {}, (Problem("row", "value_too_long", {"limit": limit}),))
        elif read.values is None or (len(read.taken) > 1 and _width(read.values, width) != width):
            lines.read_again(read.taken[1:])
            yield Record(read.start, {}, (Problem("row", "broken_quote", {"line": read.start}),))
        else:
            yield _with_header(read.start, read.values, header)


def _skip_long(read: _Read, lines: _Lines, width: int, delimiter: str) -> bool:
    """After the csv module refused ``read`` for a value over its field limit: add the rest of
    the record to ``read.taken`` (the lines up to where its quotes close) and say whether it
    is one whole row of ``width`` values."""
    record = _Values(delimiter)
    for _, line in read.taken:
        record.add(line)
    while record.quoted and record.chars <= _LONG_RECORD_CHARS:
        more = next(lines, None)  # taken into lines.taken, the list read.taken is
        if more is None:
            break
        record.add(more)
    return not record.quoted and record.values(read.taken[-1][1]) == width


def _width(values: list[str], width: int) -> int:
    """How many values a record has, empty ones past the header's ``width`` not counted: a
    trailing delimiter (Excel's empty columns, OTRS's ";" after every value) adds them to a
    row that is whole, also when a quoted value in it runs over several lines."""
    count = len(values)
    while count > width and not values[count - 1].strip():
        count -= 1
    return count


class _Values:
    """Counts the values of one record line by line, quotes carried from line to line."""

    def __init__(self, delimiter: str) -> None:
        self._delimiter = delimiter
        self._delimiters = 0
        self.quoted = False
        self.chars = 0

    def add(self, line: str) -> None:
        self.chars += len(line)
        for index, part in enumerate(line.split('"')):
            if index:
                self.quoted = not self.quoted
            if not self.quoted:
                self._delimiters += part.count(self._delimiter)

    def values(self, last_line: str) -> int:
        """Values in the record; a delimiter ending its last line adds none (as in a row)."""
        trailing = last_line.rstrip("\r\n").endswith(self._delimiter)
        return self._delimiters + 1 - trailing


def _with_header(line: int, values: list[str], header: list[str]) -> Record:
    width = len(header)
    if len(values) < width and summary_row(values, ""):
        # A report's footer in a line of its own ("Reporting period …"): a summary row.
        values = values + [""] * (width - len(values))
    if len(values) < width:
        problem = Problem("row", "missing_columns", {"expected": width, "found": len(values)})
        return Record(line, {}, (problem,))
    extra = values[width:]
    while extra and not extra[-1].strip():
        extra.pop()
    if extra:
        shown = " | ".join(extra)
        if len(shown) > _SHOWN_EXTRA_CHARS:
            shown = shown[:_SHOWN_EXTRA_CHARS] + "…"
        problem = Problem("row", "extra_columns", {"count": len(extra), "values": shown})
        return Record(line, {}, (problem,))
    return Record(line, dict(zip(header, values, strict=False)))
