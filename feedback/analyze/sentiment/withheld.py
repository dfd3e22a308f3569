""" "If the videos had been better I would have given the course 5 stars": a rating the writer
only would have given is one they withheld, a complaint.

Scored word by word, "5 stars" (+2.6) lifts the mood of a review that says what was missing.
A rating of stars or marks with "would have given" / "would of given" / "would've rated" /
"I'd have given" before it in its sentence (within :data:`REACH` tokens) turns into criticism.
"I would give it 5 stars" (present) and "I gave it 5 stars" stay praise; so does "I would have
given 10 stars if I could": a rating above the scale of five is the writer's wish to give more.
English only: German reviews say "hätte … gegeben" and are another part of the lexicon's work.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import Item

GIVING = frozenset({"given", "rated"})  # the engine runs the pass only when one is in the quote
REACH = 5  # tokens from the participle to the rating ("given the whole course 5 stars")
SCALE = 0.6  # the withheld rating keeps this much of its weight, turned into criticism
_PERFECT = frozenset({"have", "of", "'ve"})  # "would have", "would of", "would 've"
_MODAL = frozenset({"would", "could", "i'd", "we'd", "would've", "could've", "wouldve"})
_RATING = ("star", "stars", "marks", "10/10", "5/5")


# "10 stars", "six stars", "more stars": above the scale of five, praise however it is said.
_ABOVE = frozenset({"6", "7", "8", "9", "10", "100", "six", "ten", "hundred", "more", "all"})


def _rating(key: str) -> bool:
    """A rating on the scale of five ("5 stars", "five stars", "full marks", "10/10")."""
    return key.endswith(_RATING) and key.split(" ", 1)[0] not in _ABOVE


def _withheld_before(low: Sequence[str], k: int, sent: int, sent_of: Sequence[int]) -> bool:
    """``low[k]`` is "given"/"rated" after a past conditional of the same sentence."""
    before = [j for j in range(max(0, k - 3), k) if sent_of[j] == sent]
    words = [low[j] for j in before]
    if words and words[-1] in _MODAL and words[-1].endswith("'ve"):
        return True  # "would've given"
    return len(words) >= 2 and words[-1] in _PERFECT and any(w in _MODAL for w in words[:-1])


def withheld(items: list[Item], low: Sequence[str], sent_of: Sequence[int]) -> None:
    """Turn each rating that would only have been given into criticism (in place)."""
    for it in items:
        if it.valence <= 0 or it.negated or not _rating(it.key):
            continue
        sent = sent_of[it.start]
        for k in range(max(0, it.start - REACH), it.start):
            if low[k] in GIVING and sent_of[k] == sent and _withheld_before(low, k, sent, sent_of):
                it.valence = -it.valence * SCALE
                it.mods.append(k)
                break
