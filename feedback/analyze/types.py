"""Result types of the analysis. Plain frozen dataclasses, JSON-serialisable via ``to_dict``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SentimentLabel = Literal["positive", "neutral", "negative", "mixed"]
TermKind = Literal["word", "bigram", "emoji"]

THEMES: tuple[str, ...] = (
    "speed",
    "friendliness",
    "competence",
    "patience",
    "empathy",
    "problem_solved",
    "extra_mile",
    "clear_communication",
    "reachability",
    "reliability",
)
EMOTIONS: tuple[str, ...] = (
    "gratitude",
    "relief",
    "joy",
    "admiration",
    "surprise",
    "frustration",
    "anger",
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A word or phrase that moved a score, and by how much (signed, in compound units)."""

    text: str
    weight: float


@dataclass(frozen=True, slots=True)
class Sentiment:
    """``compound`` in [-1, 1]; ``label`` follows VADER's thresholds (±0.05) plus 'mixed'."""

    compound: float
    label: SentimentLabel
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class LabelHit:
    """A multi-label result (theme or emotion): ``score`` in [0, 1] with its evidence phrases."""

    label: str
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Term:
    """A counted term of one quote: ``term`` is the grouping key (lemma), ``surface`` as written."""

    term: str
    surface: str
    kind: TermKind
    count: int


@dataclass(frozen=True, slots=True)
class Analysis:
    language: str
    sentiment: Sentiment
    emotions: tuple[LabelHit, ...] = ()
    themes: tuple[LabelHit, ...] = ()  # every aspect named, praised or criticised
    terms: tuple[Term, ...] = field(default=())
    version: str = ""
    # The themes the quote credits (a cue that is not a complaint), in ``themes``' order: what
    # is stored with the quote and shown as "praised for" (themes.themes_and_credit).
    credited: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (terms are stored in their own table, so they are left out)."""
        data = asdict(self)
        data.pop("terms")
        return data
