"""Dates of birth: a date after "geboren am", "Geburtsdatum", "geb.", "born on", "date of birth",
"DOB" and the like. Customers give theirs to be identified ("Geburtsdatum zur Prüfung:
03.04.1985") and thank the agent in the same message.

The keyword stays; only the date becomes ``[BIRTHDATE]``. Any other date (when a call was,
when a parcel came) is kept: it says nothing about who the customer is.
"""

from __future__ import annotations

import re

from feedback.collect.redact_patterns import PLACEHOLDERS, Candidate, Priority, RedactionKind

__all__ = ["find_birthdates"]

BIRTHDATE_TOKEN = PLACEHOLDERS[RedactionKind.BIRTHDATE]

_MONTHS = (
    r"jan(?:uar|uary)?|j[äa]n(?:ner)?|feb(?:ruar|ruary)?|m[äa]r(?:z|ch)?|apr(?:il)?|ma[iy]"
    r"|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?"
    r"|de[cz](?:ember)?"
)
_DATE = (
    r"(?:\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|\d{2})"  # 03.04.1985, 3/4/85, 03-04-1985
    r"|\d{4}-\d{2}-\d{2}"  # 1985-04-03
    rf"|\d{{1,2}}[-/](?:{_MONTHS})[-/](?:\d{{4}}|\d{{2}})"  # 03-Sep-1982, 3/Apr/85
    # 3. April 1985, 3rd of April 85
    # and a year cut short: "3rd of May '79"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\.\s?|\s)(?:of\s)?(?:{_MONTHS})\.?,?\s(?:\d{{4}}|['’]?\d{{2}})"
    rf"|(?:{_MONTHS})\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}})"  # April 3rd, 1985
)
_KEYWORD = (
    # "GebDat", "Geb.-Dat.", "Geburtsdat." before "geb." alone
    r"geboren(?:\s(?:am|den))?|geb(?:urts)?\.?\s?-?dat(?:um\b|\.|\b)"
    r"|geb\.(?:\s(?:am|den))?|geb(?=\s?:)|geburtsdatum|geburtstag(?:\sist)?"
    r"|born(?:\s(?:on|in))?|date\sof\sbirth|birth\s?date|birthday(?:\sis)?|d\.?o\.?b\.?"
    # "Jahrgang" with a whole date ("Jahrgang 1985" alone is a year); "date of birth's"
    r"|jahrgang(?=\s?:?\s?\d{1,2}\.\s?\d{1,2}\.)"
)
# The keyword, then at most a few words of filler ("ist der", "zur Prüfung", "it's"): a colon,
# a dash, a bracket or up to three short words, before the date itself.
_BIRTHDATE_RE = re.compile(
    rf"(?i)(?:\b(?:{_KEYWORD})(?:['’]s)?|(?<![\w*])\*(?=\s?\d)"  # "*": born, as in a family tree
    # "b. 3 April 1985", "b. 03/04/1985": English "born", only right before a whole date
    rf"|(?<![\w.])b\.(?=\s?(?:{_DATE})(?!\d)))"
    # or the question and the answer's speaker: "date of birth?\nCustomer: 2 June 1990"
    rf"(?P<fill>\?\s+[^\W\d]{{1,12}}:\s?"
    # filler words of up to 20 letters: "für die Verifizierung:"
    rf"|\s?[:\-–(]?\s?(?:[^\W\d](?:[^\W\d]|'){{0,19}}[:,]?\s){{0,4}}[:\-–(]?\s?)"
    rf"(?P<date>{_DATE})(?!\d)"
    # or the date first: "am 1. April 1980 geboren", "on 3 May 1990 I was born" is rarer
    rf"|(?<![\d.])(?P<before>{_DATE})(?!\d)\s(?=geboren\b|born\b)"
)
# A date of birth corrected or given twice: "15.08.1971 statt 15.08.1917", "07/04/1975, not
# 04/07/1975", "3.4.85 oder 4.3.85": the second date is one too.
_ANOTHER_RE = re.compile(
    rf"(?i)\s?[,;]?\s(?:statt|anstatt|nicht|not|instead\sof|oder|or|bzw\.|und|and)\s"
    rf"(?P<date>{_DATE})(?!\d)"
)
# A call note's "Mrs Morag Sinclair, 19 Mar 1957," / "Frau Erna Kühn, 12.03.1941,": a date
# of the last century or this one's first years right after a titled name and a comma, set
# off by a comma or a bracket after it too ("Dear Mr Jones, 3 March 1999 was when …" stays)
_APPOSED_RE = re.compile(
    r"(?:Herrn?|Frau|Hr\.|Fr\.|Mrs?\.?|Ms\.?|Miss)\s(?:[^\W\d_][\w'’.-]*\s){0,2}[^\W\d_][\w'’-]+"
    rf",\s(?P<date>(?i:{_DATE}))(?!\d)(?<=(?:19\d\d|200\d|201[0-5]))(?=\s?(?:[,;)\n]|\Z))"
)
_FIRST_LETTERS = frozenset("gbdjGBDJ*")


def find_birthdates(text: str) -> list[Candidate]:
    """Every date of birth in ``text`` (the date only, not its keyword)."""
    spans: list[tuple[int, int]] = []
    if "," in text:
        spans += [m.span("date") for m in _APPOSED_RE.finditer(text)]
    if not _FIRST_LETTERS.intersection(text):
        return _dates(spans)
    for m in _BIRTHDATE_RE.finditer(text):
        key = "date" if m.group("date") else "before"
        spans.append((m.start(key), m.end(key)))
        more = _ANOTHER_RE.match(text, m.end(key))
        while more is not None:
            spans.append((more.start("date"), more.end("date")))
            more = _ANOTHER_RE.match(text, more.end("date"))
    return _dates(spans)


def _dates(spans: list[tuple[int, int]]) -> list[Candidate]:
    return [
        Candidate(start, end, RedactionKind.BIRTHDATE, BIRTHDATE_TOKEN, Priority.REFERENCE_KEYWORD)
        for start, end in spans
    ]
