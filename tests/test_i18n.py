"""Every user-facing text exists in German and English, with the same placeholders."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest

from feedback.i18n import LANGUAGES, catalog, format_date, format_days, normalize_language, t


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_the_same_keys():
    de, en = catalog("de"), catalog("en")
    assert sorted(set(de) ^ set(en)) == []


@pytest.mark.parametrize("key", sorted(catalog("de")))
def test_placeholders_match_and_text_is_not_empty(key):
    de, en = catalog("de")[key], catalog("en")[key]
    assert de.strip()
    assert en.strip()
    assert _placeholders(de) == _placeholders(en)


def test_missing_key_fails_loudly():
    with pytest.raises(KeyError):
        t("validation.no_such_message", "de")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("de-AT", "de"), ("EN", "en"), (None, "de"), ("fr", "de"), ("en_GB.UTF-8", "en")],
)
def test_language_codes_are_normalised(raw, expected):
    assert normalize_language(raw) == expected
    assert expected in LANGUAGES


def test_dates_follow_the_locale():
    day = dt.date(2026, 3, 1)
    assert format_date(day, "de") == "01.03.2026"
    assert format_date(day, "en") == "1 Mar 2026"


def test_a_span_of_one_day_names_the_day_once():
    first, last = dt.date(2026, 12, 6), dt.date(2026, 12, 8)
    assert format_days(first, last, "de") == "06.12.2026 – 08.12.2026"
    assert format_days(first, last, "en", "long") == "6 December 2026 – 8 December 2026"
    assert format_days(last, last, "de") == "08.12.2026"
    assert format_days(last, last, "en", "long") == "8 December 2026"


# The informal "du" forms, and the du-imperatives the catalogs once used ("Wähle ...").
_INFORMAL = re.compile(r"\b(du|dich|dir|dein\w*|euch|euer|eure\w*|wähle|gib|klicke?)\b", re.I)


def test_german_texts_address_the_reader_formally():
    """A workplace tool that a works council reads says "Sie", everywhere."""
    informal = {key: text for key, text in catalog("de").items() if _INFORMAL.search(text)}
    assert informal == {}


# A name in straight single quotes: 'Submit praise'. Not an apostrophe ("person's").
_STRAIGHT_QUOTED = re.compile(r"(?<![A-Za-z])'[A-Z][^'\n]*'(?![A-Za-z])")


def test_english_texts_name_a_page_in_typographic_quotes():
    """The closing slide said 'Submit praise' where every other text says “Submit praise”."""
    # frontend.* is Streamlit's own English, verbatim: the script finds it by its exact words.
    ours = {k: v for k, v in catalog("en").items() if not k.startswith("frontend.")}
    straight = {k: v for k, v in ours.items() if _STRAIGHT_QUOTED.search(v)}
    assert straight == {}
