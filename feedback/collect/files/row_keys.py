"""The key of an imported row that has no id (a survey's answer, a review, our own columns
without a ticket id): when it was written (one way, however the file writes it: the same
answers exported as CSV and as XLSX give the same keys), its rating, and which of the file's
rows like it it is. The pipeline makes the row's id from this key and its words
(:func:`feedback.collect.fingerprint.content_id`).

Known by its words alone, the second customer who answered "Sehr zufrieden, danke!" in the
same form was "already present": a real answer, and its rating for trends and CSAT, lost.
With the key, each answer is its own quote, and the same file imported again finds every
row (the same rows give the same keys). A row repeated to the letter (the same time, rating,
words and person) is the second such row, its own quote too: the occurrence number tells
them apart, and it stays the same when an export grows by rows added after it.

Rows "like it" are those with the same time as written, rating, recipient and words (folded
as a fingerprint folds them, :func:`~feedback.collect.fingerprint.folded`): a row added or
removed elsewhere in the file changes no other row's key. A row with neither a date nor a
rating has no key: nothing but its words tells it apart, and it is known by them as a
person's quote is.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from feedback.collect.fingerprint import folded
from feedback.domain import QuoteDraft

__all__ = ["RowKeys"]

# Why 8 bytes: the counter holds one small int per distinct row (about 100 bytes a row in
# Python: 100 MB for a million survey answers without ids); two distinct rows meeting in 64
# bits would only number the second 2 instead of 1, still a key of its own.
_DIGEST_BYTES = 8


class RowKeys:
    """Counts a file's rows without an id, in file order, and gives each its key."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: Counter[int] = Counter()

    def key(self, draft: QuoteDraft, when: str, unknown: tuple[tuple[str, str], ...]) -> str:
        """The key of ``draft``, read from a row whose date cell says ``when`` (as
        :func:`~feedback.collect.files.values.moment` writes it; "" for none); ``unknown``:
        its helpdesk ids that no mapping names, part of whom it credits."""
        rating = "" if draft.rating is None else f"{draft.rating:g}/{draft.rating_scale}"
        like = repr((when, rating, draft.agent_id, draft.team_id, unknown, folded(draft.text)))
        digest = int.from_bytes(hashlib.blake2b(like.encode(), digest_size=_DIGEST_BYTES).digest())
        self._seen[digest] += 1
        return f"{when}|{rating}|{self._seen[digest]}"
