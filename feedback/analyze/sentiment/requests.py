""" "Ich würde mich über einen Rückruf freuen": a polite request praises nothing.

"freuen", "dankbar", "appreciate" and "grateful" in a clause that wishes ("würde", "wäre",
"would", "I'd") ask for something: "Über eine schnelle Antwort würde ich mich freuen", "Ich wäre
Ihnen dankbar für einen Rückruf", "I would appreciate a quick call back", "I'd be grateful for a
reply". Scored word by word they were praise, and "schnelle" credited speed to nobody. Their praise
and that of their clause count nothing here. (With a condition, "…, wenn …", the wish frames of
wish_frames.py decide.)

Left alone: thanks or praise passed on and wishes for more of the same ("Ich würde mich freuen,
Frau Kaya wieder am Telefon zu haben", "I would recommend her"), and a negated clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import NEG, POSTNEG, Item
from feedback.analyze.wished import MORE, REQUEST_WORDS, asks


def requests(
    items: list[Item], low: Sequence[str], kinds: Sequence[int], clause_of: Sequence[int]
) -> None:
    """Zero the praise of each clause that politely asks for something (in place)."""
    for it in items:
        if it.valence <= 0 or it.end - it.start != 1 or low[it.start] not in REQUEST_WORDS:
            continue
        clause = clause_of[it.start]
        span = [k for k in range(len(low)) if clause_of[k] == clause]
        if not asks(it.start, low, span):
            continue
        if any(kinds[k] in (NEG, POSTNEG) for k in span) or any(low[k] in MORE for k in span):
            continue
        for other in items:
            if other.valence > 0 and clause_of[other.start] == clause:
                other.valence = 0.0
