""" "Das hätte besser laufen können": praise in a wish is polite criticism.

A comparative of praise ("besser", "schneller", "freundlicher", "better", "faster", "more
helpful") in a clause that wishes ("hätte", "könnte", "ginge", "wäre", "would", "could",
"should") says that the service was *not* that: "Es könnte schneller gehen", "Das ginge auch
besser", "Hätte man besser lösen können", "It should have been faster", "I would have expected
better". Scored word by word, "besser" lifts the mood of a complaint.

Left alone, because they are the warmest praise there is: a negated wish ("Hätte nicht besser
laufen können", "Couldn't have been better", "Besser geht's nicht" – any negator in the clause),
and a comparison ("schneller als erwartet", "better than I hoped").
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.lexicon import Lexicon
from feedback.analyze.sentiment.passes import BREAK, NEG, POSTNEG, Item, comparative
from feedback.analyze.wished import WISHING

WISH_SCALE = 0.8  # the wish keeps most of the comparative's weight, turned into criticism
_THAN = frozenset({"als", "than", "wie"})


def wishes(
    items: list[Item],
    low: list[str],
    kinds: Sequence[int],
    clause_of: Sequence[int],
    lexes: Sequence[Lexicon],
) -> None:
    """Turn each wished-for comparative of praise into criticism, and the other praise of its
    clause ("It should have been *handled* better") into nothing (in place)."""
    for it in items:
        if it.valence <= 0 or it.negated or it.ironic or it.end - it.start > 1:
            continue  # a phrase ("hätte nicht besser") was judged whole by the lexicon
        clause = clause_of[it.start]
        span = [k for k in range(len(low)) if clause_of[k] == clause and kinds[k] != BREAK]
        modal = next((k for k in span if low[k] in WISHING), None)
        if modal is None or any(kinds[k] in (NEG, POSTNEG) for k in span):
            continue
        if any(low[k] in _THAN for k in span if k >= it.end):
            continue  # "schneller als erwartet": a comparison, not a wish
        if not comparative(low, it, lexes[clause]):
            continue
        it.valence = -it.valence * WISH_SCALE
        it.mods.append(modal)
        for other in items:  # the rest of the wished-for state is no praise either
            if other is not it and other.valence > 0 and clause_of[other.start] == clause:
                other.valence = 0.0
