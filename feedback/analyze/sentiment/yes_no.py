""" "Freundlich ja, geholfen nein": praise granted, then taken back, is a contrast.

Customers grade the service point by point: "Freundlich ja, kompetent nein", "Friendly: yes.
Helpful: no." The clause-final "nein" negates its own word (passes.modify); here a clause-final
"no" does so too, and so does one after a colon ("Helpful: no."), when a "yes" came before.
This also marks the turn from the "ja" clause to the "nein" clause as a contrast, so that
the verdict weighs both sides like "freundlich, aber nicht kompetent" and calls the quote mixed.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment import passes
from feedback.analyze.sentiment.lexicon import N_SCALAR

YES = frozenset({"ja", "yes", "yep", "jawohl"})
_NO = frozenset({"nein", "no", "nope", "nö"})


def yes_but_no(
    low: Sequence[str],
    kinds: Sequence[int],
    sent_of: Sequence[int],
    negs: Sequence[int],
    items: Sequence[passes.Item],
    contrast: dict[int, int],
) -> None:
    """Record in ``contrast`` (sentence -> index of the turn) each "… ja, … nein" of ``low``: a
    clause-final "ja"/"yes" followed, in the same or the next sentence, by a clause-final
    "nein"/"no"; the praise word right before that "no" (or before its colon) is negated."""
    n = len(low)
    for q in negs:
        if low[q] not in _NO or (q + 1 < n and kinds[q + 1] != passes.BREAK):
            continue
        sentence = sent_of[q]
        for y in range(q - 1, 0, -1):
            if sent_of[y] < sentence - 1:
                break
            if low[y] in YES and y + 1 < q and kinds[y + 1] == passes.BREAK:
                _negate_graded(items, q, q - 1 if low[q - 1] == ":" else q)
                same = sent_of[y] == sentence
                # The turn: the break after "ja", or the one that ends the "ja" sentence.
                turn = y + 1 if same else next(i for i in range(n) if sent_of[i] == sentence) - 1
                contrast.setdefault(sentence, turn)
                break


def _negate_graded(items: Sequence[passes.Item], no: int, end: int) -> None:
    """Negate, by the "no" at ``no``, the praise word that ends right before it (at ``end``),
    unless a rule has negated it already (German "nein" is a negator after its word,
    lexicon_de.tsv)."""
    graded = next((it for it in items if it.end == end and not it.negated), None)
    if graded is not None and graded.valence > 0:
        graded.valence *= N_SCALAR
        graded.negated = True
        graded.mods.append(no)
