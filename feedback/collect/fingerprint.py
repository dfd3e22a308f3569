"""Duplicate detection: the same normalised text for the same agent (or team) is one quote;
a helpdesk's rating is one quote per rating (its system and id), whatever its words."""

from __future__ import annotations

import hashlib
import re
import unicodedata

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
    folded = _NOT_WORDLIKE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    recipient = f"agent:{agent_id}" if agent_id is not None else f"team:{team_id}"
    rating = f"|{source[0]}:{source[1]}" if source is not None else ""
    return hashlib.sha256(f"{recipient}|{folded}{rating}".encode()).hexdigest()


def source_of(system: str | None, external_id: str | None) -> tuple[str, str] | None:
    """The (system, id) of an imported rating, or None for a quote handed in by a person."""
    return (system, external_id) if system and external_id else None
