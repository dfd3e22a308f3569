"""One rating per row: the raw value as the helpdesk wrote it, our value on a scale, polarity.

A rating above the middle of its scale is positive, at the middle neutral, below negative:
good of {bad, good}; 3 of 1–3; 4 and 5 of 1–5; Freshdesk's 101..103 (5..7 of 7). Zendesk
itself counts a middle rating as bad; both agree on what is positive, and only positive
ratings are offered for the wall.

Formats that read numbers also read them as people and survey tools write them: with a unit
("5 Sterne", "1 star", "4 Punkte"), as a fraction that names its scale ("4/5", "4 von 5",
"9 out of 10"), as a percentage ("85 %": on 100), as stars ("★★★★★"; "★★★☆☆" names its scale
of five with the empty ones) and with the answer's label a survey tool writes beside it
("5 - Sehr zufrieden", "Gut (4)"). Smileys and thumbs are rating words (formats.toml).

A scale runs from 1 unless it says it starts at 0: a question titled "(0-10)" or "von 0 bis
10", a ``scale_from`` column of 0 (our own export's), Typeform's opinion scale. Such a rating
is stored as written, with its scale's lower bound (``rating_from``): an NPS export's 0 is a
rating like any other. On 0..10 (Net Promoter Score) polarity follows the NPS convention: 0-6
detractors negative, 7-8 passives neutral, 9-10 promoters positive. Any other scale from 0 has
its middle as the neutral point, as a scale from 1 has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from feedback.collect.files.formats import NOT_RATED, Format, normal_name
from feedback.collect.files.values import parse_number
from feedback.collect.validate import Problem

__all__ = [
    "Polarity",
    "Rating",
    "header_range",
    "header_scale",
    "polarity",
    "read_rating",
    "titled",
]

# The scales the store accepts (feedback/collect/validate.py: stars, grades, NPS, percent).
_MIN_SCALE, _MAX_SCALE = 2, 100
# The Net Promoter Score's 0..10: detractors up to 6, passives up to 8, promoters from 9.
_NPS = (0, 10)
_NPS_DETRACTOR, _NPS_PASSIVE = 6, 8
_NUMBER = r"(\d+(?:[.,]\d+)?)"
# "5 Sterne", "1 Stern", "5 stars", "4 Punkte", "4 pts", "5 ★": the unit says nothing about
# the scale.
_WITH_UNIT = re.compile(
    _NUMBER + r"\s*(?:sterne?|stars?|punkte?|points?|pkt\.?|pts\.?|[\u2605\u2b50]\ufe0f?)",
    re.IGNORECASE,
)
# "4/5", "4 / 5", "4 von 5", "4 of 5", "4 out of 5": the scale is named.
_FRACTION = re.compile(
    _NUMBER + r"\s*(?:/|von|of|out\s+of)\s*(\d+)(?:\s*(?:sternen|stars|punkten|points))?",
    re.IGNORECASE,
)
# A number with its answer's label, as survey tools export a scale's options: "5 - Sehr
# zufrieden", "5 (sehr zufrieden)", "4 = gut", "Sehr zufrieden (5)". The number is the rating.
_LABELLED = re.compile(
    _NUMBER + r"\s*(?:[-–—:=]|\()\s*[^\W\d_][^\d]*|[^\W\d_][^\d]*?\(\s*" + _NUMBER + r"\s*\)",
)
# "I’m" is looked up as "I'm"; a smiley without its emoji selector (U+FE0F) and skin tone.
_EMOJI_MARKS = re.compile("[\ufe0f\U0001f3fb-\U0001f3ff]")
# A share of the best answer: "85 %", "100%" (a percentage scale, as surveys' top-box scores).
_PERCENT = re.compile(_NUMBER + r"\s*%")
# A question's range in its title, as survey tools' CSV headers carry it: "Wie zufrieden waren
# Sie? (1-5)", "How likely … (0–10)", "auf einer Skala von 1 bis 10", "on a scale of 1 to 7",
# "Auf einer Skala von 0 bis 10: Wie wahrscheinlich …" (a colon, but no time: "1-10:30").
_HEADER_RANGE = re.compile(
    r"(?<![\d.,:/-])([01])\s*(?:-|–|—|bis|to)\s*(\d{1,3})(?![\d.,/-]|:\d)", re.IGNORECASE
)
# A rating column named for the Net Promoter Score or headed with its question, which runs
# 0..10 without saying so: "NPS", "NPS score", "Net Promoter Score", "How likely are you to
# recommend us to a friend or colleague?", "Wie wahrscheinlich ist es, dass Sie uns einem Freund
# oder Kollegen weiterempfehlen?", "Weiterempfehlung", "Empfehlungsbereitschaft". Not a
# satisfaction question ("How satisfied …", "Wie zufrieden …"): it keeps its own scale.
_NPS_TITLE = re.compile(
    r"(?<![^\W\d_])e?nps(?![^\W\d_])|net[\s_-]*promoter|recommend|weiterempfehl|empfehlen"
    r"|empfehlungs(?:bereitschaft|wahrscheinlichkeit)",
    re.IGNORECASE,
)
# A customer effort score's 1..7 ("… made it easy for me to handle my issue", 1 strongly
# disagree, 7 strongly agree: higher is easier, so the middle rule's polarity fits).
_CES = (1, 7)
# Survey types NPS tools write beside a score (Delighted's survey_type: nps, enps, csat on
# 1..5, ces on 1..7): the score's range.
_SURVEY_TYPES = {"nps": _NPS, "enps": _NPS, "csat": (1, 5), "ces": _CES}
# A rating column named for the customer effort score: "CES", "CES score", "Customer Effort
# Score", "Kundenaufwand" (German surveys' name for it); 1..7 unless its title names a range.
_CES_TITLE = re.compile(
    r"(?<![^\W\d_])ces(?![^\W\d_])|customer[\s_-]*effort|kundenaufwand", re.IGNORECASE
)
# German school grades ("Note 1-6") run the other way: 1 is the best.
_GRADES = re.compile(r"\bnoten?\b|schulnote", re.IGNORECASE)
# A range followed by a unit is a quantity's, no scale: "Wartezeit (0-10 Min)", "0-100 %".
_UNIT_AFTER = re.compile(
    r"\s*(?:min(?:uten|utes?)?|sek(?:unden)?|sec(?:onds?)?|std|stunden|hours?|tage?n?|days?"
    r"|wochen|weeks?|monate?n?|months?|jahre?n?|years?|euro?|€|\$|%|prozent|percent|km|kg)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# Full stars (★ or ⭐), then empty ones (☆).
_STARS = re.compile("([\u2605\u2b50]+)(\u2606*)")


class Polarity(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


@dataclass(frozen=True, slots=True)
class Rating:
    """``value`` in ``low``..``scale`` (``low`` 1, or 0 for a scale from 0 such as the NPS);
    ``raw`` as the file wrote it (good, 103, 4,5)."""

    raw: str
    value: float
    scale: int
    polarity: Polarity
    low: int = 1


def polarity(value: float, scale: int, low: int = 1) -> Polarity:
    """Positive above the middle of ``low``..``scale``, neutral at it, negative below; on the
    NPS's 0..10 detractors (0-6) negative, passives (7-8) neutral, promoters (9-10) positive."""
    if (low, scale) == _NPS:
        if value <= _NPS_DETRACTOR:
            return Polarity.NEGATIVE
        return Polarity.NEUTRAL if value <= _NPS_PASSIVE else Polarity.POSITIVE
    middle = (low + scale) / 2
    if value > middle:
        return Polarity.POSITIVE
    return Polarity.NEUTRAL if value == middle else Polarity.NEGATIVE


