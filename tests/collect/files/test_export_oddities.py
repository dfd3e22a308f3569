"""What real exports hold besides answers: comments that say there is none ("N/A", "-"), a
report's summary rows ("Gesamt", "Durchschnitt"), dates with the month's name, ratings with
their answer's label, a title above questions no format knows. Each was a quote reading "-",
a phantom rating in the CSAT, a rejected row, or a file that could not be mapped."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]

from feedback.collect.column_map import manual_format, parse_mapped, suggested_columns
from feedback.collect.files.sniff import open_table
from feedback.collect.files.values import moment, parse_date
from tests.collect.files.helpers import ANNA, RESOLVER, TODAY, read_bytes

HEADER = "Datum;Kommentar;Mitarbeiter;Bewertung\n"


@pytest.mark.parametrize(
    "comment",
    ["N/A", "n. a.", "-", "---", ".", "k. A.", "keine Angabe", "Keine Anmerkungen.", "#NV", "#N/A"],
)
def test_a_comment_that_says_there_is_none_is_a_rating_without_a_comment(comment):
    """It was a quote reading "-", offered to moderation for the wall."""
    read = read_bytes(f"{HEADER}10.11.2026;{comment};anna.meier;5\n".encode())

    assert read.drafts == {}
    assert read.parsed.summary.no_comment == 1
    assert read.parsed.summary.csat == 1.0  # its rating still counts


def test_an_unrated_answer_that_says_there_is_none_is_skipped_without_a_comment():
    read = read_bytes(b"Zeitstempel;Kommentar;Mitarbeiter\n10.11.2026 14:03;n/a;anna.meier\n")

    assert read.drafts == {}
    assert read.parsed.summary.no_text == 1


@pytest.mark.parametrize("comment", ["ok", "+++", "👍", "Nichts zu meckern", "Keine Wartezeit!"])
def test_short_comments_are_comments(comment):
    read = read_bytes(f"{HEADER}10.11.2026;{comment};anna.meier;5\n".encode())

    assert read.drafts[2].text == comment


def test_a_reports_summary_rows_are_skipped_and_count_in_no_csat():
    """ "Gesamt;;;4,5" was one more positive rating in the CSAT; "Anzahl;2;;" was rejected as
    a row dated "Anzahl"."""
    data = (
        f"{HEADER}10.11.2026;Super!;anna.meier;5\n11.11.2026;Zu langsam.;anna.meier;2\n"
        "Gesamt;;;3,5\nDurchschnitt:;;;3,5\nAnzahl;2;;\n"
    )

    read = read_bytes(data.encode())
    summary = read.parsed.summary

    assert sorted(read.drafts) == [2, 3]
    assert (summary.totals, summary.rejected, summary.no_comment) == (3, 0, 0)
    assert summary.csat == 0.5
    assert summary.rows == summary.drafts + summary.rejected + summary.skipped


def test_a_comment_beginning_with_a_summary_word_is_an_answer():
    data = "Kommentar;Datum;Mitarbeiter\nTotal super beraten!;10.11.2026;anna.meier\n"

    assert read_bytes(data.encode()).drafts[2].text == "Total super beraten!"


def test_an_excel_report_with_a_title_and_a_total_row_reads_its_answers():
    book = Workbook()
    sheet = book.active
    sheet.append(["Kundenfeedback November 2026"])
    sheet.append([])
    sheet.append(["Datum", "Kommentar", "Mitarbeiter", "Bewertung"])
    sheet.append([dt.datetime(2026, 11, 10, 9, 0), "Super!", "anna.meier", 5])
    sheet.append([dt.datetime(2026, 11, 10, 9, 5), "Gut.", "anna.meier", 4.5])
    sheet.append(["Gesamt", None, None, 4.75])
    data = io.BytesIO()
    book.save(data)

    read = read_bytes(data.getvalue(), "bericht.xlsx")

    assert [(d.text, d.rating, d.agent_id) for d in read.drafts.values()] == [
        ("Super!", 5.0, ANNA),
        ("Gut.", 4.5, ANNA),
    ]
    assert read.parsed.summary.totals == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3. Dezember 2025", dt.date(2025, 12, 3)),
        ("Donnerstag, 3. Dezember 2026", dt.date(2026, 12, 3)),
        ("3. Nov. 2026", dt.date(2026, 11, 3)),
        ("3. März 2026, 14:05 Uhr", dt.date(2026, 3, 3)),
        ("3. Jänner 2026", dt.date(2026, 1, 3)),
        ("November 3, 2026", dt.date(2026, 11, 3)),
        ("Thursday, December 3rd, 2026 2:05 PM", dt.date(2026, 12, 3)),
        ("3 Oct 2026 14:05", dt.date(2026, 10, 3)),
        ("31. Februar 2026", None),
        ("3. Foo 2026", None),
    ],
)
def test_dates_with_the_months_name(raw, expected):
    assert parse_date(raw, TODAY) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5 - Sehr zufrieden", 5.0),
        ("1 – Sehr unzufrieden", 1.0),
        ("4 (eher zufrieden)", 4.0),
        ("4,5 = gut", 4.5),
        ("Sehr gut (5)", 5.0),
    ],
)
def test_a_rating_with_its_answers_label_reads_its_number(raw, expected):
    """A survey tool's scale option with its label was rejected as "not a rating"."""
    read = read_bytes(f"{HEADER}10.11.2026;Danke!;anna.meier;{raw}\n".encode())

    assert read.drafts[2].rating == expected


