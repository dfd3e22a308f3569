"""One tokeniser for every analyser, so a quote is split once and the same way everywhere.

Tokens keep their surface form. Emoji sequences (with skin tones, ZWJ joins and variation
selectors), emoticons, redaction placeholders such as ``[EMAIL]``, words with inner hyphens or
apostrophes ("Hans-Peter", "don't", "1A"), scores such as "10/10" and runs of ``!``/``?`` are
single tokens.
"""

from __future__ import annotations

import re

# Emoji: a pictograph, optionally followed by a variation selector or skin tone, chained by ZWJ.
# Regional-indicator pairs (flags) count as one token.
_EMOJI_CORE = (
    r"(?:[\U0001F1E6-\U0001F1FF]{2}"
    r"|[\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\U0001F000-\U0001FAFF]"
    r"[\uFE0F\U0001F3FB-\U0001F3FF]*"
    r"(?:\u200D[\u2600-\u27BF\u2B00-\u2BFF\U0001F000-\U0001FAFF][\uFE0F\U0001F3FB-\U0001F3FF]*)*)"
)
# Not after a digit ("18:30" is a time, not "18" ":3" "0"; "2018)" no "8)"), and a reversed one
# not right after a word ("(vor 1 Minuten):" closes a bracket, it is no sad face). A face whose
# mouth is a letter or digit is none when a letter or digit follows ("=Dallas", "8pm" gave "=D"
# and "8p"); "8" as eyes only with a bracket or slash for a mouth, and never in a reversed face:
# "seat 8D", "gate D8" and "(8am takeoff)" are seats and times, not grins (airline tweets).
_MOUTH = r"[\)\]\(\[/\\|@]"  # a mouth that is no letter or digit
_EMOTICON = (
    rf"(?:<3+|</3|(?<!\d)(?:[:;=][\-o\*']?[\)\]\(\[dDpP/\\|@3]*(?:{_MOUTH}|[dDpP3](?![^\W_]))"
    rf"|8[\-o\*']?{_MOUTH}+)"
    rf"|(?<![^\W_])[\)\]\(\[dDpP/\\|@]+[\-o\*']?[:;=])"
)
_PLACEHOLDER = r"\[[A-Z]+\]"
# Letters/digits, joined by single apostrophes or hyphens; written as runs (not one character
# at a time with a look-ahead), which the regex engine matches about a third faster.
_WORD = r"[^\W_]+(?:['’\-][^\W_]+)*"
_PUNCT_RUN = r"[!?]+"
# A score out of 5, 10 or 100 ("10/10", "4,5/5"): one token, which the sentiment rules read as a
# rating (sentiment/scores.py). Not a date ("12/05/2026", "1/5/26", "on 3/10", "am 1/5") and not
# "24/7"; a score is at most a little over its scale ("12/10"), a date's day often is not.
_NOT_AFTER_DATE_WORD = "".join(
    rf"(?<!(?i:\b{word}) )"
    for word in ("on", "am", "by", "vom", "zum", "bis", "due", "from", "seit", "until", "since")
)
_SCORE = (
    rf"(?=\d){_NOT_AFTER_DATE_WORD}(?<![\d/.,])"  # (?=\d) first: cheap at every other place
    r"(?:(?:[0-5](?:[.,]\d)?|6)/5|(?:\d|1[0-2])(?:[.,]\d)?/10|\d{1,3}/100)(?![\d/])"
)

TOKEN_RE = re.compile(
    "|".join((_PLACEHOLDER, _EMOJI_CORE, _EMOTICON, _SCORE, _WORD, _PUNCT_RUN)),
)
EMOJI_RE = re.compile(_EMOJI_CORE)
_EMOTICON_FULL_RE = re.compile(_EMOTICON + r"\Z")


def tokenize(text: str) -> list[str]:
    """Split ``text`` into tokens (surface forms, order kept, other punctuation dropped)."""
    return TOKEN_RE.findall(text)


def is_emoji(token: str) -> bool:
    """True when ``token`` is one emoji sequence."""
    return EMOJI_RE.fullmatch(token) is not None


def is_emoticon(token: str) -> bool:
    """True when ``token`` is an ASCII emoticon such as ``:-)`` or ``<3``."""
    return _EMOTICON_FULL_RE.match(token) is not None


# Clause breaks (sentence and clause punctuation) are dropped by ``tokenize``; the sentiment rules
# need them to end negation scope and to weigh a contrast clause, so this variant keeps them as
# tokens of their own. Emoticons still win (":)" is tried before ":"), because the alternative
# comes last.
BREAK_RE = re.compile(r"[.,;:…–—]+")
TOKEN_OR_BREAK_RE = re.compile(TOKEN_RE.pattern + r"|[.,;:…–—]+")


def tokenize_with_breaks(text: str) -> list[str]:
    """Like ``tokenize`` but keeps runs of ``. , ; : … – —`` as break tokens (for clause scope).
    A hyphen typed with a space on each side is a dash ("did not work - I loved it" read "not
    loved"); a hyphen inside a word ("well-known") or before a number stays no break."""
    if " -" in text:
        text = text.replace(" -- ", " – ").replace(" - ", " – ")
    return TOKEN_OR_BREAK_RE.findall(text)


def is_break(token: str) -> bool:
    """True when ``token`` is a clause break produced by ``tokenize_with_breaks``."""
    return BREAK_RE.fullmatch(token) is not None