def read_rating(
    fmt: Format, raw: str, raw_scale: str, raw_from: str = ""
) -> Rating | str | Problem | None:
    """The rating ``raw`` (with ``raw_scale`` and ``raw_from``, the scale's top and lower
    bound, from their columns, if any) means in ``fmt``.

    None when there is no rating; :data:`NOT_RATED` when the survey was only offered;
    a :class:`Problem` naming the value when it is no rating of this format.
    """
    raw = raw.strip()
    if not raw:
        return None
    known = fmt.values.get(_EMOJI_MARKS.sub("", raw.lower().replace("\u2019", "'")))
    if known == NOT_RATED:
        return NOT_RATED
    low, guessed = 1, False
    if isinstance(known, tuple):
        value, scale = known
    elif fmt.ratings == "number" and (written := _written_number(raw)) is not None:
        number, named_scale = written
        # A survey tool's survey type in the scale column (Delighted's "nps"): its scale.
        if (typed := _SURVEY_TYPES.get(raw_scale.strip().casefold())) is not None:
            raw_from, raw_scale = raw_from.strip() or str(typed[0]), str(typed[1])
        scale_or_problem = named_scale or _scale(raw_scale, fmt.scale)
        if isinstance(scale_or_problem, Problem):
            return scale_or_problem
        value, scale = number, scale_or_problem
        # The lower bound goes with the scale it came with: a fraction's ("4/5") and a scale
        # column's are from 1 unless a column says otherwise; the format's with its scale.
        low_or_problem = _low(raw_from, 1 if named_scale or raw_scale.strip() else fmt.low)
        if isinstance(low_or_problem, Problem):
            return low_or_problem
        low = low_or_problem
        # Read on the format's guessed 1..5, no range known: a rating outside it says how to
        # name the scale (an NPS's 0 or 9 in a column titled "Score").
        guessed = fmt.scale_guessed and not (named_scale or raw_scale.strip() or raw_from.strip())
    else:
        return Problem("rating", "bad_rating", {"value": raw})
    if not low <= value <= scale:
        code = "rating_out_of_range_guessed" if guessed else "rating_out_of_range"
        return Problem("rating", code, {"value": raw, "scale": scale, "low": low})
    return Rating(raw, float(value), scale, polarity(value, scale, low), low)


