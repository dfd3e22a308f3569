"""Duplicate detection: the same normalised text for the same agent (or team) is one quote."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_WORDLIKE = re.compile(r"[\s\.,;:!?\"'“”„‚‘’«»()\-–—]+")


def fingerprint(text: str, agent_id: int | None, team_id: int | None) -> str:
    """A 64-hex-digit SHA-256 of the case-folded text without punctuation, per recipient.

    "Danke, super!" and "danke super" for the same agent collide; the same words for two
    different agents do not.
    """
    folded = _NOT_WORDLIKE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    recipient = f"agent:{agent_id}" if agent_id is not None else f"team:{team_id}"
    return hashlib.sha256(f"{recipient}|{folded}".encode()).hexdigest()
