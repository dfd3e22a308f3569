"""Which way round one file writes its dates with slashes: "05/11/2026" is the 5th of November
in a British or German file and the 11th of May in an American one.

A date alone cannot say; the file's other rows can. "23/11/2026" puts the day first, and
"11/23/2026" or a 12-hour time ("11/05/2026 2:05 PM") the month. :func:`settled` streams a
file's records in order and learns the order from every date it passes. A record whose date
could be either way, met before any row has said which, is held back with the records after
it (at most :data:`HOLD` of them, so a file of a million rows still streams) until one does;
then all are handed on, and the drafts made of them read the date that way. Where nothing in
the file says (every day of it 12 or lower), such a date stays unread and its row is rejected
with a reason that says why, as before. Where the file says both (rows written by two
systems), the first row that said it decides; a row whose own numbers say otherwise is read
that way still.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from feedback.collect.files.table import Record
from feedback.collect.files.values import slashed_order

__all__ = ["HOLD", "DateOrder", "settled"]

# Why 20,000: a month of a large centre's ratings exported day by day from the 1st reaches
# the 13th within the first 40 % of its rows; 20,000 records of a helpdesk export are about
# 40 MB held. A later ambiguous date starts holding again.
HOLD = 20_000


class DateOrder:
    """What one file's rows have said so far: ``day_first`` is True, False or None (nothing
    yet)."""

    __slots__ = ("day_first",)

    def __init__(self) -> None:
        self.day_first: bool | None = None

    def learn(self, value: object) -> bool:
        """Take what ``value`` (a date cell) says; whether it could be either way and the file
        has not said which yet."""
        order = slashed_order(value)
        if self.day_first is None and order in ("day_first", "month_first"):
            self.day_first = order == "day_first"
        return order == "either" and self.day_first is None


def settled(
    records: Iterator[Record], date_of: Callable[[Record], object], order: DateOrder
) -> Iterator[Record]:
    """``records`` in file order, each handed on once ``order`` knows how to read its date
    (or at most :data:`HOLD` records later; see the module docstring). ``date_of`` gives a
    record's date cell."""
    held: list[Record] = []
    for record in records:
        waits = order.learn(date_of(record))
        if not held and not waits:
            yield record
            continue
        held.append(record)
        if order.day_first is not None or len(held) >= HOLD:
            yield from held
            held.clear()
    yield from held
