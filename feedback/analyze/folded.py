"""``fold`` of theme_keywords, remembered per token.

The agent checks fold the same words again and again (about 50 times a quote); a dict lookup
costs a fraction of NFC, lower-casing and ``str.translate``. The table is cleared when it
reaches ``LIMIT`` entries, which bounds memory.
"""

from __future__ import annotations

from feedback.analyze.theme_keywords import fold as fold_token

LIMIT = 100_000


class _Folded(dict[str, str]):
    """Token -> ``fold(token)``, filled on first sight (the lookup itself runs in C)."""

    def __missing__(self, token: str) -> str:
        if len(self) >= LIMIT:
            self.clear()
        form = self[token] = fold_token(token)
        return form


_FOLDED = _Folded()
fold = _FOLDED.__getitem__  # same result as theme_keywords.fold, for any token
