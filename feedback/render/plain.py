"""Text that must reach a chart or a Streamlit message as text, never as markup.

plotly.js renders a small HTML subset in every label it draws: trace and legend names, tick
labels, axis titles, hover text (``<a href>``, ``<b>``, ``<br>``, ``<span style>``, …). Team
names, theme labels from the Settings page and agent names are typed by users, so each one
passes through :func:`plotly_text` on its way into a figure. plotly.js turns the entities back
into the characters when it draws, so a team called ``<b>Nord</b>`` is shown exactly so.
"""

from __future__ import annotations

import html
import re
import unicodedata

_MARKDOWN = re.compile(r"[!-/:-@\[-`{-~]")  # ASCII punctuation


def plotly_text(value: object) -> str:
    """``value`` as a plotly label that shows literally: ``&``, ``<`` and ``>`` as entities.

    Quotes stay as they are: plotly.js decodes ``&lt;``, ``&gt;`` and ``&amp;`` but would show
    ``&quot;`` as written. Escape once, at the figure; never an already escaped label.
    """
    return html.escape(str(value), quote=False)


# Where GitHub-flavoured markdown makes a link of bare text: a scheme's "://", "www." and the
# "@" of an e-mail address. Escaping does not stop it (the URL in "[x](https://evil)" became
# a link of its own); a word joiner after each does.
_AUTOLINK_RE = re.compile(r"(?i)(?<=:)(?=//)|(?<=www)(?=\.)|(?<=@)")
_WORD_JOINER = "\u2060"


def markdown_literal(text: str) -> str:
    """``text`` shown as typed inside Streamlit's markdown (captions, messages): names, handles
    and searches are typed by people, and "[x](https://…)", "*", "$" or ":icon:" in them must
    not turn into links, images, formatting, formulas or icons. Every ASCII punctuation mark
    is escaped with a backslash, which markdown shows as the mark itself, and an invisible word
    joiner keeps bare addresses from becoming links."""
    return _MARKDOWN.sub(r"\\\g<0>", _AUTOLINK_RE.sub(_WORD_JOINER, text))


# What a terminal acts on instead of showing: C0 controls (ESC starts colour, cursor, clear-screen
# and OSC 8 link sequences; CR overwrites the line), DEL and C1 controls (U+009B is a one-byte
# CSI), the bidi controls that reorder what is shown (Trojan Source), and lone surrogates, which
# no terminal encoding can write. Line feed and tab are layout and stay.
_TERMINAL_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: str) -> str:
    """``text`` safe to print to a terminal: every control character shown as its escape
    (``\\x1b``, ``\\u202e``), so a name or quote can neither clear the screen, colour or
    overwrite lines, plant a hidden link, nor reorder what is shown. Other text is unchanged."""
    return _TERMINAL_RE.sub(_escaped, text)


# Left-to-right mark, then right-to-left isolate ... pop directional isolate.
_LRM, _RLI, _PDI = "\u200e", "\u2067", "\u2069"


def grid_text(value: str) -> str:
    """``value`` for a cell of ``st.dataframe``, which draws on a canvas: a text that starts
    with a Hebrew or Arabic letter is set flush right in its cell, and in a column wider than
    the screen (a phone) a short one stood where nobody could see it, the cell looking empty.
    Such a text is kept in its own right-to-left order, isolated, inside a left-to-right line
    (the grid reads its first letter-like character, here the invisible mark), so it starts
    at the left of its cell like every other one."""
    for ch in value:
        direction = unicodedata.bidirectional(ch)
        if direction == "L":
            return value
        if direction in ("R", "AL"):
            return f"{_LRM}{_RLI}{value}{_PDI}"
    return value
