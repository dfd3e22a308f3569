"""One rating per row: the raw value as the helpdesk wrote it, our value on a scale, polarity.

A rating above the middle of its scale is positive, at the middle neutral, below negative:
good of {bad, good}; 3 of 1–3; 4 and 5 of 1–5; Freshdesk's 101..103 (5..7 of 7). Zendesk
itself counts a middle rating as bad; both agree on what is positive, and only positive
ratings are offered for the wall.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from feedback.collect.files.formats import NOT_RATED, Format
from feedback.collect.files.values import parse_number
from feedback.collect.validate import Problem

__all__ = ["Polarity", "Rating", "polarity", "read_rating"]

# The scales the store accepts (feedback/collect/validate.py: stars, grades, NPS, percent).
_MIN_SCALE, _MAX_SCALE = 2, 100


class Polarity(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


@dataclass(frozen=True, slots=True)
class Rating:
    """``value`` in 1..``scale``; ``raw`` as the file wrote it (good, 103, 4,5)."""

    raw: str
    value: float
    scale: int
    polarity: Polarity


def polarity(value: float, scale: int) -> Polarity:
    """Positive above the middle of 1..``scale``, neutral at it, negative below."""
    middle = (1 + scale) / 2
    if value > middle:
        return Polarity.POSITIVE
    return Polarity.NEUTRAL if value == middle else Polarity.NEGATIVE


def read_rating(fmt: Format, raw: str, raw_scale: str) -> Rating | str | Problem | None:
    """The rating ``raw`` (with ``raw_scale`` from its column, if any) means in ``fmt``.

    None when there is no rating; :data:`NOT_RATED` when the survey was only offered;
    a :class:`Problem` naming the value when it is no rating of this format.
    """
    raw = raw.strip()
    if not raw:
        return None
    known = fmt.values.get(raw.lower().replace("\u2019", "'"))  # "I’m" as "I'm"
    if known == NOT_RATED:
        return NOT_RATED
    if isinstance(known, tuple):
        value, scale = known
    elif fmt.ratings == "number" and (number := parse_number(raw)) is not None:
        value, scale_or_problem = number, _scale(raw_scale, fmt.scale)
        if isinstance(scale_or_problem, Problem):
            return scale_or_problem
        scale = scale_or_problem
    else:
        return Problem("rating", "bad_rating", {"value": raw})
    if not 1 <= value <= scale:
        return Problem("rating", "rating_out_of_range", {"value": raw, "scale": scale})
    return Rating(raw, float(value), scale, polarity(value, scale))


def _scale(raw: str, default: int) -> int | Problem:
    if not raw.strip():
        return default
    number = parse_number(raw)
    if number is None or not number.is_integer() or not _MIN_SCALE <= number <= _MAX_SCALE:
        return Problem("rating_scale", "bad_rating_scale", {"value": raw.strip()})
    return int(number)
