"""A score the customer gives in words: "10/10", "4,5/5", "3/10" (one token, analyze/tokens.py).

A score is a verdict, like a star rating: at least 80 % of the scale is praise as strong as
"five stars", at most 40 % a complaint as strong as "one star"; what lies between says little
either way ("3/5", "6/10") and scores nothing.

A score is also the customer's own verdict: the trained model, which learnt "5 star resort" and
"out of" from neutral review sentences, may not overrule it with "neutral" (sentiment/hybrid.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SCORE_RE = re.compile(r"(\d{1,3}(?:[.,]\d)?)/(100|10|5)")
PRAISE = 2.6  # as "five stars" in lexicon_en.tsv
COMPLAINT = -2.3  # as "one star"
PRAISE_FROM = 0.8
COMPLAINT_UP_TO = 0.4


def score_valence(token: str) -> float:
    """Valence of a score token ("9/10" → praise); 0.0 for anything else or an impossible score
    ("12/10" is praise too: customers exaggerate; "120/100" as well)."""
    match = _SCORE_RE.fullmatch(token)
    if match is None:
        return 0.0
    share = float(match.group(1).replace(",", ".")) / int(match.group(2))
    if share >= PRAISE_FROM:
        return PRAISE
    if share <= COMPLAINT_UP_TO:
        return COMPLAINT
    return 0.0


_OUT_OF = frozenset({"out of", "von", "of"})
_STARS = frozenset({"star", "stars", "stern", "sterne", "sternen"})
_ONE_STAR = frozenset({"star", "stern"})
_NUMBER_WORDS = {
    **{w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five"))},
    **{w: i for i, w in enumerate(("null", "eins", "zwei", "drei", "vier", "fünf"))},
    "ten": 10, "zehn": 10, "einer": 1, "ein": 1,
}  # fmt: skip


def stated_score(low: Sequence[str]) -> int:
    """+1 when the lower-cased tokens ``low`` state a top score ("10/10", "5 out of 5", "10 von
    10", "5 stars"), -1 for a bottom one ("1/5", "1 out of 5", "1 Stern"), 0 when they state
    none (or both)."""
    signs = {_sign(score_valence(t)) for t in low if "/" in t}
    for i in range(len(low) - 2):
        gap = 2 if low[i + 1] == "out" and low[i + 2] == "of" else 1
        if i + gap + 1 >= len(low) or (gap == 1 and low[i + 1] not in _OUT_OF):
            continue
        got, scale = _number(low[i]), _number(low[i + gap + 1])
        if got is not None and scale in (5, 10):
            signs.add(_sign(score_valence(f"{got}/{scale}")))
    for i in range(len(low) - 1):
        stars = _number(low[i]) if low[i + 1] in _STARS else None
        if stars is not None and (stars <= 1 or low[i + 1] not in _ONE_STAR):
            # "5 stars", "6 stars if I could", "1 Stern"; "a 5 star resort" is its class
            signs.add(1 if stars >= 4 else -1 if stars <= 2 else 0)
    signs.discard(0)
    return signs.pop() if len(signs) == 1 else 0


def _number(token: str) -> int | None:
    if token.isdecimal() and len(token) <= 3:
        return int(token)
    return _NUMBER_WORDS.get(token)


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)
