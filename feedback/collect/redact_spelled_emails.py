"""E-mail addresses spelled out so that no "@" stands in them, or with blanks around it.

"anna.meier87 at gmx punkt de", "john dot smith84 at gmail dot com", "m.okeke2001 @ gmail.com".
(``redact_patterns`` finds "max (at) gmx (dot) de" and "max[at]gmx.de", where brackets mark
the spelling.) A bare "at" is an ordinary word, so an address needs a known top-level domain at
its end and either a spelled dot ("dot", "punkt") or a local part that looks like an address
(a dot, an underscore or a digit in it) or a word for an e-mail address right before it ("my
email is anna at gmx.de"), unless an "@" has blanks on both sides: "my account at gmail.com"
and "shoutout @amazon.de" stay.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_spelled_emails"]

_SP = r"[ \t\u00a0]"
# Where an address may be spelled: " at ", " ät ", or an "@" with a blank on one side.
_AT_RE = re.compile(rf"(?i){_SP}+(?:at|ät){_SP}+|{_SP}+@{_SP}*|(?<=\w)@{_SP}+")
_DOT = rf"(?:{_SP}+(?i:dot|punkt){_SP}+|\.)"
_TLD = (
    r"de|com|net|org|at|ch|uk|eu|info|io|fr|nl|it|es|pl|tr|be|dk|se|no|fi|cz|ie|me|biz|email"
    r"|online|us|ca|au|ng|in"
)
_HOST_RE = re.compile(rf"[\w-]+(?:{_DOT}[\w-]+)*?{_DOT}(?i:{_TLD})(?![\w-]|\.\w)")
_TLD_END_RE = re.compile(rf"(?:\.|{_SP}(?i:dot|punkt){_SP}+)(?i:{_TLD})(?![\w-])")
_LOCAL_RE = re.compile(rf"(?<![\w.+-])[\w.+-]+(?:{_DOT}[\w+-][\w.+-]*)*\Z")
_SPELLED_DOT_RE = re.compile(r"(?i)\b(?:dot|punkt)\b")
_ADDRESS_LIKE_RE = re.compile(r"[._\d]")
_LETTER_RE = re.compile(r"[^\W\d_]")
# A word for an e-mail address right before the local part: "my email is anna at gmx.de",
# "E-Mail: tom at web.de" (then a plain local part will do)
_EMAIL_WORD_BEFORE_RE = re.compile(
    r"(?i)\b(?:e-?mail|mail|mailadresse|e-mail-adresse|email\saddress)"
    r"(?:\s(?:is|ist|lautet|address\sis))?:?\s+\Z"
)
_PRONOUNS = frozenset({"me", "us", "him", "her", "them", "mich", "uns", "ihn", "sie"})
_LOOK_BACK = 60  # characters before the "at" searched for the local part


def find_spelled_emails(text: str) -> list[Candidate]:
    """E-mail addresses written with "at" and "dot"/"punkt", or with a spaced "@"."""
    found: list[Candidate] = []
    if _TLD_END_RE.search(text) is None:
        return found  # cheap: no top-level domain, spelled or written, ends any word
    for at in _AT_RE.finditer(text):
        host = _HOST_RE.match(text, at.end())
        if host is None:
            continue
        local = _LOCAL_RE.search(text, max(0, at.start() - _LOOK_BACK), at.start())
        if local is None or not _LETTER_RE.search(local.group()):
            continue  # "Kunde seit 2019 at web.de": a year is no mailbox
        spelled = _SPELLED_DOT_RE.search(text, local.start(), host.end()) is not None
        both_sides = "@" in at.group() and at.group()[0] != "@" and at.group()[-1] != "@"
        if not (
            both_sides
            or spelled
            or _ADDRESS_LIKE_RE.search(local.group().rstrip("."))
            or (
                local.group().casefold() not in _PRONOUNS
                and _EMAIL_WORD_BEFORE_RE.search(text, max(0, local.start() - 30), local.start())
            )
        ):
            continue  # "my account at gmail.com", "shoutout @amazon.de": no address
        found.append(
            Candidate(
                local.start(),
                host.end(),
                RedactionKind.EMAIL,
                PLACEHOLDERS[RedactionKind.EMAIL],
                Priority.EMAIL,
            )
        )
    return found
