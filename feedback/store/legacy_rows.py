"""Imported quotes stored without an id by versions before content ids (a survey's answer, a
review): found by their words, and given the id a re-import makes for their row.

Those versions knew such a row by its words alone: the first answer "Sehr zufrieden, danke!"
for an agent was stored, every later one with those words was "already present", and its
rating lost. Imported again now, each row has an id of its own
(:func:`feedback.collect.fingerprint.content_id`); the stored quote is the first row whose
words, recipient, day, rating and system it has, and adopts that row's id (:func:`adopt`), so
the rows lost then are imported, and nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from feedback.domain import Source
from feedback.store.models import Quote

__all__ = ["LegacyRow", "adopt", "legacy_rows"]

# Why 500: stays below every backend's parameter limit.
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class LegacyRow:
    """An imported quote without an id: what its row must match to be that row."""

    quote_id: int
    system: str | None
    said_on: dt.date
    rating: float | None
    rating_scale: int | None


def legacy_rows(session: Session, fingerprints: Iterable[str]) -> dict[str, LegacyRow]:
    """The imported quotes without an id among those with ``fingerprints``, by fingerprint."""
    wanted = sorted(set(fingerprints))
    found: dict[str, LegacyRow] = {}
    for start in range(0, len(wanted), _CHUNK):
        rows = session.execute(
            select(
                Quote.fingerprint,
                Quote.id,
                Quote.source_system,
                Quote.said_on,
                Quote.rating,
                Quote.rating_scale,
            ).where(
                Quote.fingerprint.in_(wanted[start : start + _CHUNK]),
                Quote.source == Source.IMPORT.value,
                Quote.external_id.is_(None),
            )
        )
        for fp, qid, system, said_on, rating, scale in rows:
            found[fp] = LegacyRow(qid, system, said_on, rating, scale)
    return found


def adopt(session: Session, ids: dict[int, str]) -> None:
    """Give each quote of ``ids`` (quote id -> its row's id) its row's id, unless another
    writer gave it one meanwhile."""
    for quote_id, external_id in ids.items():
        session.execute(
            update(Quote)
            .where(Quote.id == quote_id, Quote.external_id.is_(None))
            .values(external_id=external_id)
        )
