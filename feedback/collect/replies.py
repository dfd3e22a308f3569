"""A pasted or imported mail without the history under it: only the customer's own words.

A customer's "Danke, hat geklappt!" often arrives with the whole thread below it: "Am 03.12.2026 um
14:05 schrieb Kundenservice <service@firma.de>:" and the agent's earlier answer, or Outlook's
"-----Ursprüngliche Nachricht-----" / "Von: … Gesendet: …" block, or lines quoted with ">".
That history is not the customer's praise: its apologies ("leider", "sorry for the
inconvenience") read as complaints, its signatures and addresses are personal data nobody needs
to store, and on a wall card it buries the thanks. So the text is cut at the first reply header,
and quoted lines (two or more opening with ">") are left out, before redaction and analysis.

A header counts only on a line of its own that names a moment or an address ("Am Montag schrieb
ich Ihnen:" is the customer's own sentence and stays). When nothing of the customer's own would
remain (the paste starts with the header), the text is kept as it is. Works on text whose line
breaks are still there (``normalize_lines``).
"""

from __future__ import annotations

import re

__all__ = ["own_words"]

# A moment or an address in a header line: "14:05", "03.12.2026", "2026", "<a@b.de>", "a@b.de".
_STAMP = r"(?:\d{1,2}[.:]\d{2}|\b\d{4}\b|@)"
# "Am 03.12.2026 um 14:05 schrieb Kundenservice <service@firma.de>:", also wrapped onto a
# second line: "On Mon, 3 Dec 2026 at 14:05, Support Team" + "<support@acme.com> wrote:".
_WROTE = (
    rf"[ \t>]*(?:On|Am|Le|El|Il|Op)\b[^\n]{{0,200}}?{_STAMP}[^\n]{{0,200}}(?:\n[^\n]{{0,200}})?"
    r"(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)[^\n]{0,120}:[ \t]*$"
)
_DIVIDER = (
    r"[ \t]*-{2,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Forwarded message|"
    r"Weitergeleitete Nachricht|Originalnachricht)[ \t]*-{2,}[ \t]*$"
)
# Outlook's block: "Von: …" / "From: …" with "Gesendet:" / "Sent:" / "Date:" within two lines.
_OUTLOOK = (
    r"[ \t]*(?:_{10,}[ \t]*\n[ \t]*)?(?:From|Von|De):[ \t]+[^\n]+\n(?:[^\n]*\n)?"
    r"[ \t]*(?:Sent|Gesendet|Date|Datum|Envoyé):[ \t]+[^\n]+$"
)
# One search finds the first header of any kind: where the history starts.
_HEADER_RE = re.compile(f"^(?:{_WROTE}|{_DIVIDER}|{_OUTLOOK})", re.MULTILINE | re.IGNORECASE)
_QUOTED_LINE_RE = re.compile(r"^[ \t]*>[^\n]*(?:\n|\Z)", re.MULTILINE)
# Quoting is a block of lines; one line opening with ">" is more likely the customer's own
# (">>> Super Service <<<").
_QUOTED_LINES = 2


def own_words(text: str) -> str:
    """``text`` up to its first reply header, without lines quoted with ">"; ``text`` itself
    when nothing of its own would remain."""
    header = _HEADER_RE.search(text)
    cut = header.start() if header else len(text)
    own = text[:cut]
    if ">" in own:
        unquoted, quoted = _QUOTED_LINE_RE.subn("", own)
        own = unquoted if quoted >= _QUOTED_LINES else own
    own = own.rstrip()
    return own if own.strip() else text
