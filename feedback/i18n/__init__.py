"""Every user-facing text in German and English.

Catalogs are TOML files, one per area and language: ``feedback/i18n/<lang>/<area>.toml``.
A key ``validation.empty_text`` is the entry ``empty_text`` in ``validation.toml``. Both
languages must hold the same keys with the same placeholders (a test checks this).
Dates and numbers are formatted with Babel in the chosen locale.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.dates import get_timezone, get_timezone_location
from babel.numbers import format_decimal, format_percent

from feedback.domain import UiLanguage

LANGUAGES: tuple[str, ...] = tuple(lang.value for lang in UiLanguage)
DEFAULT_LANGUAGE = UiLanguage.DE.value
_LOCALES = {"de": "de_DE", "en": "en_GB"}


def _flatten(prefix: str, table: dict[str, Any], out: dict[str, str]) -> None:
    for key, value in table.items():
        full = f"{prefix}.{key}"
        if isinstance(value, dict):
            _flatten(full, value, out)
        else:
            out[full] = str(value)


@cache
def catalog(lang: str) -> dict[str, str]:
    """All messages of one language, keyed ``area.key``."""
    out: dict[str, str] = {}
    folder = resources.files("feedback.i18n") / lang
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            _flatten(entry.name.removesuffix(".toml"), tomllib.loads(entry.read_text("utf-8")), out)
    return out


def supported_language(lang: str | None) -> str | None:
    """The supported language ``lang`` names ('de-AT' -> 'de', 'EN' -> 'en'); None for one
    the app does not speak ('fr', 'C', '')."""
    code = (lang or "").split("-")[0].split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else None


def normalize_language(lang: str | None) -> str:
    """Map any input ('de-AT', 'EN', None) to a supported UI language, else the default."""
    return supported_language(lang) or DEFAULT_LANGUAGE


def t(key: str, lang: str | None = None, /, **params: Any) -> str:
    """The message ``key`` in ``lang``, with ``{placeholders}`` filled from ``params``.

    A missing key raises ``KeyError``: a silent fallback would ship a half-translated UI.
    """
    template = catalog(normalize_language(lang))[key]
    return template.format(**params) if params else template


def format_date(value: dt.date, lang: str | None, fmt: str = "medium") -> str:
    return _babel_date(value, format=fmt, locale=_LOCALES[normalize_language(lang)])


def format_days(first: dt.date, last: dt.date, lang: str | None, fmt: str = "medium") -> str:
    """The days from ``first`` to ``last``: "6 Dec 2026 – 8 Dec 2026"; a single day once."""
    start = format_date(first, lang, fmt)
    return start if first == last else f"{start} – {format_date(last, lang, fmt)}"


def format_datetime(value: dt.datetime, lang: str | None, fmt: str = "medium") -> str:
    return _babel_datetime(value, format=fmt, locale=_LOCALES[normalize_language(lang)])


def format_number(value: float, lang: str | None, fmt: str | None = None) -> str:
    return format_decimal(value, format=fmt, locale=_LOCALES[normalize_language(lang)])


def format_signed(value: float, lang: str | None) -> str:
    """A score with its sign and two decimals: "+0,60" / "-0,85" (de), "+0.60" (en). One minus
    sign everywhere, the ASCII one: Streamlit reads a metric's change as falling only when it
    starts with "-", so the scores do too."""
    return format_number(value, lang, "+0.00;-0.00")


def format_share(value: float, lang: str | None, decimals: int = 0) -> str:
    """``value`` in [0, 1] as a percentage in the locale's style ('42 %' / '42%'), with
    ``decimals`` places after the point ('86,9 %' / '86.9%')."""
    locale = Locale.parse(_LOCALES[normalize_language(lang)])
    pattern = locale.percent_formats[None].pattern  # "#,##0 %" (de), "#,##0%" (en)
    if decimals:
        pattern = pattern.replace("0", "0." + "0" * decimals, 1)
    return format_percent(value, pattern, locale=locale)


def format_zone(zone: dt.tzinfo, lang: str | None) -> str:
    """A time zone as readers name it, by its city in ``lang``: "Berlin", "Wien" / "Vienna",
    "UTC" (the zone's id, "Europe/Berlin", is for machines)."""
    key = getattr(zone, "key", None)
    if not key:
        return zone.tzname(None) or "UTC"
    locale = _LOCALES[normalize_language(lang)]
    return str(get_timezone_location(get_timezone(key), locale=locale, return_city=True))
