"""Interned result objects: equal values share one frozen instance.

Building a frozen dataclass costs about a microsecond (each field goes through
``object.__setattr__``); a dict lookup costs a tenth of that. Quotes repeat their words, themes
and scores, so the analysers ask here instead of constructing. Each table is cleared when it
reaches ``LIMIT`` entries, which bounds memory.
"""

from __future__ import annotations

from feedback.analyze.types import Evidence, LabelHit

LIMIT = 100_000
_HITS: dict[tuple[str, float, tuple[str, ...]], LabelHit] = {}
_EVIDENCE: dict[tuple[str, float], Evidence] = {}


def label_hit(label: str, score: float, evidence: tuple[str, ...]) -> LabelHit:
    """``LabelHit(label, score, evidence)``, shared with earlier equal ones."""
    key = (label, score, evidence)
    hit = _HITS.get(key)
    if hit is None:
        if len(_HITS) >= LIMIT:
            _HITS.clear()
        hit = _HITS[key] = LabelHit(label, score, evidence)
    return hit


def evidence(text: str, weight: float) -> Evidence:
    """``Evidence(text, weight)``, shared with earlier equal ones."""
    key = (text, weight)
    found = _EVIDENCE.get(key)
    if found is None:
        if len(_EVIDENCE) >= LIMIT:
            _EVIDENCE.clear()
        found = _EVIDENCE[key] = Evidence(text, weight)
    return found
