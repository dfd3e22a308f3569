"""Duplicate detection against the store and inside a batch (a step of the pipeline)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from feedback.collect.validate import Problem
from feedback.store.quotes import ids_by_external, ids_by_fingerprint

if TYPE_CHECKING:
    from feedback.collect.pipeline import Prepared


def with_duplicates(prepared: list[Prepared], session: Session) -> list[Prepared]:
    """Mark drafts whose fingerprint or external id is already stored or repeats in the batch.

    A repeat inside the batch names its first occurrence (``#n``, counted from 1); only a
    draft without other problems counts as a first occurrence.
    """
    # An imported rating's fingerprint holds its helpdesk id; its words alone find the same
    # quote handed in by a person (or imported before ratings had their own fingerprint).
    fingerprints = [p.fingerprint for p in prepared if p.fingerprint]
    fingerprints += [
        p.text_fingerprint for p in prepared if _external_key(p) and p.text_fingerprint
    ]
    stored = ids_by_fingerprint(session, fingerprints)
    external = ids_by_external(session, (k for p in prepared if (k := _external_key(p))))
    seen: dict[str, int] = {}
    seen_external: dict[tuple[str, str], int] = {}
    out: list[Prepared] = []
    for index, item in enumerate(prepared):
        key = _external_key(item)
        problem: Problem | None = None
        duplicate_of = stored.get(item.fingerprint)
        if duplicate_of is None and key and item.text_fingerprint:
            duplicate_of = stored.get(item.text_fingerprint)
        if key and key in external:
            duplicate_of = external[key]
            problem = Problem(
                "external_id", "duplicate_external", {"system": key[0], "quote_id": duplicate_of}
            )
        elif duplicate_of is not None:
            problem = Problem("text", "duplicate", {"quote_id": duplicate_of})
        elif item.ok and key and key in seen_external:
            problem = Problem(
                "external_id",
                "duplicate_external",
                {"system": key[0], "quote_id": f"#{seen_external[key] + 1}"},
            )
        elif item.ok and item.fingerprint in seen:
            problem = Problem("text", "duplicate", {"quote_id": f"#{seen[item.fingerprint] + 1}"})
        if item.ok and problem is None:
            seen[item.fingerprint] = index
            if key:
                seen_external[key] = index
        out.append(
            replace(item, problems=(*item.problems, problem), duplicate_of=duplicate_of)
            if problem
            else item
        )
    return out


def _external_key(prepared: Prepared) -> tuple[str, str] | None:
    draft = prepared.draft
    if draft.source_system and draft.external_id:
        return draft.source_system, draft.external_id
    return None
