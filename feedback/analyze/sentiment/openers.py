""" "Well, I have been waiting two weeks": "well" that opens a sentence is a pause, no praise.

VADER scores "well" +1.1 for "it works well", but a customer who starts with it is taking a
breath before the point ("Well, I called again today", "Well I have been through most of the
flavours", "Oh well, I'll wait"). "well" counts nothing when it opens its sentence (or a clause
after a break), or follows "oh", and a comma or a word that starts a clause comes next: a
pronoun, a determiner, a time word. "Well done", "well explained" and "well worth it" are
phrases or go on with what is praised, and keep their praise; so does "well" after a verb
("It works well.").
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import Item

WELL = "well"
# Words that open a clause after a pausing "well".
_CLAUSE_OPENERS = frozenset(
    {
        "i", "i'm", "im", "i've", "i'd", "i'll", "we", "we're", "we've", "you", "you're", "they",
        "they're", "he", "she", "it", "it's", "its", "that", "that's", "thats", "this", "there",
        "there's", "the", "my", "our", "your", "now", "then", "after", "so", "yes", "no", "um",
        "ok", "okay", "actually", "apparently", "anyway", "here", "what", "if", "since", "when",
    }
)  # fmt: skip
_PAUSES = frozenset({"oh", "ah", "o"})


def pausing_well(items: list[Item], low: Sequence[str], sent_of: Sequence[int]) -> None:
    """Zero each "well" that opens its sentence (or follows "oh") before a clause (in place)."""
    for it in items:
        if it.end - it.start != 1 or low[it.start] != WELL or it.valence <= 0:
            continue
        k = it.start - 1
        opens = k < 0 or sent_of[k] != sent_of[it.start] or not low[k][0].isalnum()
        if not opens and low[k] not in _PAUSES:
            continue
        nxt = low[it.end] if it.end < len(low) else ""
        if not nxt or not nxt[0].isalnum() or nxt in _CLAUSE_OPENERS:
            it.valence = 0.0
