"""A batch prepared in an import's worker process, as plain tuples for the way back.

Pickling the dataclasses of :class:`~feedback.collect.pipeline.PreparedAhead` cost about 25 µs
per row in the worker and 30-45 µs in the main process (each instance goes through
``__reduce_ex__`` and ``__setstate__``, Python-level code), the main process's share being
its own time on the import's critical path. Tuples of plain values and the instances built
again from them with their constructors are the same objects, at a fraction of the cost:
``unpacked(packed(ahead)) == ahead`` for every batch :func:`~feedback.collect.pipeline.
prepare_ahead` returns (its ``analysis`` is always None: a worker hands the analysis back
in stored form).
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from feedback.collect.pipeline import Prepared, PreparedAhead
from feedback.collect.redact import Redaction
from feedback.collect.redact_apply import Finding
from feedback.collect.validate import Problem
from feedback.domain import QuoteDraft
from feedback.store.directory import Directory
from feedback.store.quotes import StoredAnalysis

__all__ = ["Packed", "packed", "unpacked"]

# The directory once per batch, and one tuple of plain values per prepared row.
Packed = tuple[Directory, list[tuple[Any, ...]]]

_DRAFT_FIELDS = tuple(f.name for f in fields(QuoteDraft))


def packed(ahead: PreparedAhead) -> Packed:
    """``ahead`` as plain tuples (see the module docstring)."""
    return ahead.directory, [_packed(p) for p in ahead.prepared]


def unpacked(wire: Packed) -> PreparedAhead:
    """The :class:`PreparedAhead` that :func:`packed` was given."""
    directory, rows = wire
    return PreparedAhead(directory, [_unpacked(row) for row in rows])


def _packed(p: Prepared) -> tuple[Any, ...]:
    if p.analysis is not None:  # never from prepare_ahead; an Analysis cannot cross anyway
        raise ValueError("a prepared row crosses processes with its analysis in stored form")
    draft = p.draft
    return (
        tuple([getattr(draft, name) for name in _DRAFT_FIELDS]),
        p.text,
        p.redaction.text,
        tuple([(f.kind, f.original, f.replacement, f.start, f.end) for f in p.redaction.findings]),
        p.fingerprint,
        tuple([(q.field, q.code, q.params) for q in p.problems]),
        p.duplicate_of,
        None if p.stored is None else (p.stored.columns, p.stored.terms),
        p.rating_fingerprint,
        p.adopts,
    )


def _unpacked(row: tuple[Any, ...]) -> Prepared:
    draft, text, redacted, findings, fingerprint, problems, duplicate_of, stored, rating, adopts = (
        row
    )
    return Prepared(
        draft=QuoteDraft(*draft),
        text=text,
        redaction=Redaction(redacted, tuple([Finding(*f) for f in findings])),
        fingerprint=fingerprint,
        analysis=None,
        problems=tuple([Problem(*q) for q in problems]),
        duplicate_of=duplicate_of,
        stored=None if stored is None else StoredAnalysis(*stored),
        rating_fingerprint=rating,
        adopts=adopts,
    )
