"""Figures of fairy tales, idioms and adverts that wear a title but are nobody's name.

"Es schneit wie bei Frau Holle", "Mr Bean", "Mr Right", "Mr Muscle": after "Frau", "Herr" or
"Mr" these read as a customer's name, and an initial ("Frau H.") would spoil the sentence.
Their spans are kept from the name finders (and only from them).
"""

from __future__ import annotations

import re

__all__ = ["figure_spans"]

_FIGURE_RE = re.compile(
    r"\b(?:Frau\sHolle|Frau\sAntje|Frau\sLuna|Herr\sder\sRinge"
    r"|(?:Mr|Mister|Mrs)\.?\s(?:Bean|Right|Muscle|Sheen|Blobby|Men|Freeze|Potato\sHead|Doubtfire))"
    r"(?![\w'’-])"
)


def figure_spans(text: str) -> list[tuple[int, int]]:
    """Spans of such figures in ``text``."""
    if "Frau" not in text and "M" not in text and "Herr" not in text:
        return []
    return [m.span() for m in _FIGURE_RE.finditer(text)]
