""" "Ich war nicht lange in der Warteschleife": a short wait is speed praise.

Waiting words are complaints ("Warteschleife", "gewartet", "on hold"), and a negator reaches
only three words ("nicht lange in der Warteschleife" left "Warteschleife" a complaint). When the
wait's clause says it was short before naming it ("nicht lange", "nur kurz", "kaum", "not long",
"barely", "hardly", or a negated "long": "I wasn't on hold for long"), the wait is praise, unless
the quote names a long wait as well ("kaum durchgekommen, 40 Minuten gewartet"). A wait said
not to be short after it ("Die Wartezeit war nicht kurz") stays a complaint: its "nicht" negates
"kurz", not the wait (``not_short``).
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import Item

SHORT_WAIT = 1.2  # valence of a short wait, like mild speed praise
REACH = 4  # tokens from the shortener to the waiting word
WAITING = frozenset(
    {
        "warteschleife", "warteschlange", "wartemusik", "warten", "gewartet", "wartet", "warte",
        "wartezeit", "wartezeiten", "wait", "waited", "waiting", "on hold", "put on hold", "queue",
    }
)  # fmt: skip
_SHORT = frozenset({"kaum", "kurz", "kurze", "kurzer", "barely", "hardly", "briefly", "short"})
_LONG = frozenset({"lange", "lang", "long"})
# Said of a wait after it: "Die Wartezeit war erträglich / überschaubar".
_BEARABLE = frozenset(
    {"erträglich", "überschaubar", "gering", "minimal", "akzeptabel", "nur", "lediglich"}
)
_NEGATORS = frozenset({"nicht", "nie", "not", "never", "no"})
_SCOPE_ENDS = frozenset({"und", "and", "oder", "or", "aber", "but", "sondern"})


def _shortened(low: Sequence[str], clause_of: Sequence[int], at: int) -> list[int]:
    """Positions of the words that call the wait at ``at`` short, in the words before it or,
    for a negated "long", around it ("I wasn't on hold for long"); empty when none do."""
    clause = clause_of[at]
    negator = -1
    for k in range(at - 1, max(-1, at - 1 - REACH), -1):
        if clause_of[k] != clause or low[k] in _SCOPE_ENDS:
            break
        if low[k] in _SHORT:
            return [k]
        if low[k] in _NEGATORS or low[k].endswith("n't"):
            negator = k
    if negator < 0:
        return _said_short(low, clause_of, at)
    around = range(max(0, at - REACH), min(len(low), at + REACH + 1))
    long = next((k for k in around if low[k] in _LONG and clause_of[k] == clause), -1)
    return [negator, long] if long >= 0 else []


def short_waits(
    items: list[Item], low: Sequence[str], clause_of: Sequence[int], long_wait: bool
) -> None:
    """Read each wait its clause calls short as speed praise (in place); its evidence names the
    words that say so ("nicht lange Warteschleife")."""
    if long_wait:
        return
    for it in items:
        if it.valence >= 0 or it.key not in WAITING:
            continue
        words = _shortened(low, clause_of, it.start)
        if words:
            it.valence = SHORT_WAIT
            it.mods.extend(k for k in words if k not in it.mods)


def _said_short(low: Sequence[str], clause_of: Sequence[int], at: int) -> list[int]:
    """The words after the wait that call it short ("Die Wartezeit war kurz", "… war
    erträglich", "… betrug nur zwei Minuten", "… war nicht lang"); a negator before any other
    word keeps the complaint ("… war nicht kurz")."""
    clause = clause_of[at]
    for k in range(at + 1, min(len(low), at + 1 + REACH)):
        if clause_of[k] != clause or low[k] in _SCOPE_ENDS:
            return []
        if low[k] in _NEGATORS:
            after = k + 1 < len(low) and low[k + 1] in _LONG and clause_of[k + 1] == clause
            return [k, k + 1] if after else []
        if low[k] in _SHORT or low[k] in _BEARABLE:
            return [k]
    return []


def not_short(
    items: Sequence[Item], low: Sequence[str], clause_of: Sequence[int], negs: list[int]
) -> None:
    """A wait called not short after it ("Die Wartezeit war nicht kurz", "… war nicht gerade
    erträglich") is a complaint whose negator negates "kurz": that negator leaves ``negs`` (so
    the clause-final negation does not turn the wait into praise) and joins the evidence."""
    for it in items:
        if it.valence >= 0 or it.key not in WAITING:
            continue
        clause = clause_of[it.start]
        for k in range(it.end, min(len(low) - 1, it.end + REACH)):
            if clause_of[k] != clause or low[k] in _SCOPE_ENDS:
                break
            if k not in negs:  # "nicht" or a negating phrase's last word ("nicht gerade")
                continue
            short = next(
                (j for j in (k + 1, k + 2) if j < len(low) and low[j] in _SHORT | _BEARABLE), -1
            )
            if short >= 0 and clause_of[short] == clause:
                negs.remove(k)
                first = k - 1 if low[k - 1] in _NEGATORS else k  # "nicht gerade"
                it.mods.extend(range(first, k + 1))
                it.mods.append(short)
            break