def header_range(header: str) -> tuple[int, int] | None:
    """The range a rating column's title names ("(1-5)", "0 bis 10": (1, 5), (0, 10)), else
    the NPS's 0..10 for a title that names the NPS or asks its question ("NPS", "How likely …
    recommend"), or None. Not a school grade's ("Note 1-6"), whose 1 is the best."""
    found = _HEADER_RANGE.search(header)
    if found is None:
        if _CES_TITLE.search(header):
            return _CES
        return _NPS if _NPS_TITLE.search(header) else None
    if _GRADES.search(header) or _UNIT_AFTER.match(header, found.end()):
        return None
    top = int(found[2])
    return (int(found[1]), top) if _MIN_SCALE <= top <= _MAX_SCALE else None


def titled(fmt: Format, columns: Sequence[str]) -> Format:
    """``fmt`` on the range its rating column's title names (:func:`header_range`: "(0-10)",
    "NPS", "How likely … recommend"), where its scale is only a guess (``scale_guessed``: our
    own columns' 1..5); else ``fmt`` itself."""
    if not fmt.scale_guessed:
        return fmt
    titles = {normal_name(c): c for c in columns}
    column = fmt.column("rating", titles)
    if column is None and len(ranged := [n for n, c in titles.items() if header_range(c)]) == 1:
        # No column our names know, but one question that names its range ("Wie einfach war
        # es …? (1-7)", "How likely … recommend"): that is the rating. Unread, every answer
        # was stored without its rating and a complaint offered for the wall.
        column = ranged[0]
        fmt = replace(fmt, columns={**fmt.columns, "rating": (column,)})
    found = header_range(titles[column]) if column is not None else None
    if found is None:
        return fmt
    return replace(fmt, low=found[0], scale=found[1], scale_guessed=False)


def header_scale(header: str) -> int | None:
    """The top of the range a rating column's title names (:func:`header_range`), or None."""
    found = header_range(header)
    return found[1] if found else None


def _written_number(raw: str) -> tuple[float, int | None] | None:
    """The number ``raw`` writes (plain, with a unit, as a fraction or as stars) and the scale
    it names, if it names one (and that is a scale the store accepts); None if no number."""
    if (number := parse_number(raw)) is not None:
        return number, None
    if unit := _WITH_UNIT.fullmatch(raw):
        return float(unit[1].replace(",", ".")), None
    if fraction := _FRACTION.fullmatch(raw):
        scale = int(fraction[2])
        if not _MIN_SCALE <= scale <= _MAX_SCALE:
            return None
        return float(fraction[1].replace(",", ".")), scale
    if percent := _PERCENT.fullmatch(raw):
        return float(percent[1].replace(",", ".")), 100
    if labelled := _LABELLED.fullmatch(raw):
        return float((labelled[1] or labelled[2]).replace(",", ".")), None
    # ⭐ may come with its emoji selector; full stars first, then the empty ones.
    if stars := _STARS.fullmatch(raw.replace(" ", "").replace("\ufe0f", "")):
        full, empty = len(stars[1]), len(stars[2])
        return float(full), (full + empty if empty else None)
    return None


def _low(raw: str, default: int) -> int | Problem:
    """A scale's lower bound as a column writes it: 0 or 1 (empty: ``default``)."""
    if not raw.strip():
        return default
    number = parse_number(raw)
    if number not in (0, 1):
        return Problem("rating_from", "bad_rating_from", {"value": raw.strip()})
    return int(number)


def _scale(raw: str, default: int) -> int | Problem:
    if not raw.strip():
        return default
    number = parse_number(raw)
    if number is None or not number.is_integer() or not _MIN_SCALE <= number <= _MAX_SCALE:
        return Problem("rating_scale", "bad_rating_scale", {"value": raw.strip()})
    return int(number)
