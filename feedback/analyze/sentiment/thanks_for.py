""" "Thanks for the delay", "Thank you for losing my bag": thanks for a complaint is sarcasm.

Scored word by word, the thanks (+2) outweighed what it thanks for ("delay" -1.4, "losing"
-1.7), and such tweets read as praise or mixed. When what follows "thanks for" (after at most
a few determiners and possessives: "the", "my", "another" …) is itself a clear complaint word,
the thanks is ironic and pulls down. A thanks for a fix stays ("Thanks for fixing the broken
router": "fixing" comes first), and so does a thanks for something mild ("Thanks for waiting
with me": "waiting" is no clear complaint), or negated ("Thanks for not losing my bag").
English and German ("Danke für die Verspätung").
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import Item

# The last word of a thanks item ("thanks", "thank you", "many thanks", "danke", "vielen dank").
_THANKS = frozenset({"thanks", "thank", "you", "thx", "ty", "danke", "dank", "dankeschön"})
THANKED_FOR = frozenset({"for", "für"})  # the engine runs the pass only when one is in the quote
# Words that may stand between "for" and what the thanks is for.
_DETERMINERS = frozenset(
    {
        "the", "a", "an", "my", "our", "this", "that", "these", "those", "your", "another",
        "all", "yet", "once", "again", "die", "den", "das", "der", "dem", "meine", "meinen",
        "unsere", "unseren", "ihre", "erneute", "erneuten", "schon", "wieder",
    }
)  # fmt: skip
_MAX_BETWEEN = 3  # "thanks for yet another delay": three words at most before the complaint
CLEAR_COMPLAINT = -1.0  # valence (VADER units) from which a word thanked for is a complaint


def ironic_thanks(items: list[Item], low: Sequence[str]) -> None:
    """Flip each thanks whose object is a clear complaint word (in place, marked ironic)."""
    starts = {it.start: it for it in items}
    for it in items:
        if (
            it.valence <= 0
            or low[it.end - 1] not in _THANKS
            or not low[it.start].startswith(("thank", "thx", "ty", "many", "dank", "vielen"))
        ):
            continue
        if it.end >= len(low) or low[it.end] not in THANKED_FOR:
            continue
        j = it.end + 1
        while j < len(low) and j - it.end - 1 < _MAX_BETWEEN and low[j] in _DETERMINERS:
            j += 1
        thanked = starts.get(j)
        if thanked is not None and thanked.valence <= CLEAR_COMPLAINT:
            it.valence = -abs(it.valence)
            it.ironic = True
