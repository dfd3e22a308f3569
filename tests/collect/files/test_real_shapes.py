"""Files shaped as real exports are (tests/fixtures/imports/real_shapes, written by its
make_real_shapes.py): German Excel and LibreOffice, survey tools, review sites and app
stores. Each test names the rows, values and reasons a file gives."""

from __future__ import annotations

import datetime as dt

import pytest

from feedback.collect.files import Polarity
from feedback.domain import Status
from tests.collect.files.helpers import ANNA, JONAS, Read, read_bytes, read_fixture

P, N, X = Polarity.POSITIVE, Polarity.NEUTRAL, Polarity.NEGATIVE


def _ratings(read: Read) -> dict[int, tuple[float, int, Polarity]]:
    return {
        row.line: (row.rating.value, row.rating.scale, row.rating.polarity)
        for row in read.rows
        if row.rating is not None
    }


def test_ratings_written_with_units_fractions_and_stars():
    read = read_fixture("real_shapes/star_ratings.csv")

    assert read.problems == {}
    assert _ratings(read) == {
        2: (5.0, 5, P),  # ★★★★★
        3: (3.0, 5, N),  # ★★★☆☆
        4: (4.0, 5, P),  # 4/5
        5: (4.0, 5, P),  # 4 von 5
        6: (5.0, 5, P),  # 5 stars
        7: (1.0, 5, X),  # 1 Stern
        8: (9.0, 10, P),  # 9/10
    }
    assert read.drafts[7].status is Status.ARCHIVED


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("0 Sterne", "rating_out_of_range"),
        ("6/5", "rating_out_of_range"),
        ("4/1", "bad_rating"),  # no scale of one
        ("☆★★", "bad_rating"),  # empty stars first: not a way to write a rating
        ("5 Äpfel", "bad_rating"),
    ],
)
def test_what_is_no_rating_says_why(raw, code):
    read = read_bytes(f"text;rating;agent\nDanke!;{raw};anna.meier\n".encode())

    assert read.problems == {2: [code]}


def test_survey_tools_five_point_words():
    read = read_fixture("real_shapes/libreoffice_de.csv")

    assert read.problems == {}
    assert _ratings(read) == {2: (5.0, 5, P), 3: (3.0, 5, N), 4: (2.0, 5, X), 5: (4.0, 5, P)}


def test_german_excel_csv_with_sep_line_and_empty_columns():
    read = read_fixture("real_shapes/excel_de_sep_cp1252.csv")

    assert read.parsed.details == {"delimiter": ";"}
    assert read.problems == {}
    drafts = read.drafts
    assert sorted(drafts) == [3, 4, 5, 6]  # line 7 holds only delimiters: no row
    assert (drafts[3].text, drafts[3].said_on, drafts[3].agent_id) == (
        "Frau Meier hat mir geduldig alles erklärt – danke!",
        dt.date(2026, 11, 5),
        ANNA,
    )
    assert drafts[4].text == "Schnell, freundlich; so soll es sein"
    assert (drafts[4].rating, drafts[4].agent_id) == (4.5, JONAS)
    assert (drafts[6].rating, drafts[6].rating_scale) == (5.0, 5)  # "5 Sterne"
