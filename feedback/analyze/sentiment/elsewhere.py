""" "Ich würde Ihnen dringend empfehlen, woanders zu übernachten": a recommendation to go
elsewhere is no praise.

Scored word by word, "empfehlen" / "recommend" (+2.6) outweighs "woanders zu" / "go elsewhere".
When a sentence recommends and also tells to go elsewhere, the recommendation counts nothing, so
the going elsewhere decides: "I'd strongly recommend you go elsewhere", "Empfehle jedem, sich
woanders hin zu wenden". A recommendation in another sentence stays ("Frau Kaya kann ich nur
empfehlen. Die Filiale davor hat uns woanders hin geschickt").
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import Item

# Words that may tell to go elsewhere; the engine runs the pass only when one is in the quote.
ELSEWHERE = frozenset({"elsewhere", "woanders", "woandershin", "anderswo", "else"})
# "somewhere else", "someplace else" say the same in two words ("I'd recommend you eat
# somewhere else" was praise through "recommend").
_SOMEWHERE = frozenset({"somewhere", "someplace", "anywhere"})
_RECOMMENDING = ("recommend", "empfehl", "empfiehl")


def elsewhere(items: list[Item], low: Sequence[str], sent_of: Sequence[int]) -> None:
    """Zero each recommendation in a sentence that tells to go elsewhere (in place)."""
    away = {
        sent_of[k]
        for k, word in enumerate(low)
        if (word != "else" and word in ELSEWHERE)
        or (word == "else" and k > 0 and low[k - 1] in _SOMEWHERE)
    }
    for it in items:
        if it.valence > 0 and sent_of[it.start] in away and low[it.start].startswith(_RECOMMENDING):
            it.valence = 0.0
