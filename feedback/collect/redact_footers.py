"""The line a phone or mail app adds under a message: "Sent from my iPhone", "Von meinem
Samsung Galaxy Smartphone gesendet.", "Get Outlook for Android".

The rules that read a name at the end of a message ("Thx so much!! Ama", a last line that is
only a name) look at the message without it: the footer names a device, not the sender.
"""

from __future__ import annotations

import re

__all__ = ["body_end"]

_FOOTER_RE = re.compile(
    r"\n[ \t\u00a0\n]*(?:(?i:sent|gesendet)[ \t]+(?i:from|von|with|mit)[ \t]+[^\n]{1,60}"
    r"|(?i:von)[ \t]+(?i:meinem|meinem[ \t]+\w+)[^\n]{0,60}[ \t](?i:gesendet)\.?"
    r"|(?i:get)[ \t]+Outlook[ \t]+(?i:for)[ \t]+\w+)[ \t\u00a0\n]*\Z"
)


def body_end(text: str) -> int:
    """Where ``text`` ends without a device's or a mail app's footer on its last line."""
    if "\n" not in text:
        return len(text)
    m = _FOOTER_RE.search(text, max(0, len(text) - 90))
    return m.start() if m else len(text)
