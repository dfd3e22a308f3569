""" "Dachte, das dauert ewig – nach 5 Minuten war alles erledigt": trouble the customer only
expected is no complaint when what came instead praises.

Thanks often tell what the customer feared would happen before what did: "Ich dachte schon, das
wird wieder ein Drama, aber Frau Yilmaz hat alles geklärt", "I thought it would take forever, but
it was sorted in 5 minutes", "I expected the worst, but Tom was brilliant". Scored word by word,
the expected trouble ("ewig", "forever", "the worst") complains. A negative word in the clause of
an expectation ("dachte", "gedacht", "gerechnet", "thought", "expected", "feared") up to the turn
(a contrast, a dash, a colon or the sentence's end) counts nothing when what follows the turn, in
the same sentence or the next, praises clearly. An expectation in a wish (a modal before it)
stays a complaint ("Ich hätte mehr erwartet, aber …", "I would have expected better"); so does
expected trouble that nothing answers ("I thought it was broken, but it was just a setting").
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import CONTRAST, Item
from feedback.analyze.sentiment.relief import CLEAR
from feedback.analyze.wished import WISHING

EXPECTING = frozenset(
    {
        "dachte", "dachten", "gedacht", "befürchtet", "befürchtete", "gerechnet", "rechnete",
        "erwartet", "erwartete", "vermutet", "vermutete", "geglaubt", "glaubte", "thought",
        "expected", "feared", "assumed", "figured", "anticipated", "braced",
    }
)  # fmt: skip
_TURNS = frozenset({"–", "—", "-", ":", ";"})


def expected(
    items: list[Item],
    low: Sequence[str],
    kinds: Sequence[int],
    clause_of: Sequence[int],
    sent_of: Sequence[int],
) -> None:
    """Zero the negative items of each expectation that the rest answers with praise (in
    place)."""
    for e, word in enumerate(low):
        if word not in EXPECTING:
            continue
        clause = clause_of[e]
        if any(low[k] in WISHING for k in range(e) if clause_of[k] == clause):
            continue  # "Ich hätte mehr erwartet": a wish, a complaint ("it would take" is not)
        turn = next(
            (
                p
                for p in range(e + 1, len(low))
                if kinds[p] == CONTRAST or low[p] in _TURNS or sent_of[p] != sent_of[e]
            ),
            len(low),
        )
        first = min(k for k in range(e + 1) if clause_of[k] == clause)
        feared = [it for it in items if first <= it.start < turn and it.valence < 0]
        after = sum(
            it.valence for it in items if it.start > turn and sent_of[it.start] <= sent_of[e] + 1
        )
        if feared and after >= CLEAR:
            for it in feared:
                it.valence = 0.0
