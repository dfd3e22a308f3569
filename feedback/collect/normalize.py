"""Normalise a customer's quote before validation, redaction, fingerprinting and display.

Pure Python, no I/O. What it does, in order:

1. Unicode NFC, so "Müller" typed as ``u`` + combining diaeresis equals the precomposed one.
2. Line breaks of every flavour (CR LF, CR, VT, FF, NEL, U+2028, the ASCII separators
   FS/GS/RS) become ``\\n``; U+2029 PARAGRAPH SEPARATOR becomes a blank line.
3. Terminal escape sequences are removed whole ("\\x1b[31m", "\\x1b]0;title\\x07"): removing only
   their ESC left "[31m" in the text, and "31m" in the word clouds. Then invisible characters
   are removed: other control characters, zero-width space and non-joiner,
   word joiner, BOM, soft hyphen, bidi marks/embeddings/isolates (LRM, RLM, RLO, ...), the
   combining grapheme joiner, Hangul fillers and every other format (Cf) character. They hide
   inside words ("Mül\\u200bler") and would defeat redaction, duplicate detection and search.
4. Emoji joiners survive where they build an emoji: ZWJ (U+200D) between two emoji
   ("👨‍👩‍👧", "🏳️‍🌈"), the variation selectors U+FE0E/U+FE0F after a symbol, punctuation or
   digit ("❤️", "1️⃣"), and tag characters after a black flag ("🏴󠁧󠁢󠁳󠁣󠁴󠁿"). Anywhere else
   (inside words, after a space) they are removed too.
5. Stacked diacritics ("Zalgo" text: dozens of combining marks on one letter, drawn over the
   lines above and below on every card and table) are cut to MAX_MARKS generic combining marks
   (U+0300-U+036F and their supplements) per character. No language needs more after NFC
   (Vietnamese stacks two); the marks of Hebrew, Arabic, Indic or Thai script are not touched.
6. Whitespace: a blank line (two or more line breaks, maybe with spaces between) is a paragraph
   break and is kept as exactly ``"\\n\\n"``. Every other whitespace run, single line breaks
   included, becomes one space: single breaks in mails are mostly hard wraps, and a wall card
   reflows the text anyway. Leading and trailing whitespace is removed.

Lone surrogates (which cannot be stored as UTF-8) and the noncharacters U+FDD0-U+FDEF, U+FFFE
and U+FFFF (which XML, and so an XLSX export, cannot hold) are removed. Unassigned code points
are kept: they may be emoji newer than the Unicode tables of this Python.

``normalize_text`` never raises and is idempotent.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable

__all__ = ["collapse_whitespace", "normalize_lines", "normalize_text"]

_ZWJ = "\u200d"
_VARIATION_SELECTORS = frozenset("\ufe0e\ufe0f")
_BLACK_FLAG = "\U0001f3f4"
_TAG_FIRST, _TAG_LAST, _TAG_CANCEL = 0xE0020, 0xE007E, 0xE007F

# Every line break Python's str.splitlines() knows, except U+2029 which starts a paragraph.
_LINE_BREAK_RE = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028]")
_PARAGRAPH_SEP = "\u2029"

# Removed unconditionally: control characters other than \t, \n and the unit separator (those are
# whitespace, handled in step 5), all format characters of Unicode 14 except the emoji joiners,
# the remaining default-ignorable code points that render as nothing, and lone surrogates.
_INVISIBLE_RE = re.compile(
    "["
    "\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"  # C0/C1 controls (the whitespace ones are kept)
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0"
    "\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2"
    "\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff0-\ufffb"
    "\ufdd0-\ufdef\ufffe\uffff"  # noncharacters: no text holds them, and XML (XLSX) refuses them
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000-\U000e001f\U000e0080-\U000e00ff\U000e01f0-\U000e0fff"
    "\ud800-\udfff"
    "]+"
)
# A terminal's escape sequence (ECMA-48): CSI "ESC [", parameters, a final letter
# ("\x1b[1;31m", "\x1b[2J"); OSC "ESC ]" up to BEL or ST (a window title, a link); a character
# set's choice ("\x1b(B"). Any other ESC goes alone, as an invisible character. (Not the 8-bit
# CSI U+009B: it is also cp1252's "›" read as Latin-1, and the letter after it is a word's.)
_TERMINAL_ESCAPE_RE = re.compile(
    "\x1b\\[[0-?]{0,64}[ -/]{0,8}[@-~]"
    "|\x1b\\][^\x07\x1b\x9c]{0,2000}(?:\x07|\x1b\\\\|\x9c)"
    "|\x1b[()*+][0-~]"
)
# Kept only in emoji context (decided one run at a time, see _keep_joiners).
_JOINER_RUN_RE = re.compile("[\u200d\ufe0e\ufe0f\U000e0020-\U000e007f]+")
_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")
MAX_MARKS = 4  # generic combining marks kept on one character (step 5)
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_STACKED_RE = re.compile(f"([{_MARKS}]{{{MAX_MARKS}}})[{_MARKS}]+")


def _is_emoji_base(ch: str) -> bool:
    """Pictographs and emoji modifiers (skin tones) are symbols: So or Sk."""
    return unicodedata.category(ch) in ("So", "Sk")


def _takes_variation_selector(ch: str) -> bool:
    # Emoji that take VS15/VS16 are symbols (❤ ☺ ✔), punctuation (‼ ⁉ 〰) or keycap bases
    # (0-9, # and *). A selector after a letter, mark, space or control is noise.
    return unicodedata.category(ch)[0] in "SPN"


def _keep_joiners(match: re.Match[str]) -> str:
    """Keep the ZWJ / variation selector / tag characters of one run that build an emoji."""
    text, start, end = match.string, match.start(), match.end()
    prev = text[start - 1] if start else ""
    following = text[end] if end < len(text) else ""
    prev_is_tag = False
    kept: list[str] = []
    run = match.group()
    for i, ch in enumerate(run):
        code = ord(ch)
        nxt = run[i + 1] if i + 1 < len(run) else following
        if ch in _VARIATION_SELECTORS:
            keep = bool(prev) and prev not in _VARIATION_SELECTORS and prev != _ZWJ
            keep = keep and not prev_is_tag and _takes_variation_selector(prev)
        elif ch == _ZWJ:
            left_ok = prev == "\ufe0f" or ord(prev or "\0") == _TAG_CANCEL
            left_ok = left_ok or (bool(prev) and not prev_is_tag and _is_emoji_base(prev))
            keep = left_ok and bool(nxt) and _is_emoji_base(nxt)
        elif code == _TAG_CANCEL:
            keep = prev_is_tag
        else:  # a tag letter: only inside a subdivision flag such as England or Scotland
            keep = prev == _BLACK_FLAG or prev_is_tag
        if keep:
            kept.append(ch)
            prev = ch
            prev_is_tag = _TAG_FIRST <= code <= _TAG_LAST
    return "".join(kept)


def _collapse_whitespace(text: str) -> str:
    paragraphs = (" ".join(part.split()) for part in _BLANK_LINE_RE.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def _lines_once(text: str) -> str:
    if text.isascii() and text.isprintable():
        return text  # no step changes printable ASCII (NFC included)
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAK_RE.sub("\n", text).replace(_PARAGRAPH_SEP, "\n\n")
    if "\x1b" in text:
        text = _TERMINAL_ESCAPE_RE.sub("", text)
    text = _INVISIBLE_RE.sub("", text)
    text = _JOINER_RUN_RE.sub(_keep_joiners, text)
    # Removing an invisible character can bring a base letter next to its combining mark again.
    return _STACKED_RE.sub(r"\1", unicodedata.normalize("NFC", text))


def _normalize_once(text: str) -> str:
    return _collapse_whitespace(_lines_once(text))


def normalize_lines(text: str) -> str:
    """Steps 1-5 of :func:`normalize_text`, with every line break kept as ``"\\n"``.

    Redaction reads this form: a signature's own line ("--\\nMichael Turner\\nSales
    Manager") tells a name from the words around it, which one line would not.
    ``collapse_whitespace(normalize_lines(x))[0] == normalize_text(x)``.
    """
    return _fixpoint(_lines_once, text)


def _fixpoint(step: Callable[[str], str], text: str) -> str:
    """``step`` applied until nothing changes. One pass is a fixpoint for all input we know of;
    the extra passes are a cheap guarantee of idempotence should a removal ever change the
    emoji context of a neighbour."""
    result = step(text)
    for _ in range(3):
        again = step(result)
        if again == result:
            break
        result = again
    return result


# Whitespace runs that change: any but a single space between two words (which stays as it is,
# and most runs are that one). Each match is a whole run: the trailing ``\s*`` takes the rest.
_SPACE_RUN_RE = re.compile(r"\s*[^\S ]\s*|\s{2,}|^\s+|\s+$")


def collapse_whitespace(text: str) -> tuple[str, Callable[[int], int]]:
    """Step 6 of :func:`normalize_text` on ``text``, and where each position of ``text`` went.

    A whitespace run that holds a blank line becomes ``"\\n\\n"``, any other run one space;
    leading and trailing whitespace goes. The function maps a position that is not inside a
    run (a redaction's start or end) to its position in the result.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # Single spaces between words only (no other whitespace is printable): nothing changes,
        # and the pattern's scan of every position (several µs a quote) is saved.
        return text, _same
    parts: list[str] = []
    starts: list[int] = []  # where each removed stretch ends in ``text``
    removed: list[int] = []  # characters removed up to there
    cursor = gone = 0
    for m in _SPACE_RUN_RE.finditer(text):
        parts.append(text[cursor : m.start()])
        at_edge = m.start() == 0 or m.end() == len(text)
        kept = "" if at_edge else ("\n\n" if _BLANK_LINE_RE.search(m.group()) else " ")
        parts.append(kept)
        gone += len(m.group()) - len(kept)
        starts.append(m.end())
        removed.append(gone)
        cursor = m.end()
    if not starts:
        return text, _same
    parts.append(text[cursor:])

    def moved(position: int) -> int:
        i = bisect.bisect_right(starts, position)
        return position - (removed[i - 1] if i else 0)

    return "".join(parts), moved


def _same(position: int) -> int:
    return position


def normalize_text(text: str) -> str:
    """Return ``text`` in the canonical form every later step works on.

    NFC; invisible and control characters removed except the ZWJ and variation selectors that
    belong to emoji sequences; paragraph breaks (blank lines) kept as ``"\\n\\n"``, every other
    whitespace run (single line breaks included) collapsed to one space; stripped. Never raises;
    ``normalize_text(normalize_text(x)) == normalize_text(x)``.
    """
    return _fixpoint(_normalize_once, text)