@pytest.mark.parametrize("raw", ["5 -", "3 - 4", "Gut (4) Punkte"])
def test_a_label_without_one_number_is_no_rating(raw):
    read = read_bytes(f"{HEADER}10.11.2026;Danke!;anna.meier;{raw}\n".encode())

    assert read.problems == {2: ["bad_rating"]}


def _survey_with_a_title() -> bytes:
    """A survey tool's XLSX: a title and a blank row above questions no format knows."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Umfrage Kundenzufriedenheit November 2026"])
    sheet.append([])
    sheet.append(["Zeitstempel", "Wie zufrieden waren Sie?", "Ihr Kommentar"])
    sheet.append([dt.datetime(2026, 11, 10, 9, 0), 5, "Danke, alles bestens!"])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


_TITLED_CSV = (
    b"Umfrage Kundenzufriedenheit November 2026;;\n;;\nZeitstempel;Wie zufrieden waren Sie?;"
    b"Ihr Kommentar\n10.11.2026 09:00;5;Danke, alles bestens!\n"
)


@pytest.mark.parametrize("name", ["umfrage.xlsx", "umfrage.csv"])
def test_a_title_above_questions_no_format_knows_leaves_the_questions_to_map(name):
    """The title was taken for the header: the only column to map was the title."""
    data = _survey_with_a_title() if name.endswith(".xlsx") else _TITLED_CSV
    table = open_table(io.BytesIO(data), name)
    columns = {"text": "Ihr Kommentar", "rating": "Wie zufrieden waren Sie?"}
    fmt = manual_format({**suggested_columns(table.columns), **columns})

    rows = list(parse_mapped(table, fmt, RESOLVER, system="helpdesk", today=TODAY).rows)

    assert table.columns == ("Zeitstempel", "Wie zufrieden waren Sie?", "Ihr Kommentar")
    assert [(r.line, r.draft.text, r.draft.rating, r.draft.said_on) for r in rows if r.draft] == [
        (4, "Danke, alles bestens!", 5.0, dt.date(2026, 11, 10))
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026/11/09 2:03:11 PM MEZ", "2026-11-09 14:03:11"),
        ("2026/11/09 12:03:11 AM MEZ", "2026-11-09 00:03:11"),
        (dt.datetime(2026, 11, 9, 14, 3, 11), "2026-11-09 14:03:11"),
        ("09.11.2026 14:03", "2026-11-09 14:03:00"),
        ("2026-11-09T13:03:11Z", "2026-11-09 14:03:11"),
        ("11/09/2026 02:03:11 PM", "2026-11-09 14:03:11"),
        ("3. Dezember 2026", "2026-12-03"),
        ("  Gesamt  ", "Gesamt"),
    ],
)
def test_a_moment_is_written_one_way_whatever_the_file_writes(raw, expected):
    assert moment(raw, TODAY) == expected


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r"])
def test_a_comment_over_two_lines_in_a_row_with_empty_columns_at_the_end_is_one_row(end):
    # Excel writes the empty columns at the end of a sheet as trailing ";": the row has more
    # values than the header, all empty; with a comment over two lines it was taken for a
    # broken quote, and its second line read again as a row of its own.
    lines = [
        "Datum;Kommentar;Bewertung;;",
        '01.11.2026;"Erste Zeile' + end + 'zweite Zeile";5;;',
        "02.11.2026;Gut;4;;",
    ]
    read = read_bytes((end.join(lines) + end).encode("cp1252"))

    assert read.problems == {}
    assert [d.text.split() for d in read.drafts.values()] == [
        ["Erste", "Zeile", "zweite", "Zeile"],
        ["Gut"],
    ]
    assert sorted(read.drafts) == [2, 4]
