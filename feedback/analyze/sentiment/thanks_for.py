""" "Thanks for the delay", "Thank you for losing my bag": thanks for a complaint is sarcasm.

Scored word by word, the thanks (+2) outweighed what it thanks for ("delay" -1.4, "losing"
-1.7), and such tweets read as praise or mixed. When what follows "thanks for" (after at most
a few determiners and possessives: "the", "my", "another" …) is itself a clear complaint word,
the thanks is ironic and pulls down. A thanks for a fix stays ("Thanks for fixing the broken
router": "fixing" comes first), and so does a thanks for something mild ("Thanks for waiting
with me": "waiting" is no clear complaint), or negated ("Thanks for not losing my bag").
English and German ("Danke für die Verspätung").

A verb's "-ing" form that the lexicon lacks is read through its other forms ("Thanks for forcing
me to check my bag": "forced" -2.0; "Thank you for delaying us": "delay" -1.4).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from feedback.analyze.sentiment.passes import Item

# The last word of a thanks item ("thanks", "thank you", "many thanks", "danke", "vielen dank").
_THANKS = frozenset({"thanks", "thank", "you", "thx", "ty", "danke", "dank", "dankeschön"})
# The last word of thanks announced ("I would like to thank", "want to say thanks"; lexicon_en.tsv).
_ANNOUNCED = frozenset({"thank", "thanks"})
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
# Amounts between "für" and the complaint: "Danke für 40 Minuten Verspätung".
_UNITS = frozenset(
    {"minuten", "min", "stunden", "std", "tage", "minutes", "mins", "hour", "hours", "days"}
)
_ADDRESSEE = 3  # words of an addressee set off by commas: "Danke, Deutsche Bahn, für …"
CLEAR_COMPLAINT = -1.0  # valence (VADER units) from which a word thanked for is a complaint


def ironic_thanks(
    items: list[Item], low: Sequence[str], words: Mapping[str, float] | None = None
) -> None:
    """Flip each thanks whose object is a clear complaint word (in place, marked ironic);
    ``words`` (the lexicon's valences) reads "-ing" forms the lexicon lacks."""
    starts = {it.start: it for it in items}
    for it in items:
        if (
            it.valence <= 0
            or low[it.end - 1] not in _THANKS
            or not (
                low[it.start].startswith(("thank", "thx", "ty", "many", "dank", "vielen"))
                or low[it.end - 1] in _ANNOUNCED
            )
        ):
            continue
        k = it.end
        if low[k - 1] == "thank" and k < len(low) and low[k] == "you":
            k += 1  # "I'd like to thank you for the delay"
        k = _addressed(low, k)  # "Vielen Dank, liebe DB, für …"
        if k >= len(low) or low[k] not in THANKED_FOR:
            continue
        j = k + 1
        while (
            j < len(low)
            and j - k - 1 < _MAX_BETWEEN
            and (low[j] in _DETERMINERS or low[j].isdigit() or low[j] in _UNITS)
        ):
            j += 1
        thanked = starts.get(j)
        valence = thanked.valence if thanked is not None else _gerund(low, j, words)
        if valence <= CLEAR_COMPLAINT:
            it.valence = -abs(it.valence)
            it.ironic = True


def _gerund(low: Sequence[str], j: int, words: Mapping[str, float] | None) -> float:
    """The valence of the "-ing" word at ``j`` through the forms the lexicon has ("forcing":
    "force", "forced"; "stopping": "stop"), the most negative; 0 for any other word."""
    if words is None or j >= len(low) or not low[j].endswith("ing") or len(low[j]) < 6:
        return 0.0
    stem = low[j][:-3]
    forms = [stem, stem + "e", stem + "ed"]  # "forcing": "force", "forced"
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms += [stem[:-1], stem[:-1] + "ed"]  # "stopping": "stop"
    return min((words[f] for f in forms if f in words), default=0.0)


def _addressed(low: Sequence[str], k: int) -> int:
    """The position after an addressee set off by commas at ``k`` (", DB," or ", liebe Bahn,"
    of "Danke, DB, für die Verspätung"), else ``k``."""
    if k >= len(low) or low[k] != ",":
        return k
    for j in range(k + 2, min(len(low), k + 2 + _ADDRESSEE)):
        if low[j] == ",":
            return j + 1
        if not low[j][:1].isalnum():
            break
    return k
