"""A chart's CSV: German Excel in German (BOM, ;, decimal comma, dd.mm.yyyy), plain in English."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from feedback.export.chart_csv import chart_csv, file_name

FRAME = pd.DataFrame(
    {
        "period": [pd.Timestamp("2026-10-01"), pd.Timestamp("2026-11-01")],
        "rated": [42, 7],
        "csat": [0.9170227920227919, 0.5],
        "score": [0.8123456, None],
        "reliable": [True, False],
        "team": ["=HYPERLINK(1)", "Nord"],
    }
)
HEADERS = {"period": "Zeitraum ab", "rated": "Bewertungen", "csat": "CSAT (%)", "score": "Ø"}


def test_german_excel_reads_separators_decimals_dates_and_headers():
    data = chart_csv(
        FRAME, "de", {**HEADERS, "reliable": "Genug", "team": "Team"}, percent=("csat",)
    )
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Zeitraum ab", "Bewertungen", "CSAT (%)", "Ø", "Genug", "Team"]
    assert rows[1] == ["01.10.2026", "42", "91,7", "0,81", "ja", "'=HYPERLINK(1)"]
    assert rows[2][3] == ""  # no value, no "nan"
    # As German Excel (or pandas with its settings) reads it: numbers are numbers.
    table = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    assert table["CSAT (%)"].tolist() == pytest.approx([91.7, 50.0])


def test_english_is_plain_csv_with_iso_dates_and_dot_decimals():
    data = chart_csv(FRAME, "en", HEADERS, percent=("csat",))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    assert not data.startswith("\ufeff".encode())
    assert rows[1] == ["2026-10-01", "42", "91.7", "0.81"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Zitate nach Kanal je Monat", "zitate-nach-kanal-je-monat.csv"),
        ("Quotes by team per week", "quotes-by-team-per-week.csv"),
        ("Kundenbewertung je Woche", "kundenbewertung-je-woche.csv"),
        ("Ø / <x>", "ø-x.csv"),
    ],
)
def test_file_names_come_from_words(words: str, expected: str):
    assert file_name(words) == expected
