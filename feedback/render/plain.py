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
