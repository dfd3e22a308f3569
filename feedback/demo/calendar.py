"""When quotes happen: the demo period, daily volume and seasons.

Volume per day = weekday effect x month season x special days x adoption trend x weekly noise.
Each factor is a plain number with its reason next to it, so a product person can tune the demo
without reading the generator.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import random
from datetime import date, timedelta
from itertools import accumulate

# Monday .. Sunday. Contact centres are busiest early in the week (weekend backlog); Saturday
# runs a reduced shift; on Sundays only chat and social media are staffed.
WEEKDAY_FACTOR = (1.12, 1.08, 1.04, 1.0, 0.9, 0.38, 0.1)

# January .. December. December peaks (Christmas greetings, year-end rush in the shop);
# January has the annual energy bills; summer holidays bring a dip for customers and staff.
MONTH_FACTOR = (1.08, 0.97, 1.0, 0.97, 0.93, 0.84, 0.7, 0.74, 0.95, 1.0, 1.08, 1.45)

# Days before Christmas: people send greetings with their thanks.
ADVENT_BOOST = 1.15
# Nationwide public holidays: the hotline is closed, only social media answers (a little
# more than a plain Sunday, because people write mails on their day off).
HOLIDAY_FACTOR = 0.15
# 24 and 31 December: half days.
HALF_DAY_FACTOR = 0.6

# Adoption: in the first weeks only enthusiasts submit, by the end the whole floor does.
# Volume grows linearly from TREND_START to TREND_END over the period.
TREND_START = 0.55
TREND_END = 1.0
# Week-to-week wobble (+/- this fraction), so trend lines look measured, not drawn.
WEEKLY_NOISE = 0.12


def period_start(end: date, months: int) -> date:
    """``end`` minus ``months`` calendar months (the day clamped to the month's length)."""
    if months < 1:
        raise ValueError("months must be at least 1")
    month_index = end.year * 12 + (end.month - 1) - months
    year, month = divmod(month_index, 12)
    last_day = _stdlib_calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(end.day, last_day))


def easter_sunday(year: int) -> date:
    """Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def public_holidays(year: int) -> frozenset[date]:
    """Germany's nationwide public holidays of ``year``."""
    easter = easter_sunday(year)
    return frozenset(
        {
            date(year, 1, 1),
            easter - timedelta(days=2),  # Karfreitag
            easter + timedelta(days=1),  # Ostermontag
            date(year, 5, 1),
            easter + timedelta(days=39),  # Christi Himmelfahrt
            easter + timedelta(days=50),  # Pfingstmontag
            date(year, 10, 3),
            date(year, 12, 25),
            date(year, 12, 26),
        }
    )


def season_of(day: date) -> str | None:
    """The greeting season of ``day``: "christmas", "newyear", "easter" or None."""
    if (day.month == 12 and day.day <= 26) or (day.month == 11 and day.day >= 28):
        return "christmas"
    if (day.month == 12 and day.day >= 27) or (day.month == 1 and day.day <= 8):
        return "newyear"
    easter = easter_sunday(day.year)
    if easter - timedelta(days=7) <= day <= easter + timedelta(days=1):
        return "easter"
    return None


def day_factor(day: date, holidays: frozenset[date]) -> float:
    """Relative volume of ``day`` before the trend: weekday, month and special days."""
    factor = WEEKDAY_FACTOR[day.weekday()] * MONTH_FACTOR[day.month - 1]
    if day in holidays:
        factor = MONTH_FACTOR[day.month - 1] * HOLIDAY_FACTOR
    elif day.month == 12 and day.day in (24, 31):
        factor *= HALF_DAY_FACTOR
    elif day.month == 12 and day.day < 24:
        factor *= ADVENT_BOOST
    return factor


def daily_weights(
    start: date, end: date, rng: random.Random
) -> tuple[tuple[date, ...], tuple[float, ...]]:
    """Every day of [start, end] and its cumulative volume weight (for ``rng.choices``)."""
    days = tuple(start + timedelta(days=i) for i in range((end - start).days + 1))
    holidays = frozenset().union(*(public_holidays(y) for y in range(start.year, end.year + 1)))
    span = max(len(days) - 1, 1)
    weeks = len(days) // 7 + 1
    noise = [1.0 + rng.uniform(-WEEKLY_NOISE, WEEKLY_NOISE) for _ in range(weeks)]
    weights = [
        day_factor(day, holidays)
        * (TREND_START + (TREND_END - TREND_START) * i / span)
        * noise[i // 7]
        for i, day in enumerate(days)
    ]
    return days, tuple(accumulate(weights))
