"""Duplicate detection against the store and inside a batch (a step of the pipeline).

A quote is the same when its words are the same for the same agent (or team): its
fingerprint. An imported rating is also found by its helpdesk id, and it is its own quote even
when another *rating* has the same words: two tickets rated "Danke!" for one agent are two
ratings, which trends and CSAT count. Such a rating takes its ``rating_fingerprint`` (words and
id) instead. The same words handed in by a person stay one quote, whichever came first.
A survey's answer or a review without an id has one made from its content by then
(:func:`~feedback.collect.fingerprint.content_id`), and is a rating here like any other.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from feedback.collect.fingerprint import CONTENT_ID_PREFIX, fingerprint, source_of
from feedback.collect.validate import Problem
from feedback.store.installation import own_quote_ids
from feedback.store.legacy_rows import LegacyRow, legacy_rows
from feedback.store.quotes import fingerprint_owners, ids_by_external

if TYPE_CHECKING:
    from feedback.collect.pipeline import Prepared
    from feedback.store.models import Quote


def with_duplicates(prepared: list[Prepared], session: Session) -> list[Prepared]:
    """Mark drafts whose fingerprint or external id is already stored or repeats in the batch.

    A repeat inside the batch names its first occurrence (``#n``, counted from 1); only a
    draft without other problems counts as a first occurrence. A row without an id that an
    earlier version stored without one is present, and ``adopts`` that quote
    (:mod:`feedback.store.legacy_rows`): the rows like it after it are new.
    """
    fingerprints = [p.fingerprint for p in prepared if p.fingerprint]
    fingerprints += [p.rating_fingerprint for p in prepared if p.rating_fingerprint]
    owners = fingerprint_owners(session, fingerprints)
    keys = [k for p in prepared if (k := _external_key(p))]
    days = {k: p.draft.said_on for p in prepared if (k := _external_key(p))}
    # A row of our own export names a quote handed in here by this store's name and number
    # (and its day: a number may have gone to another quote since).
    external = {**own_quote_ids(session, keys, days), **ids_by_external(session, keys)}
    legacy = _legacy(session, prepared, owners)
    seen: dict[str, tuple[int, bool]] = {}  # fingerprint -> (index, is a rating)
    seen_external: dict[tuple[str, str], int] = {}
    out: list[Prepared] = []
    for index, first in enumerate(prepared):
        key = _external_key(first)
        if key and key not in external and _is_row_of(first, legacy.get(first.fingerprint)):
            # Its row now: the quote counts as a rating, so its words' next rows are new.
            adopted = legacy.pop(first.fingerprint).quote_id
            owners[first.fingerprint] = (adopted, True)
            present = Problem("text", "duplicate", {"quote_id": adopted})
            out.append(replace(first, problems=(present,), duplicate_of=adopted, adopts=adopted))
            continue
        item = _own_rating(first, owners, seen) if key else first
        problem: Problem | None = None
        owner = owners.get(item.fingerprint)
        duplicate_of = owner[0] if owner else None
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
            problem = Problem(
                "text", "duplicate", {"quote_id": f"#{seen[item.fingerprint][0] + 1}"}
            )
        if item.ok and problem is None:
            seen[item.fingerprint] = (index, key is not None)
            if key:
                seen_external[key] = index
        out.append(
            replace(item, problems=(*item.problems, problem), duplicate_of=duplicate_of)
            if problem
            else item
        )
    return out


def _legacy(
    session: Session, prepared: list[Prepared], owners: dict[str, tuple[int, bool]]
) -> dict[str, LegacyRow]:
    """The stored quotes without an id whose words rows without an id of ``prepared`` have."""
    wanted = [
        p.fingerprint
        for p in prepared
        if p.ok
        and (p.draft.external_id or "").startswith(CONTENT_ID_PREFIX)
        and p.fingerprint in owners
        and not owners[p.fingerprint][1]
    ]
    return legacy_rows(session, wanted) if wanted else {}


def _is_row_of(item: Prepared, stored: LegacyRow | None) -> bool:
    """Whether ``item`` is the row an earlier version stored as ``stored``: the same words
    and recipient (its fingerprint), system, day and rating. Only drafts without problems."""
    draft = item.draft
    return (
        stored is not None
        and item.ok
        and (draft.external_id or "").startswith(CONTENT_ID_PREFIX)
        and stored.system == draft.source_system
        and stored.said_on == draft.said_on
        and stored.rating == draft.rating
        and (draft.rating is None or stored.rating_scale == draft.rating_scale)
    )


def _own_rating(
    item: Prepared, owners: dict[str, tuple[int, bool]], seen: dict[str, tuple[int, bool]]
) -> Prepared:
    """``item`` with its rating fingerprint when its words belong to another imported rating
    (stored, or earlier in the batch); unchanged when they are free or a person's quote."""
    taken = owners.get(item.fingerprint) or seen.get(item.fingerprint)
    if taken is None or not taken[1] or not item.rating_fingerprint:
        return item
    return replace(item, fingerprint=item.rating_fingerprint)


def _external_key(prepared: Prepared) -> tuple[str, str] | None:
    return source_of(prepared.draft.source_system, prepared.draft.external_id)


def stored_fingerprint(session: Session, quote: Quote, text: str) -> str:
    """The fingerprint of ``quote`` with the new ``text`` (an edit, a redaction again): its
    words, or, for an imported rating whose words another rating holds, its rating's."""
    plain = fingerprint(text, quote.agent_id, quote.team_id)
    source = source_of(quote.source_system, quote.external_id)
    if source is None:
        return plain
    owner = fingerprint_owners(session, [plain]).get(plain)
    if owner is None or owner[0] == quote.id or not owner[1]:
        return plain
    return fingerprint(text, quote.agent_id, quote.team_id, source)
