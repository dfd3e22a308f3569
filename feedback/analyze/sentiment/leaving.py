"""Thinking of leaving is a complaint: "Ich überlege, meinen Vertrag zu kündigen", "Wir denken
ernsthaft darüber nach, zu kündigen". "kündigen" alone is administrative (lexicon_de.tsv weighs
it 0: "Ich möchte meinen Vertrag kündigen" asks for a service), but a customer who weighs it
says the service let them down. A considering verb before a form of "kündigen" in the same
sentence, at most ``REACH`` words apart, is one complaint item (the verb, "kündigen" beside it
in the evidence);
the lexicon's phrases without words between ("überlege zu kündigen") are matched first.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import Item

LEAVING_VALENCE = -1.5  # as the lexicon's "überlege zu kündigen"
REACH = 6  # "überlege , meinen Vertrag zum Monatsende zu kündigen"
CANCELLING = frozenset({"kündigen", "kündigung", "wechseln", "anbieterwechsel"})
_CONSIDERING = frozenset(
    {"überlege", "überlegen", "überlegt", "erwäge", "erwägen", "erwägt", "nachdenken"}
)
_ENDS = ".!?…;"


def leaving(low: Sequence[str], items: list[Item]) -> None:
    """Add a complaint item for each considering verb that "kündigen" follows in its sentence
    (in place, kept in order)."""
    if _CONSIDERING.isdisjoint(low):  # nearly every text: no considering verb at all
        return
    taken = {k for it in items for k in range(it.start, it.end)}
    found = False
    for i, word in enumerate(low):
        if word not in _CONSIDERING or i in taken:
            continue
        for j in range(i + 1, min(len(low), i + 1 + REACH)):
            if low[j][:1] in _ENDS or j in taken:
                break
            if low[j] in CANCELLING and (low[j] != "wechseln" or "anbieter" in low[i:j]):
                item = Item(i, i + 1, LEAVING_VALENCE, f"{word} {low[j]}")
                item.mods.append(j)  # evidence "überlege kündigen", no comma or object
                items.append(item)
                taken.update(range(i, j + 1))
                found = True
                break
    if found:
        items.sort(key=lambda it: it.start)
