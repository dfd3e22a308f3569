"""Comments that say there is no comment: what survey tools and spreadsheets put in a cell left
without an answer ("N/A", "-", "keine Angabe", "k. A.", "---", Excel's "#NV" of a failed
formula), or what a customer typed into a required comment field to get past it.

Imported as they were, they became quotes reading "-" or "N/A", offered to moderation for the
wall and counted in the analysis; read as no comment, a rated row is a rating without a comment
(skipped, its rating still counts in the CSAT), as a blank cell is. Only such fixed phrases and
cells of punctuation alone count: "Nichts zu meckern", "ok", "+++" and "👍" are comments.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["no_answer"]

# Compared case-folded, without the dots, spaces and slashes around and inside them ("n.a.",
# "N/A", "k. A." and "n / a" alike).
_PHRASES = frozenset(
    {
        "na",
        "nv",  # "n. v.": nicht vorhanden
        "ka",  # "k. A.": keine Angabe
        "keine",
        "keineangabe",
        "keineangaben",
        "keinkommentar",
        "keinekommentare",
        "keineanmerkung",
        "keineanmerkungen",
        "entfällt",
        "nichtzutreffend",
        "none",
        "nocomment",
        "nocomments",
        "notapplicable",
        "nil",
        "null",
    }
)
_JOINERS = re.compile(r"[\s./\\]+")
# Excel's error values, in English and German: a cell whose formula failed holds no comment.
_EXCEL_ERROR = re.compile(
    r"#(?:n/a|nv|value!|wert!|ref!|bezug!|div/0!|name\?|null!|num!|zahl!|spill!|überlauf!)",
    re.IGNORECASE,
)


def no_answer(comment: str) -> bool:
    """Whether ``comment`` (stripped) says that there is none: a fixed phrase for it, or
    nothing but punctuation ("-", "--", ".", "/", "?")."""
    if not comment or len(comment) > 30:  # Why 30: "Keine Anmerkungen." is the longest
        return False
    if _JOINERS.sub("", comment.casefold()) in _PHRASES or _EXCEL_ERROR.fullmatch(comment):
        return True
    return all(unicodedata.category(ch)[0] in "PZ" for ch in comment)
