"""A review's title joined to its text, so the praise on the wall is the whole review.

Review sites ask for a title and a text (Trustpilot's "Review Title" and "Review Content",
Google Play's "Review Title" and "Review Text"); the title is often the praise itself ("Toller
Kundenservice") and the text its details. Joined as people would write them: "Title. Text";
"Title! Text" when the title ends with its own punctuation (or an emoji); only the text when
the text starts with the title (a site that fills the title with the text's first words,
"Frau Meier hat…"); only the title when there is no text.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["titled"]

# What a site puts at the end of a title cut from the text: "…" or "...".
_CUT = re.compile(r"(?:…|\.{3})$")
_SPACES = re.compile(r"\s+")


def titled(title: str, text: str) -> str:
    """``text`` with ``title`` before it (both stripped already), as the module says."""
    if not title:
        return text
    if not text:
        return title
    if _folded(text).startswith(_folded(_CUT.sub("", title))):
        return text
    return f"{title} {text}" if _punctuated(title[-1]) else f"{title}. {text}"


def _folded(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _punctuated(last: str) -> bool:
    """A title ending in punctuation ("Super!", "Danke :)", "„Top“") or a symbol ("👍") needs
    no full stop after it."""
    return unicodedata.category(last)[0] in "PS"
