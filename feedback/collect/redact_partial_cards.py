"""The last four digits of a card or account, as a receipt or an app shows them.

* after "ending"/"ends" or "endet"/"endend" with a card, account or number word up to five
  words before: "card ending 0093", "the card ending in 5521", "Die Karte endet auf 4821",
  "Kreditkarte endet mit 7730", "Konto mit der Endung 1234";
* after "last four (digits)" / "letzten vier (Ziffern)": "last 4 digits are 7781";
* behind a mask of stars, crosses or dots: "Visa **** 4242", "XXXX-XXXX-XXXX-1881", with the
  first digits before the mask too ("4532 01** **** 7719").

Four digits alone identify no one, but with a name or an order they narrow a customer down and
a reader loses nothing without them. A year stays: "the contract ending in 2025", "Vertrag
endet 2026" (no card word before, or a year after "in").
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_partial_cards"]

_CARD_WORD = (
    r"(?:\w*karte|card|visa|master\s?card|amex|maestro|girocard|debit|credit|konto|account"
    r"|acct|nummer|number|iban)"
)
_ENDING = (
    r"(?:ending|ends|that\sends|endend|endet|endete|mit\sder\sendung|with\sthe\sending|endung)"
    r"(?:\s(?:in|with|on|auf|mit|in\sden\sziffern|with\sthe\sdigits|digits))?[\s:]*"
)
_AFTER_WORD_RE = re.compile(
    # "cards", "Kontos": the word may go on
    rf"(?i:\b{_CARD_WORD}[^\W\d_]*(?:[ \t,]+[^\W\d_]+){{0,5}}?[ \t,]+{_ENDING})"
    r"(?P<digits>\d{4})(?![\d.,:/-]?\d)"
)
_LAST_FOUR_RE = re.compile(
    r"(?i:\b(?:last\s(?:four|4)(?:\sdigits)?|letzten\s(?:vier|4)(?:\s(?:ziffern|stellen))?)"
    r"(?:\s(?:of\s(?:my|the)\s\w+|meiner\s\w+|der\s\w+))?[\s:]*(?:are|is|sind|lauten|=)?\s*)"
    r"(?P<digits>\d{4})(?![\d.,:/-]?\d)"
)
# with the card's first digits before the mask too: "4532 01** **** 7719", "5412 **** **** 3301"
_MASKED_RE = re.compile(
    r"(?<![\w*•])(?:\d{4}[ \t-]?(?:\d{2}[*xX•]{2}[ \t-]?|(?=[*xX•])))?"
    r"(?:[*xX•]{2,}[ \t-]?){1,3}(?P<digits>\d{4})(?![\d.,:/-]?\d)"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d\Z")


def find_partial_cards(text: str) -> list[Candidate]:
    """Last four digits after "ending …", "last four …" or a mask, as a card."""
    kind = RedactionKind.CARD
    found: list[Candidate] = []
    for pattern in (_AFTER_WORD_RE, _LAST_FOUR_RE, _MASKED_RE):
        for m in pattern.finditer(text):
            digits = m.group("digits")
            if pattern is _AFTER_WORD_RE and _YEAR_RE.match(digits) and " in " in m.group():
                continue  # "the account ending in 2025" reads as a year
            start = m.start("digits") if pattern is not _MASKED_RE else m.start()
            found.append(Candidate(start, m.end(), kind, PLACEHOLDERS[kind], Priority.CARD))
    return found
