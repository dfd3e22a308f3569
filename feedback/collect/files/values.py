"""Dates and numbers as helpdesk exports write them, parsed into Python values. Pure, no I/O.

Dates: German (``23.11.2026``, ``23.11.26``, ``23.11.26 14:05``, ``23.11.2026 14:05:33``; a
two-digit year is the latest that is not in the future: ``23.11.99`` is 1999), with the
month's name in German or English (``3. Dezember 2026``, ``Donnerstag, 3. Dez. 2026``,
``December 3, 2026``, ``3 Dec 2026 14:05``: Excel's long dates, review sites), year first
with slashes (Google Forms: ``2026/11/23 2:05:33 PM MEZ``), month first with slashes where
a 12-hour time says it is American (SurveyMonkey: ``11/23/2026 02:05:33 PM``), or either
way round where one number is above 12 (PowerShell's ``11/23/2026 14:05:33``, British
``23/11/2026``; ``05/11/2026`` could be either day: the file's other rows decide, see
:mod:`feedback.collect.files.date_order`), ISO
8601 (``2026-11-23``, ``2026-11-23T22:30:00Z``, ``…+01:00``), day-month-year with dashes
(``23-11-2026``), a mail's date (``Mon, 23 Nov 2026 14:05:00 +0100``), Excel serial days (``46349``,
also as a cell value) and Unix timestamps (Intercom's ``created_at``, seconds or milliseconds).
A moment with a time zone counts on its calendar day in Europe/Berlin, where the teams work;
a local time without one is taken as written.

Numbers: ``4``, ``4.5`` and the German ``4,5``.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from feedback.clock import LOCAL_ZONE, local_today

__all__ = [
    "moment",
    "parse_date",
    "parse_number",
    "slashed_order",
    "time_of_day",
    "with_time",
]

# Excel counts days from 1899-12-30 (its phantom 29 Feb 1900 makes this right from March 1900).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
# Serials 20,000..80,000 are 1954..2119: any date a helpdesk rating can carry. Smaller numbers
# are more likely a mistake (a rating, a ticket number) than a date.
_EXCEL_MIN, _EXCEL_MAX = 20_000, 80_000
# Unix seconds from 2001-09-09 on (10^9); from 10^12 the number counts milliseconds.
_UNIX_MIN, _UNIX_MS = 1_000_000_000, 1_000_000_000_000
_DAY_SECONDS = 86_400
_DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Day first: "23.11.2026 14:05 Uhr", "… 2:05 PM", "… 14:05:00 MEZ"; with dashes only with
# the year in full ("23-11-2026", Freshdesk's and Dutch exports' day-month-year; "26-11-23"
# could be either way round).
_GERMAN = re.compile(
    r"(?P<d>\d{1,2})(?:\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})|-(?P<dm>\d{1,2})-(?P<dy>\d{4}))"
    r"(?:,?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:\s*Uhr|(?P<ampm>\s*[AaPp]\.?\s?[Mm]\.?))?(?:\s+[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?"
)
# The time after a date written with slashes: 24-hour or 12-hour, a zone name or offset after
# it ("MEZ", "GMT+1"); the day is taken as written, in the time of whoever wrote it.
_TIME = (
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?P<ampm>\s*[AaPp]\.?\s?[Mm]\.?)?"
    r"(?:\s+[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?"
)
_YEAR_FIRST = re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})" + _TIME)
# Month first; a two-digit year only with a 12-hour time, which says the date is American
# (Excel's US short date and time, saved as text: "12/7/26 2:05 PM").
_MONTH_FIRST = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})" + _TIME)
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)")
# Dates with the month's name, as Excel's long date formats and review sites write them, with
# an optional weekday before and time after: "3. Dezember 2026", "Donnerstag, 3. Dez. 2026",
# "3 December 2026", "December 3, 2026", "Thursday, Dec 3rd, 2026 2:05 PM".
_WEEKDAY = r"(?:[^\W\d_]+\.?,?\s+)?"
_NAMED_TIME = r"(?:,?\s+(?:um\s+|at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|Uhr))?)?"
_DAY_MONTH = re.compile(
    _WEEKDAY + r"(?P<d>\d{1,2})\.?\s+(?P<mon>[^\W\d_]+)\.?\s+(?P<y>\d{4})" + _NAMED_TIME
)
_MONTH_DAY = re.compile(
    _WEEKDAY
    + r"(?P<mon>[^\W\d_]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
    + _NAMED_TIME
)
# German and English month names and their abbreviations (Austrian "Jänner" too), lower case.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner jän jan january",
            "februar feber feb february",
            "märz mär mrz mar march",
            "april apr",
            "mai may",
            "juni jun june",
            "juli jul july",
            "august aug",
            "september sep sept",
            "oktober okt october oct",
            "november nov",
            "dezember dez december dec",
        ),
        start=1,
    )
    for name in names.split()
}


def parse_date(
    value: object, today: dt.date | None = None, day_first: bool | None = None
) -> dt.date | None:
    """The calendar day ``value`` names (see the module docstring), or None if it names none.
    A two-digit year is the latest that is not after ``today``'s year ("23.11.99" is 1999).
    ``day_first``: how the file writes "05/11/2026" where its other rows say so (see
    :mod:`feedback.collect.files.date_order`); None leaves such a date unread."""
    if isinstance(value, dt.datetime):
        return _local_day(value)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_number(float(value))
    if not isinstance(value, str):
        return None
    raw = value.strip()
    german = _GERMAN.fullmatch(raw)
    if german:
        return _german(german, (today or local_today()).year)
    slashed = _YEAR_FIRST.fullmatch(raw) or _MONTH_FIRST.fullmatch(raw)
    if slashed and len(slashed["y"]) == 2 and not slashed["ampm"]:
        slashed = None  # "12/7/26": which number is the year, and whose order? Unread.
    if slashed and (slashed.re is _YEAR_FIRST or slashed["ampm"]):
        year = _full_year(slashed["y"], (today or local_today()).year)
        return _day(year, int(slashed["m"]), int(slashed["d"]))
    if slashed:  # no 12-hour time: either day may come first; one above 12 says which
        first, second = int(slashed["m"]), int(slashed["d"])
        if (first > 12) != (second > 12) or first == second:
            month, day = sorted((first, second))
            return _day(int(slashed["y"]), month, day)
        if day_first is not None and first <= 12:
            month, day = (second, first) if day_first else (first, second)
            return _day(int(slashed["y"]), month, day)
    named = _DAY_MONTH.fullmatch(raw) or _MONTH_DAY.fullmatch(raw)
    if named and named["mon"].casefold() in _MONTHS:
        return _day(int(named["y"]), _MONTHS[named["mon"].casefold()], int(named["d"]))
    number = parse_number(raw)
    if number is not None:
        return _from_number(number)
    written = _written_moment(raw)
    return None if written is None else _local_day(written)


def slashed_order(value: object) -> str:
    """How a date with slashes and the year last says its numbers go: "day_first"
    ("23/11/2026"), "month_first" ("11/23/2026", or a 12-hour time: "11/05/2026 2:05 PM"),
    "either" ("05/11/2026": both numbers could be the month) or "" (not such a date)."""
    if not isinstance(value, str):
        return ""
    slashed = _MONTH_FIRST.fullmatch(value.strip())
    if slashed is None or (len(slashed["y"]) == 2 and not slashed["ampm"]):
        return ""
    first, second = int(slashed["m"]), int(slashed["d"])
    if slashed["ampm"] or (second > 12 >= first):
        return "month_first"
    if first > 12 >= second:
        return "day_first"
    return "either" if first != second and first <= 12 else ""


def _written_moment(raw: str) -> dt.datetime | None:
    """ISO 8601 ("2026-11-23T22:30:00Z", "… UTC"), or a mail's date as RFC 5322 writes it
    ("Mon, 23 Nov 2026 14:05:00 +0100": ticket systems' mail-based exports)."""
    try:
        return dt.datetime.fromisoformat(raw.replace(" UTC", "Z"))
    except ValueError:
        pass
    if not _MAIL_DATE.fullmatch(raw):
        return None
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None


_MAIL_DATE = re.compile(r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}.*")


# A time of day as the date formats above write it: 14:05, 14:05:33, 2:05:33 PM.
_TIME_OF_DAY = re.compile(r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s?[Mm]\b)?")


def moment(value: object, today: dt.date | None = None) -> str:
    """When ``value`` (a date cell) says something happened, written one way whatever way the
    file writes it: "2026-11-09 14:03:11" for Google Forms' "2026/11/09 2:03:11 PM MEZ" as CSV
    and for the same cell as an XLSX date (a moment with a time zone in Europe/Berlin's time,
    as :func:`parse_date` counts its day); the text as written, white space folded, when it
    names no day. Two exports of the same responses then give their rows the same keys.
    Midnight is the day alone: a date cell shows a day without a time so ("2026-11-09
    00:00:00" from XLSX was not the "09.11.2026" of the same answers as CSV), and so does a
    whole Excel serial."""
    return _MIDNIGHT.sub("", _moment(value, today))


_MIDNIGHT = re.compile(r" 00:00:00$")


def _moment(value: object, today: dt.date | None) -> str:
    if isinstance(value, dt.datetime):
        local = value.astimezone(LOCAL_ZONE) if value.tzinfo is not None else value
        return local.replace(tzinfo=None, microsecond=0).isoformat(sep=" ")
    written = " ".join(str("" if value is None else value).split())
    day = parse_date(value, today)
    if day is None or isinstance(value, dt.date):
        return day.isoformat() if day is not None else written
    number = value if isinstance(value, int | float) else parse_number(written)
    if number is not None and not isinstance(number, bool):
        return _numbered_moment(float(number), day)
    if (stated := _written_moment(written)) is not None:
        return _moment(stated, today)
    time = _TIME_OF_DAY.search(written)
    if time is None:
        return day.isoformat()
    hour = int(time[1])
    if time[4]:  # 12:03 AM is 00:03, 12:03 PM is 12:03
        hour = hour % 12 + (12 if time[4] in "Pp" else 0)
    return f"{day.isoformat()} {hour:02d}:{int(time[2]):02d}:{int(time[3] or 0):02d}"


def _numbered_moment(number: float, day: dt.date) -> str:
    """An Excel serial's or a Unix timestamp's moment: 46335.5855 is 9 Nov 2026 14:03:07
    (a fraction of a day is its time: Excel writes a date and time cell so when its format is
    lost, "General" in a sheet or a CSV); a whole serial is the day alone."""
    if _EXCEL_MIN <= number <= _EXCEL_MAX:
        seconds = round((number - int(number)) * _DAY_SECONDS)
        if seconds == 0:
            return day.isoformat()
        return f"{day.isoformat()} {_clock(min(seconds, _DAY_SECONDS - 1))}"
    stamp = number / 1000 if number >= _UNIX_MS else number
    local = dt.datetime.fromtimestamp(stamp, dt.UTC).astimezone(LOCAL_ZONE)
    return local.replace(tzinfo=None, microsecond=0).isoformat(sep=" ")


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


# A time of day on its own, as a separate column writes it: "14:05", "14:05:33", "2:05 PM",
# "14.05 Uhr", "14 Uhr".
_CLOCK = re.compile(
    r"(?P<H>\d{1,2})(?:[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?)?"
    r"\s*(?:(?P<ampm>[AaPp])\.?\s?[Mm]\.?|(?P<uhr>Uhr))?"
)


def time_of_day(value: object) -> str | None:
    """A separate time column's value as "HH:MM:SS", or None if it is no time of day: an
    XLSX time cell (or a date-time on Excel's day 0), a fraction of a day (0.5 is noon, an
    Excel time whose format was lost), or text as people write times."""
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0).isoformat()
    if isinstance(value, dt.time):
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    if isinstance(value, bool):
        return None
    number = value if isinstance(value, int | float) else None
    if isinstance(value, str) and ":" not in value and "." in value.replace(",", "."):
        number = parse_number(value)  # "0,5854" as text; "14.05" is a time (below)
        if number is not None and number >= 1:
            number = None
    if number is not None:
        if not 0 <= number < 1:
            return None
        return _clock(min(round(number * _DAY_SECONDS), _DAY_SECONDS - 1))
    match = _CLOCK.fullmatch(str(value or "").strip())
    if match is None or (match["M"] is None and not (match["ampm"] or match["uhr"])):
        return None
    hour, minute, second = int(match["H"]), int(match["M"] or 0), int(match["S"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"] in "Pp" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def with_time(when: str, value: object) -> str:
    """``when`` (a :func:`moment` that names a day) at the time a separate column gives,
    where ``when`` has no time of its own; ``when`` itself when the column holds no time.
    Midnight is the day alone, as in :func:`moment`."""
    clock = time_of_day(value)
    if clock is None or not _DAY_ONLY.fullmatch(when):
        return when
    return _MIDNIGHT.sub("", f"{when} {clock}")


def parse_number(value: object) -> float | None:
    """``value`` as a number (``4``, ``4.5``, ``"4,5"``), or None if it is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        return float(value.strip().replace(",", "."))
    return None


def _local_day(moment: dt.datetime) -> dt.date:
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(LOCAL_ZONE).date()


def _german(match: re.Match[str], this_year: int) -> dt.date | None:
    written_year, month = match["y"] or match["dy"], match["m"] or match["dm"]
    year = _full_year(written_year, this_year)
    try:
        day = dt.date(year, int(month), int(match["d"]))
        if match["H"] is not None:
            hour = int(match["H"])
            if match["ampm"] and not 1 <= hour <= 12:
                return None
            dt.time(hour, int(match["M"]), int(match["S"] or 0))  # validates only
    except ValueError:
        return None
    return day


def _full_year(written: str, this_year: int) -> int:
    """A year as written: "26" is 2026, "99" 1999 (the latest such year that is not in the
    future); four digits as they are."""
    year = int(written)
    if len(written) == 2:
        year += this_year - this_year % 100
        if year > this_year:
            year -= 100
    return year


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_number(number: float) -> dt.date | None:
    if _EXCEL_MIN <= number <= _EXCEL_MAX:
        return _EXCEL_EPOCH + dt.timedelta(days=int(number))
    if number >= _UNIX_MIN:
        seconds = number / 1000 if number >= _UNIX_MS else number
        try:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).astimezone(LOCAL_ZONE).date()
        except (OverflowError, OSError, ValueError):
            return None
    return None


def without_nul(text: str) -> str:
    """``text`` with each NUL character a space, as a comment's "Mit\\0freundlichen" reads: no
    PostgreSQL text holds a NUL (a ticket id "ab\\x00c" from a CSV or JSON file failed there with
    "Saving failed …: DataError", while SQLite stored it)."""
    return text.replace("\x00", " ") if "\x00" in text else text
