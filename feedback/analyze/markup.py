"""What a quote says, without the markup around it: links, HTML tags, Markdown and spreadsheet
formulas are no customer's words.

A quote pasted from a mail or a chat can carry "https://…", "<p>", "**toll**" or
"[hier](javascript:…)"; a hostile one carries "<script>alert('xss')</script>". Their pieces
("https", "com", "img", "onerror", "alert") reached the word clouds, and "://" and "com" the
sentiment's evidence. The analysis reads :func:`plain`: links and tags become a space, a
Markdown link becomes its text, emphasis markers and a formula's function name go, and so do
a LaTeX command ("$$\\int_0^1$$" gave "int") and a Streamlit directive (":red[rot]" gave "red",
":material/star:" gave "material" and "star"); the directive's text stays. A terminal's
colour code whose ESC was dropped ("[31mRot[0m", stored before the normaliser removed such
codes whole) gave "31mrot" and "0m": it goes too, as does a spreadsheet's DDE call
("=cmd|' /C calc'!A0"). The stored and shown
text stay as written (escaped where they are shown).
"""

from __future__ import annotations

import html
import re

# Any sign that there is markup at all: most quotes have none and are returned as they are.
_MAYBE = re.compile(r"[<*_`~\]=@&\\]|\|'|://|www\.|javascript:|:[a-z]|\[\d", re.IGNORECASE)
# A character reference ("&amp;", "&lt;/b&gt;", "&#39;") is the character it stands for: "amp",
# "lt" and ";/" (an emoticon) reached the clouds.
_REFERENCE = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,9}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_SCRIPT = re.compile(r"(?is)<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)")
_TAG = re.compile(r"</?[A-Za-z!][^<>]{0,300}>")
_MD_LINK = re.compile(r"\[([^\[\]]{1,200})\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")
_URL = re.compile(r"(?i)(?:\b(?:https?|ftp)://|\bwww\.|\bjavascript:)[^\s<>\"']*")
# "**toll**", "__toll__", "~~alt~~", "`code`"; a run of stars is a rating ("*****"): it stays.
_EMPHASIS = re.compile(r"(?<!\*)\*\*(?!\*)|(?<!_)__(?!_)|~~|`+")
# "@TelekomHilft", "@Jess_at_BT": an address, not a word (an e-mail is redacted before this).
# It becomes "@user", as in the tweets the sentiment model learnt from (train/corpora.clean);
# the clouds and the evidence leave "user" out.
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{1,30}")
HANDLE = "@user"
HANDLE_WORD = "user"  # the token the tokenizer makes of it
# "\int", "\frac", "\textbf": a formula's command, shown as a symbol if at all.
_LATEX = re.compile(r"\\[A-Za-z]+")
# ":red[", ":blue-background[", ":small[" open a directive whose text stays; ":material/star:"
# is an icon. Never after a word or a colon ("Uhr:red[" is no directive a person types).
_DIRECTIVE = re.compile(r"(?<![\w:]):(?:[a-z]+(?:-[a-z]+)?\[|material/[a-z0-9_]+:)")
# What is left of "\x1b[1;31m" without its ESC (a select graphic rendition: digits, "m").
_COLOUR_CODE = re.compile(r"\[\d{1,3}(?:;\d{1,3}){0,15}m(?!\])")
# A spreadsheet's DDE call ("=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|'/C calc'!A0"): program,
# command and cell are no customer's words ("cmd", "calc" and "a0" reached the clouds).
_DDE = re.compile(
    r"(?<![\w.])[=+\-@]?[A-Za-z][\w.]{0,30}\|'[^'\n]{0,300}'!\$?[A-Za-z]{0,3}\$?\d{0,7}"
)
_FORMULA = re.compile(r"(?<![\w.])=?[A-Z][A-Z0-9.]{2,}\(")


def plain(text: str) -> str:
    """``text`` without links, tags, Markdown emphasis, formula names, LaTeX commands,
    Streamlit directives, colour codes left of terminal escapes and DDE calls (see the
    module)."""
    if _MAYBE.search(text) is None:
        return text
    if "&" in text and _REFERENCE.search(text):
        text = html.unescape(text)
    text = _SCRIPT.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(HANDLE, text)
    text = _EMPHASIS.sub("", text)
    text = _LATEX.sub(" ", text)
    text = _DIRECTIVE.sub(" ", text)
    text = _COLOUR_CODE.sub("", text)
    text = _DDE.sub(" ", text)
    return _FORMULA.sub(" ", text)


def without_handles(tokens: list[str], text: str) -> list[str]:
    """``tokens`` of ``text`` (after :func:`plain`) without the "user" of each @handle: no word
    for the rules or the emotions. Unchanged (the same list) when ``text`` has no handle."""
    if HANDLE not in text:
        return tokens
    return [token for token in tokens if token != HANDLE_WORD]
