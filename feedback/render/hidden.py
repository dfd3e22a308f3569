"""Whether a typed name holds characters that hide or reorder what is shown.

Names of people, teams and themes are shown on cards, charts, slides and exports. Control
characters (Unicode category Cc) break CSV files and logs; invisible format characters (Cf:
bidi overrides, zero-width spaces) make two names that look the same differ, or reorder the
text after them. Three format characters are part of what people really type, though, and
stay allowed where they do their job:

- the zero width joiner (U+200D) between two visible characters: it builds one emoji from
  several (👩‍💻, 🏳️‍🌈) and shapes Indic and Arabic letters;
- the zero width non-joiner (U+200C) between two letters: Persian and German typesetting
  ("Auf‌lage") use it;
- tag characters (U+E0020–U+E007F) right after a black flag U+1F3F4 or another tag: the
  flags of England, Scotland and Wales (🏴󠁧󠁢󠁳󠁣󠁴󠁿) are written that way.
"""

from __future__ import annotations

import unicodedata

# Cs: a lone surrogate, which no UTF-8 file or database holds (the command line makes one of
# each byte that is no UTF-8, "Nord\xff" -> "Nord\udcff"; storing it raised).
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
_ZWJ = "\u200d"
_ZWNJ = "\u200c"
_BLACK_FLAG = "\U0001f3f4"


def _is_tag(ch: str) -> bool:
    return 0xE0020 <= ord(ch) <= 0xE007F


def _visible(ch: str) -> bool:
    return not ch.isspace() and unicodedata.category(ch) not in _REFUSED_CATEGORIES


def _allowed_format(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch == _ZWJ:
        # An emoji before the joiner may carry a variation selector (🏳️‍🌈).
        return bool(before and after) and _visible(before) and _visible(after)
    if ch == _ZWNJ:
        return before.isalpha() and after.isalpha()
    if _is_tag(ch):
        return before == _BLACK_FLAG or (bool(before) and _is_tag(before))
    return False


def _refused(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a control or format character that joins nothing it may."""
    return unicodedata.category(text[i]) in _REFUSED_CATEGORIES and not _allowed_format(text, i)


def hidden_characters(text: str) -> bool:
    """Whether ``text`` holds a control character or an invisible format character that does
    not join two visible characters (a bidi override, a zero-width space, a stray joiner)."""
    return any(_refused(text, i) for i in range(len(text)))


def shown_hidden(text: str) -> str:
    """``text`` with each refused control and invisible character shown as "�"."""
    return "".join("\ufffd" if _refused(text, i) else ch for i, ch in enumerate(text))
