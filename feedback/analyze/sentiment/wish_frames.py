""" "Es wäre schön, wenn man mal zurückgerufen würde": a wish frame praises nothing.

A praise word in a clause that wishes ("wäre", "würde", "would", ...) and is followed by a
condition ("wenn", "falls", "dass", "if") frames what the writer wants, not what they had: "Es
wäre schön, wenn …", "Schön wäre es, wenn …", "Ich würde mich freuen, wenn …", "It would be great
if …", "I would appreciate it if …". Scored word by word, "schön" and the praise inside the
wished-for condition make it praise. Here the frame's praise word and the praise in the condition
count nothing, so a polite request is neutral. When the condition reproaches, the frame is polite
criticism and its praise word turns negative: a negator, a comparative or a complaint in it ("…,
wenn man nicht 40 Minuten warten müsste", "…, wenn es schneller ginge"), "endlich", "überhaupt",
"wenigstens", "finally", "at least", "for once", or nobody in particular as its subject ("wenn man
mal zurückgerufen würde", "if someone could answer").

A wish for more of what was had praises this time or this person: "Wäre schön, wenn es immer
so laufen würde", "…, wenn alle so hilfsbereit wären wie Herr Müller", "if every call went like
this". So does a wish to pass praise on: "Ich würde mich freuen, wenn Sie mein Lob an Frau Kaya
weitergeben", "I'd appreciate it if you let her manager know how great she was" (they were
neutral, the most common way customers ask for their thanks to reach someone). A negated frame
("Es wäre nicht schön, wenn …") is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import NEG, POSTNEG, Item
from feedback.analyze.sentiment.wishes import WISH_SCALE
from feedback.analyze.wished import CONDITIONS, THANKS, WISHING

# The frame's valence when its condition reproaches, before WISH_SCALE (lexicon units; "wäre
# schön gewesen", said of the past, is -1.8).
FRAME_CRITICISM = -1.5
# Words between the frame's praise word and the condition: "schön, wenn", "great if",
# "appreciate it if", "nett von Ihnen, wenn", "Schön wäre es, wenn".
_GAP = 4
# Words of a frame: what a wish is, not praise of anyone ("Ich würde Sie weiterempfehlen, wenn
# jemand fragt" recommends).
FRAME_WORDS = frozenset(
    {
        "schön", "nett", "toll", "gut", "super", "prima", "klasse", "wünschenswert", "hilfreich",
        "freuen", "dankbar", "großartig", "fein", "cool", "angenehm", "lieb", "perfekt", "ideal",
        "nice", "great", "good", "lovely", "helpful", "appreciate", "grateful", "glad", "happy",
        "wonderful", "awesome", "fantastic", "perfect", "brilliant",
    }
)  # fmt: skip
# The condition reproaches with one of these, or with a negator, a comparative or a complaint.
_REPROACH = frozenset(
    {
        "endlich", "überhaupt", "wenigstens", "zumindest", "irgendwann", "man", "jemand",
        "irgendjemand", "irgendwer", "finally", "least", "once", "ever", "someone", "somebody",
        "anyone", "anybody",
    }
)  # fmt: skip
# More of what was had, praise of this time or this person: "immer so", "so … wie", "alle so",
# "as … as", "like this" (unless the condition negates or complains: "wenn es nicht immer so
# lange dauern würde"). A bare "alle" or "every" is no comparison: "wenn alle Kunden eine
# Antwort bekämen" reproaches.
_SO_WITH = frozenset({"immer", "öfter", "wie", "alle", "jeder", "jede", "jedes"})
_LIKE_WHAT = frozenset({"this", "that", "today", "you", "him", "her", "them"})
# Praise passed on: thanks handed to someone (wished.THANKS), or someone told how good a person
# was ("let her manager know how great she was": a verb of telling and a past tense, so "let me
# know how quick you can fix it" is no praise).
_TELL = frozenset({"sagen", "sagt", "wissen", "ausrichten", "know", "tell", "told"})
_WAS = frozenset({"war", "waren", "gewesen", "was", "were", "has", "had", "hat", "hatte"})


def wish_frames(
    items: list[Item],
    low: Sequence[str],
    kinds: Sequence[int],
    clause_of: Sequence[int],
    sent_of: Sequence[int],
) -> None:
    """Zero the praise of each wish frame and of its condition, and make the frame criticism
    when the condition reproaches (in place; a criticism item is added where the lexicon read the
    frame as a phrase of no valence, "wäre schön")."""
    for q, word in enumerate(low):
        if word not in CONDITIONS:
            continue
        frame = _frame_word(q, low, kinds, clause_of, sent_of)
        if frame < 0:
            continue
        condition = [k for k in range(q + 1, len(low)) if sent_of[k] == sent_of[q]]
        words = {low[k] for k in condition}
        inside = set(condition)
        wished = [x for x in items if x.start in inside]
        against = any(kinds[k] in (NEG, POSTNEG) for k in condition) or any(
            x.valence < 0 or x.negated for x in wished
        )
        more = _more_of_this([low[k] for k in condition], words) or (
            _passes_praise_on(words, wished) and _REPROACH.isdisjoint(words)
        )
        if more and not against:  # "…, wenn es immer so laufen würde": more of what was had
            valence = -FRAME_CRITICISM * WISH_SCALE
        else:
            for x in wished:
                x.valence = min(x.valence, 0.0)
            reproach = against or not _REPROACH.isdisjoint(words)
            valence = FRAME_CRITICISM * WISH_SCALE if reproach else 0.0
        own = next((x for x in items if x.start == frame), None)
        if own is None and valence:
            own = Item(frame, frame + 1, 0.0, low[frame])
            items.append(own)
            items.sort(key=lambda it: it.start)
        if own is not None:
            own.valence = valence
            own.mods.append(q)


def _frame_word(
    opener: int,
    low: Sequence[str],
    kinds: Sequence[int],
    clause_of: Sequence[int],
    sent_of: Sequence[int],
) -> int:
    """Position of the frame's praise word up to _GAP words before ``opener`` in a clause that
    wishes and negates nothing, or -1."""
    for k in range(opener - 1, max(-1, opener - 1 - _GAP), -1):
        if sent_of[k] != sent_of[opener]:
            return -1
        if low[k] not in FRAME_WORDS:
            continue
        clause = [j for j in range(opener) if clause_of[j] == clause_of[k] or j > k]
        if any(low[j] in WISHING for j in clause) and not any(
            kinds[j] in (NEG, POSTNEG) for j in clause
        ):
            return k
        return -1
    return -1


def _passes_praise_on(words: set[str], wished: Sequence[Item]) -> bool:
    """True when the condition hands thanks or praise to someone: a word of thanks, or a verb
    of telling with praise in the past tense."""
    if not THANKS.isdisjoint(words):
        return True
    return (
        not _TELL.isdisjoint(words)
        and not _WAS.isdisjoint(words)
        and any(x.valence > 0 for x in wished)
    )


def _more_of_this(condition: Sequence[str], words: set[str]) -> bool:
    """True when the condition wishes for more of what was had: "immer so", "alle so", "so
    … wie", "as patient as him", "like this"."""
    if "so" in words and not _SO_WITH.isdisjoint(words):
        return True
    if condition.count("as") >= 2:
        return True
    return any(
        w == "like" and k + 1 < len(condition) and condition[k + 1] in _LIKE_WHAT
        for k, w in enumerate(condition)
    )
