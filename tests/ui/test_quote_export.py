"""The quote export's words: every format labelled in both languages, file names per language."""

from __future__ import annotations

import datetime as dt

import pytest

from feedback.export import ExportFormat
from feedback.i18n import LANGUAGES, t
from feedback.store.filters import QuoteFilter
from feedback.ui.quote_export import FORMATS, default_format, file_name

NOV = QuoteFilter(start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30))


def test_every_format_is_offered_once_with_a_label_in_each_language():
    assert sorted(FORMATS) == sorted(f.value for f in ExportFormat)
    for lang in LANGUAGES:
        labels = [t(f"quote_export.format_{f}", lang) for f in FORMATS]
        assert len(set(labels)) == len(FORMATS), labels
    assert t("quote_export.format_csv-excel", "de") != t("quote_export.format_csv-excel", "en")


def test_the_default_format_follows_the_ui_language():
    assert default_format("de") == "csv-excel"
    assert default_format("en") == "csv"


@pytest.mark.parametrize(
    ("flt", "fmt", "lang", "expected"),
    [
        (NOV, ExportFormat.CSV_EXCEL, "de", "lob-2026-11-01_2026-11-30-excel.csv"),
        (NOV, ExportFormat.CSV, "de", "lob-2026-11-01_2026-11-30.csv"),
        (NOV, ExportFormat.XLSX, "en", "praise-2026-11-01_2026-11-30.xlsx"),
        (NOV, ExportFormat.JSON, "de", "lob-2026-11-01_2026-11-30.json"),
        (QuoteFilter(), ExportFormat.CSV, "de", "lob-alle.csv"),
        (QuoteFilter(), ExportFormat.CSV, "en", "praise-all.csv"),
        (QuoteFilter(start=NOV.start), ExportFormat.XLSX, "de", "lob-ab-2026-11-01.xlsx"),
        (QuoteFilter(end=NOV.end), ExportFormat.JSON, "en", "praise-until-2026-11-30.json"),
    ],
)
def test_file_names_name_the_days_in_the_ui_language(flt, fmt, lang, expected):
    assert file_name(flt, fmt, lang) == expected
