""" "I was dreading calling but Sam made it painless": the customer's own fear before the help is
no complaint.

A thank-you often tells the worry first and the rescue after a contrast: "Ich hatte schon Angst
vor dem Anruf, aber Frau Schmid hat alles geklärt", "I was so nervous about the call, but Tom
was lovely". Scored word by word, the worry is a complaint and the contrast joins it to the
praise: "mixed". When everything negative before the contrast is such a feeling of the customer's
own (fear, nerves, worry, despair) and what follows praises clearly, the worry was answered: it
counts nothing. Trouble that is not a feeling ("lost all my photos", "zwei Stunden Warteschleife")
still complains.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import Item

CLEAR = 1.0  # summed valence after the contrast from which it praises clearly
# Beginnings of words for the customer's own worry, German and English.
_WORRY = (
    "dread", "nervous", "worr", "anxi", "scared", "afraid", "panic", "stress", "desperat",
    "terrified", "fear", "apprehensiv", "angst", "ängst", "nervös", "besorg", "sorge",
    "verzweif", "mulmig", "bammel", "panik", "panisch", "gestresst", "aufgeregt", "befürcht",
    "fürcht", "bange",
)  # fmt: skip


def _worry(word: str) -> bool:
    return word.startswith(_WORRY)


UNTIL = frozenset({"bis", "until", "till"})  # "verzweifelt, bis ich mit Herrn Kaya sprach"


def relief(
    items: list[Item], low: Sequence[str], contrast: dict[int, int], sent_of: Sequence[int]
) -> None:
    """Zero the customer's worry before a contrast that praises clearly after it, or before an
    "until" that the rest of the quote praises after (in place)."""
    for q, word in enumerate(low):
        if word in UNTIL:
            before = [it for it in items if it.start < q and sent_of[it.start] == sent_of[q]]
            _answered(before, low, sum(it.valence for it in items if it.start > q))
    for s, q in contrast.items():
        lead = q == 0 or sent_of[q - 1] != s  # "Aber" opens the sentence: the one before counts
        before = [
            it for it in items
            if (sent_of[it.start] == s and it.start < q) or (lead and sent_of[it.start] == s - 1)
        ]  # fmt: skip
        after = sum(it.valence for it in items if sent_of[it.start] == s and it.start > q)
        _answered(before, low, after)


def _answered(before: list[Item], low: Sequence[str], after: float) -> None:
    """Zero the negative items of ``before`` when each is a worry and ``after`` praises."""
    worries = [it for it in before if it.valence < 0]
    if worries and after >= CLEAR and all(_worry(low[it.start]) for it in worries):
        for it in worries:
            it.valence = 0.0
