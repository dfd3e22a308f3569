"""A rated comment longer than a quote may be, cut after a whole word instead of refused.

Refused, the row lost its rating too: trends and CSAT count stored quotes, and a customer's
2,400-letter complaint with one star is exactly the rating a team must see. The cut is marked
(:data:`CUT_MARK`, the omission mark of both languages), and the import says how many it cut.
The file's text is cut before anything costly, so a 1 MB comment never reaches redaction; the
limit holds for the text as handed in, as for the form (a placeholder may lengthen it a little).
"""

from __future__ import annotations

import re

from feedback.domain import MAX_QUOTE_CHARS

__all__ = ["CUT_MARK", "cut_at", "shortened"]

CUT_MARK = " […]"
_SPACE = re.compile(r"\s")


def cut_at(text: str, limit: int = MAX_QUOTE_CHARS) -> int:
    """Where to cut ``text`` so that it and :data:`CUT_MARK` fit ``limit``: after the last
    whole word that fits; mid-word only when the first half holds no space at all."""
    room = limit - len(CUT_MARK)
    last = None
    for last in _SPACE.finditer(text, 0, room + 1):  # noqa: B007 - the last one counts
        pass
    if last is None or last.start() < room // 2:
        return room
    return last.start()


def shortened(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """``text`` itself when it fits ``limit``, else cut by :func:`cut_at` and marked."""
    if len(text) <= limit:
        return text
    return text[: cut_at(text, limit)].rstrip() + CUT_MARK
