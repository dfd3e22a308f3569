"""A message as the pipeline stores it: normalised, and redacted while its lines still show.

``normalize_text`` makes one line of every paragraph (single line breaks in mails are mostly
hard wraps). Redacting that one line lost what the lines told: a signature on its own lines
("--\\nMichael Turner\\nSales Manager") read "-- M. T. S. M.", the job title taken for a name.
So redaction reads the text with its line breaks (``normalize_lines``), and the whitespace is
collapsed afterwards, the findings moved along with it. A mail's history under the customer's
own words (a quoted reply, Outlook's original message) is left out first
(:mod:`feedback.collect.replies`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from feedback.collect.normalize import collapse_whitespace, normalize_lines
from feedback.collect.redact import Redaction, redact
from feedback.collect.replies import own_words

__all__ = ["normalized_and_redacted"]


def normalized_and_redacted(text: str, known_names: Iterable[str]) -> tuple[str, Redaction]:
    """(``normalize_text(text)`` without the mail history under the customer's own words
    (:func:`own_words`), the redaction of the text as it is stored)."""
    lined = own_words(normalize_lines(text))
    redaction = redact(lined, tuple(known_names))
    stored, moved = collapse_whitespace(redaction.text)
    findings = tuple(replace(f, start=moved(f.start), end=moved(f.end)) for f in redaction.findings)
    # Most texts hold nothing to redact: their stored form is the normalised one already.
    normalized = stored if redaction.text == lined else collapse_whitespace(lined)[0]
    return normalized, Redaction(stored, findings)
