"""Comments as helpdesks export them, read as the text the customer wrote.

Some exports hold a comment as HTML: "Danke &amp; Grüße", "It&#39;s great", "<p>Thanks!</p>
<p>Best</p>". Shown as it is, the wall would read "&amp;" and "<p>" (every view escapes quote
text, rightly). So the formatting tags of such an export become line breaks or nothing, and
character references become characters. Anything else stays as written: "I <3 you",
"a < b", and a "<script>" a customer typed (it is text, and every view shows it as text).

A NUL byte in an exported comment stands where a separator was (a line break or space that a
helpdesk's database or a converter wrote as 0x00): it becomes a space, so "Mit\\0freundlichen"
reads "Mit freundlichen", not "Mitfreundlichen" (the normaliser drops control characters, as
it must for typed text, where they hide inside words).
"""

from __future__ import annotations

import html
import re

__all__ = ["plain_comment"]

# Tags that end a line, and tags that only format; with attributes or self-closing.
_BREAK_TAG_RE = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\b[^<>]*>", re.I)
_FORMAT_TAG_RE = re.compile(
    r"</?(?:p|div|span|b|strong|i|em|u|a|ul|ol|li|font|blockquote|h[1-6]|table|tbody|thead|tr"
    r"|td|th|small|big|sub|sup|img|center)\b[^<>]*>",
    re.I,
)
_NUL_RUN_RE = re.compile("\0+")
_REFERENCE_RE = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


def plain_comment(text: str) -> str:
    """``text`` with an export's HTML formatting and character references resolved, and its
    NUL bytes as spaces."""
    if "\0" in text:
        text = _NUL_RUN_RE.sub(" ", text)
    if "<" in text:
        text = _FORMAT_TAG_RE.sub("", _BREAK_TAG_RE.sub("\n", text))
    if "&" in text and _REFERENCE_RE.search(text):
        text = html.unescape(text)
    return text
