"""Writing quotes: rows, their counted terms and the audit entry, in the caller's transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from feedback.analyze.types import Analysis, LabelHit
from feedback.store.audit import record_many
from feedback.store.models import Quote, QuoteTerm


def analysis_columns(analysis: Analysis | None) -> dict[str, Any]:
    """The quote columns that hold one analysis (denormalised for fast filters and charts)."""
    if analysis is None:
        return {
            "language": "other",
            "sentiment_compound": None,
            "sentiment_label": None,
            "themes": [],
            "emotions": [],
            "analysis": None,
            "analyser_version": None,
        }
    return {
        "language": analysis.language,
        "sentiment_compound": analysis.sentiment.compound,
        "sentiment_label": analysis.sentiment.label,
        "themes": list(analysis.credited),  # "praised for": not what it only complains about
        "emotions": [hit.label for hit in analysis.emotions],
        "analysis": analysis_dict(analysis),
        "analyser_version": analysis.version,
    }


def analysis_dict(analysis: Analysis) -> dict[str, Any]:
    """What :meth:`Analysis.to_dict` gives once stored as JSON, spelled out: about 30 times
    faster, which an import of thousands of quotes per second needs (``dataclasses.asdict``
    deep-copies every value and converts the terms only to drop them). A test compares the
    two on the whole labelled set, so a new field cannot be forgotten here.
    """
    sentiment = analysis.sentiment
    return {
        "language": analysis.language,
        "sentiment": {
            "compound": sentiment.compound,
            "label": sentiment.label,
            "evidence": [{"text": e.text, "weight": e.weight} for e in sentiment.evidence],
        },
        "emotions": [_hit(hit) for hit in analysis.emotions],
        "themes": [_hit(hit) for hit in analysis.themes],
        "version": analysis.version,
        "credited": list(analysis.credited),
    }


def _hit(hit: LabelHit) -> dict[str, Any]:
    return {"label": hit.label, "score": hit.score, "evidence": list(hit.evidence)}


def term_rows(quote_id: int, analysis: Analysis | None) -> list[dict[str, Any]]:
    if analysis is None:
        return []
    return [
        {
            "quote_id": quote_id,
            "term": term.term[:120],
            "surface": term.surface[:120],
            "kind": term.kind,
            "count": term.count,
        }
        for term in analysis.terms
    ]


@dataclass(frozen=True, slots=True)
class StoredAnalysis:
    """One analysis as it is stored: the quote's analysis columns and its term tuples
    (``term, surface, kind, count``: the order of ``_INSERT_TERMS`` after the quote id, cut
    to the column widths).

    Plain data, unlike :class:`~feedback.analyze.types.Analysis` (compiled with mypyc, its
    instances cannot be unpickled): an import's worker processes analyse and hand this back.
    """

    columns: dict[str, Any]
    terms: tuple[tuple[str, str, str, int], ...]


def stored_analysis(analysis: Analysis | None) -> StoredAnalysis:
    terms = analysis.terms if analysis is not None else ()
    return StoredAnalysis(
        analysis_columns(analysis),
        tuple((t.term[:120], t.surface[:120], t.kind, t.count) for t in terms),
    )


def insert_quotes(
    session: Session,
    rows: Sequence[dict[str, Any]],
    analyses: Sequence[Analysis | None],
) -> list[int | None]:
    """Insert quotes with their terms and one audit row each; returns the new ids in order.

    A row whose fingerprint or (source_system, external_id) is stored already is skipped, not
    an error: another writer got there between the caller's duplicate check and this insert.
    Its id comes back as ``None``, and nothing else is written for it. The fingerprints of
    ``rows`` must differ. The audit actor of each row is its ``submitted_by``.
    """
    return insert_analysed(session, rows, [stored_analysis(a) for a in analyses])


def insert_analysed(
    session: Session,
    rows: Sequence[dict[str, Any]],
    analyses: Sequence[StoredAnalysis],
) -> list[int | None]:
    """:func:`insert_quotes` with each analysis already in its stored form."""
    if not rows:
        return []
    table = Quote.__table__
    values = [{**row, **a.columns} for row, a in zip(rows, analyses, strict=True)]
    statement = _insert_skipping_conflicts(session).returning(table.c.id, table.c.fingerprint)
    new_ids = {fp: int(qid) for qid, fp in session.execute(statement, values)}
    ids = [new_ids.get(row["fingerprint"]) for row in rows]
    stored = [
        (qid, row, analysis)
        for qid, row, analysis in zip(ids, rows, analyses, strict=True)
        if qid is not None
    ]
    _insert_terms(session, [(qid, *term) for qid, _, analysis in stored for term in analysis.terms])
    record_many(
        session,
        [
            {
                "actor": row["submitted_by"],
                "action": "create",
                "entity": "quote",
                "entity_id": qid,
                "changes": {k: _jsonable(v) for k, v in row.items() if k != "redactions"},
            }
            for qid, row, _ in stored
        ],
    )
    return ids


# By the driver's parameter style: SQLite's sqlite3 (qmark), PostgreSQL's psycopg (pyformat).
_INSERT_TERMS = {
    "qmark": "INSERT INTO quote_terms (quote_id, term, surface, kind, count) "
    "VALUES (?, ?, ?, ?, ?)",
    "pyformat": "INSERT INTO quote_terms (quote_id, term, surface, kind, count) "
    "VALUES (%s, %s, %s, %s, %s)",
}


def _insert_terms(session: Session, terms: list[tuple[Any, ...]]) -> None:
    """One ``executemany`` of plain tuples straight to the driver.

    An import writes about ten terms per quote; SQLAlchemy's per-row parameter processing
    cost about 10 µs a term, a third of the write. The columns are plain strings and ints.
    """
    if terms:
        connection = session.connection()
        connection.exec_driver_sql(_INSERT_TERMS[connection.dialect.paramstyle], terms)


def _insert_skipping_conflicts(session: Session) -> Any:
    """``INSERT INTO quotes … ON CONFLICT DO NOTHING`` in the dialect of the session's store.

    Without a conflict target it covers both unique keys (fingerprint, and source system with
    external id), on SQLite and on PostgreSQL alike.
    """
    table = cast(Table, Quote.__table__)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    raise NotImplementedError(f"no conflict-skipping insert for {dialect}")


def replace_analysis(session: Session, quote: Quote, analysis: Analysis) -> None:
    """Store a fresh analysis for ``quote`` (re-analysis or an edited text)."""
    for key, value in analysis_columns(analysis).items():
        setattr(quote, key, value)
    session.query(QuoteTerm).filter(QuoteTerm.quote_id == quote.id).delete()
    rows = term_rows(quote.id, analysis)
    if rows:
        session.execute(insert(QuoteTerm), rows)


def fingerprint_owners(
    session: Session, fingerprints: Iterable[str]
) -> dict[str, tuple[int, bool]]:
    """Stored (quote id, is an imported rating) by fingerprint, for those that exist."""
    wanted = list(set(fingerprints))
    found: dict[str, tuple[int, bool]] = {}
    for chunk in _chunks(wanted, 500):  # Why 500: stays below every backend's parameter limit.
        rows = session.execute(
            select(Quote.fingerprint, Quote.id, Quote.external_id).where(
                Quote.fingerprint.in_(chunk)
            )
        )
        found.update((fp, (qid, external is not None)) for fp, qid, external in rows)
    return found


def ids_by_external(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], int]:
    """Stored quote ids by (source system, external id), for those of ``keys`` that exist.

    One query per system with ``external_id IN (…)``: SQLite answers a row-value
    ``(system, id) IN (…)`` by scanning the whole index, which made every import batch
    slower than the one before (about 1 ms more per row at a million quotes).
    """
    by_system: dict[str, set[str]] = {}
    for system, external_id in keys:
        by_system.setdefault(system, set()).add(external_id)
    found: dict[tuple[str, str], int] = {}
    for system, external_ids in by_system.items():
        for chunk in _chunks(sorted(external_ids), 500):
            rows = session.execute(
                select(Quote.external_id, Quote.id).where(
                    Quote.source_system == system, Quote.external_id.in_(chunk)
                )
            )
            found.update(((system, ext), qid) for ext, qid in rows if ext is not None)
    return found


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value
