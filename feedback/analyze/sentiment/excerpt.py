"""The part of a mixed quote that praises: what the wall shows of it.

"Eigentlich bin ich stinksauer auf Ihre Firma. Aber Frau Hartmann war die Rettung!" is a mixed
quote; the wall is for the praise, so it shows "Frau Hartmann war die Rettung!". Sentences are
scored one by one with the default scorer; the positive ones are kept, in order, and a contrast
word that only linked them to the complaint ("Aber", "But") is dropped. A sentence that is mixed
in itself ("The hotline was a disaster, but Mr Bianchi saved the day."), also when it is the
whole quote, gives its praising clause. A quote with no clearly positive part, or with no
negative one, is returned whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from feedback.analyze.sentiment import RuleBasedScorer

_SENTENCE = re.compile(r"[^.!?…\n]+(?:[.!?…]+|\n|$)")
# A contrast inside a sentence: "…, but …", "…, aber …" (the clauses are scored on their own).
_CONTRAST = re.compile(
    r"\s*[,;–—-]?\s+(?:but|however|though|aber|doch|jedoch|allerdings)\b[,:]?\s+"
    # after a comma only: "Top Beratung, nur die Wartezeit war zu lang" ("nur danke sagen")
    r"|\s*[,;–—]\s+(?:nur|only|leider|unfortunately)\b[,:]?\s+",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:aber|doch|jedoch|allerdings|trotzdem|dennoch|but|however|still|yet)\b[,:]?\s*",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _scorer() -> RuleBasedScorer:
    return RuleBasedScorer()


def _praising_clauses(sentence: str, language: str, scorer: RuleBasedScorer) -> list[str]:
    """The positive clauses of a sentence that is mixed in itself, as sentences."""
    clauses = [c.strip() for c in _CONTRAST.split(sentence) if c.strip()]
    if len(clauses) < 2:
        return []
    end = sentence.rstrip()[-1:] if sentence.rstrip()[-1:] in ".!?…" else "."
    kept = []
    for clause in clauses:
        if scorer.score(clause, language).label == "positive":
            clause = clause if clause[-1:] in ".!?…" else clause.rstrip(",;:–—- ") + end
            kept.append(clause[:1].upper() + clause[1:])
    return kept


# Cached: the wall's cards and the month's shout-outs ask again on every rerun of their page.
@lru_cache(maxsize=4096)
def praise_excerpt(text: str, language: str) -> str:
    """The praising sentences of ``text`` when it also complains, else ``text`` unchanged."""
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    if not sentences:
        return text
    scorer = _scorer()
    if len(sentences) == 1:  # "The app keeps crashing, but support was quick to help."
        if scorer.score(text, language).label != "mixed":
            return text
        return " ".join(_praising_clauses(sentences[0], language, scorer)) or text
    kept: list[str] = []
    complains = False
    for sentence in sentences:
        label = scorer.score(sentence, language).label
        if label == "positive":
            kept.append(sentence)
        elif label in ("negative", "mixed"):
            complains = True
            if label == "mixed":
                kept += _praising_clauses(sentence, language, scorer)
    if not kept or not complains:
        return text
    first = _LEAD.sub("", kept[0])
    kept[0] = first[:1].upper() + first[1:] if first else kept[0]
    return " ".join(kept)
