"""Duplicate detection: the same normalised text for the same agent (or team) is one quote;
a helpdesk's rating is one quote per rating (its system and id), whatever its words.

An imported row without an id (a survey's answer, a review; see :attr:`QuoteDraft.row_key`)
gets one from its own content: :func:`content_id`. Two customers who both answered
"Sehr zufrieden, danke!" are two answers, and the same file imported again finds each.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from feedback.domain import MAX_EXTERNAL_ID

_NOT_WORDLIKE = re.compile(r"[\s\.,;:!?\"'“”„‚‘’«»()\-–—]+")


def fingerprint(
    text: str,
    agent_id: int | None,
    team_id: int | None,
    source: tuple[str, str] | None = None,
) -> str:
    """A 64-hex-digit SHA-256 of the case-folded text without punctuation, per recipient.

    "Danke, super!" and "danke super" for the same agent collide; the same words for two
    different agents do not. With ``source`` (a helpdesk's system and the rating's id) the
    rating is its own quote: two tickets rated "Danke!" for one agent are two ratings, which
    trends and CSAT count (they were taken for one, and the second was lost).
    """
    recipient = f"agent:{agent_id}" if agent_id is not None else f"team:{team_id}"
    rating = f"|{source[0]}:{source[1]}" if source is not None else ""
    return hashlib.sha256(f"{recipient}|{folded(text)}{rating}".encode()).hexdigest()


def folded(text: str) -> str:
    """``text`` as a fingerprint compares it: case-folded, without punctuation."""
    return _NOT_WORDLIKE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


# Why "row:": no helpdesk writes its ids so, and it says what the id is where one is shown.
CONTENT_ID_PREFIX = "row:"
# Why 40 hex digits (160 bits): no two rows of any store meet by chance; fits external_id.
_CONTENT_ID_DIGITS = 40


def content_id(
    text: str, agent_id: int | None, team_id: int | None, system: str, row_key: str
) -> str:
    """The id of an imported row that has none: its words (as stored, redacted) for its
    recipient, with its ``row_key`` (when it was written, its rating, and which of the file's
    rows like it it is). Stable: the same row of the same file gets the same id again."""
    digest = fingerprint(text, agent_id, team_id, (system, row_key))
    return CONTENT_ID_PREFIX + digest[:_CONTENT_ID_DIGITS]


def fitted_id(external_id: str, limit: int = MAX_EXTERNAL_ID) -> str:
    """``external_id`` as the store can hold it: unchanged up to ``limit`` characters; a longer
    one (Google Play names a review by its console link, about 150 characters) keeps its
    start and ends in 40 hex digits of its SHA-256, so it stays one id per rating, the same on
    every import, and PostgreSQL does not refuse the whole batch over one column."""
    if len(external_id) <= limit:
        return external_id
    digest = hashlib.sha256(external_id.encode()).hexdigest()[:_CONTENT_ID_DIGITS]
    return f"{external_id[: limit - _CONTENT_ID_DIGITS - 1]}~{digest}"


def source_of(system: str | None, external_id: str | None) -> tuple[str, str] | None:
    """The (system, id) of an imported rating, or None for a quote handed in by a person."""
    return (system, external_id) if system and external_id else None
