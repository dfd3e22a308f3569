""" "I did not find the agent very helpful": a negated judging verb negates the praise it judges.

VADER's negation reaches three words back, and "did not find it really helpful" puts four words
between "not" and "helpful": the praise counted in full. When a negator stands right before a
verb of judging ("find", "think", "seem", "consider" …; "didn't find", "don't think", "never
found"), it negates the first praise word after that verb in the same clause, however far
(``REACH``). Not across another sentiment word, a conjunction or a break ("I didn't think it
would work, but it was easy"), and not where the clause compares with everything else ("I don't
think I've ever had such great service" praises). English only: German puts its "nicht" after
the verb and the engine's clause-final negation reads it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from feedback.analyze.sentiment.lexicon import N_SCALAR
from feedback.analyze.sentiment.passes import BREAK, ITEM, NEG, Item

JUDGING = frozenset(
    {
        "find", "found", "finding", "think", "thought", "consider", "considered", "feel", "felt",
        "seem", "seemed", "seems", "call", "say", "believe", "rate", "rated", "look", "looked",
        "sound", "sounded",
    }
)  # fmt: skip
REACH = 6  # words from the judging verb to the praise, at most
_ENDS = frozenset({"and", "or", "but", "because", "although", "though", "while"})
# A comparison with everything else ("ever", "such", "more", "anyone") is no negated praise.
_COMPARING = frozenset(
    {"ever", "such", "so", "more", "better", "anyone", "anybody", "nobody", "anything", "than"}
)
_AUXILIARIES = frozenset({"did", "do", "does", "really", "even"})  # "did not really find"


def judged_negation(
    items: list[Item], low: Sequence[str], kinds: Sequence[int], clause_of: Sequence[int]
) -> None:
    """Negate praise judged by a negated judging verb (in place)."""
    for it in items:
        if it.valence <= 0 or it.negated:
            continue
        for q in _before(it.start, clause_of):
            if kinds[q] in (ITEM, BREAK) or low[q] in _ENDS or low[q] in _COMPARING:
                break
            if low[q] in JUDGING and _negated(low, kinds, clause_of, q):
                _negate(it)
                break


def _before(start: int, clause_of: Sequence[int]) -> Iterator[int]:
    """The positions before ``start`` in its clause, nearest first, at most ``REACH``."""
    q = start - 1
    while q >= 0 and start - q <= REACH and clause_of[q] == clause_of[start]:
        yield q
        q -= 1


def _negate(it: Item) -> None:
    it.valence *= N_SCALAR
    it.negated = True


def _negated(low: Sequence[str], kinds: Sequence[int], clause_of: Sequence[int], at: int) -> bool:
    """A negator right before the verb at ``at``, or before one adverb there ("not really")."""
    for q in (at - 1, at - 2):
        if q < 0 or clause_of[q] != clause_of[at]:
            return False
        if kinds[q] == NEG:
            return True
        if low[q] not in _AUXILIARIES:
            return False
    return False


# "The pizza lacks quality and good taste", "The reply lacked any real help": what is lacking
# is no praise. The praise items after a lack verb in its clause are negated, across a list
# ("and", "or") but not across "but" or another sentiment word.
LACKING = frozenset({"lack", "lacks", "lacked", "lacking"})
_LIST_ENDS = _ENDS - {"and", "or"}


def lacked_praise(
    items: list[Item], low: Sequence[str], kinds: Sequence[int], clause_of: Sequence[int]
) -> None:
    """Negate praise that follows a lack verb in the same clause (in place)."""
    lacked: set[int] = set()  # tokens of the praise negated here: a list goes on past them
    for it in items:
        if it.valence <= 0 or it.negated:
            continue
        for q in _before(it.start, clause_of):
            if low[q] in LACKING:
                _negate(it)
                lacked.update(range(it.start, it.end))
                break
            if kinds[q] == BREAK or low[q] in _LIST_ENDS or (kinds[q] == ITEM and q not in lacked):
                break
