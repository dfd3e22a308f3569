"""What exported files really look like, each read to its rows: Excel's "Unicode text" (UTF-16
LE with BOM, tabs), Windows-1252, UTF-8 with BOM, semicolons with decimal commas, quoted line
breaks, title and blank rows above the header, summary rows under the data, a header name
written twice, dates as German, ISO with a zone and American write them, and ratings as
fractions, stars, words, grades and smileys. Every row ends as a draft, skipped and counted, or
rejected naming why in German and English."""

from __future__ import annotations

import codecs
import datetime as dt
import io

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]

from feedback.collect.files import UnreadableFile
from tests.collect.files.helpers import ANNA, JONAS, ratings_of, read_bytes

HEADER = "text\tagent\tdate\trating\n"


def test_excel_unicode_text_utf16_le_with_bom_and_tabs():
    body = "Grüße an Anna – 20 € zurück!\tanna.meier\t20.11.2026 14:05\t4/5\n"
    read = read_bytes(codecs.BOM_UTF16_LE + (HEADER + body).encode("utf-16-le"), "x.txt")

    assert read.parsed.details["delimiter"] == "\t"
    draft = read.drafts[2]
    assert (draft.text, draft.agent_id, draft.said_on) == (
        "Grüße an Anna – 20 € zurück!",
        ANNA,
        dt.date(2026, 11, 20),
    )
    assert ratings_of(read)[2][1:3] == (4.0, 5)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("text;agent;rating\nSchöne Grüße – danke!;anna.meier;4,5\n", "cp1252"),
        ("\ufefftext;agent;rating\nSchöne Grüße – danke!;anna.meier;4,5\n", "utf-8"),
    ],
)
def test_windows_1252_and_utf8_bom_with_semicolons_and_decimal_commas(data, encoding):
    read = read_bytes(data.encode(encoding), "x.csv")

    assert read.parsed.format.name == "generic"
    assert read.drafts[2].text == "Schöne Grüße – danke!"
    assert ratings_of(read)[2][1:3] == (4.5, 5)


def test_title_and_blank_rows_above_and_summary_rows_under_the_data():
    data = (
        "Kundenzufriedenheit November 2026\n"
        ";;\n"
        "\n"
        "Kommentar;Mitarbeiter;Bewertung\n"
        '"Danke!\nZweite Zeile, ""zitiert""";anna.meier;5\n'
        "Zu langsam;jonas.becker;2\n"
        ";;\n"
        "Gesamt;;3,5\n"
        "Anzahl: 2;;\n"
        "Durchschnitt: 3,5;;\n"
    )
    read = read_bytes(data.encode("utf-8"), "x.csv")

    assert [draft.text for draft in read.drafts.values()] == [
        'Danke!\nZweite Zeile, "zitiert"',
        "Zu langsam",
    ]
    assert read.drafts[7].agent_id == JONAS
    summary = read.parsed.summary
    # "Anzahl: 2" and "Durchschnitt: 3,5", the figure in the label's cell, were a quote.
    assert (summary.rows, summary.drafts, summary.totals) == (5, 2, 3)
    assert summary.polarity["positive"] == 1  # the summary's 3,5 counts in no CSAT


def test_a_header_name_written_twice_refuses_the_file_saying_which():
    data = "Kommentar;Mitarbeiter;Bewertung;Kommentar\nDanke;anna.meier;5;Nochmal\n"

    with pytest.raises(UnreadableFile) as refused:
        read_bytes(data.encode("utf-8"), "x.csv")

    assert refused.value.problem.code == "repeated_column"
    assert "„Kommentar“ steht mehrmals" in refused.value.message("de")
    assert "“Kommentar” appears more than once" in refused.value.message("en")


def test_dates_german_iso_with_zone_and_american():
    data = (
        "text,agent,date,rating\n"
        "A,anna.meier,21.11.2026 14:05,5\n"
        "B,anna.meier,2026-11-20T23:30:00+00:00,5\n"
        "C,anna.meier,11/19/2026,5\n"
        "D,anna.meier,11/18/2026 2:05 PM,5\n"
        "E,anna.meier,05/11/2026,5\n"
    )
    read = read_bytes(data.encode("utf-8"), "x.csv")

    days = {line: draft.said_on for line, draft in read.drafts.items()}
    assert days == {
        2: dt.date(2026, 11, 21),
        3: dt.date(2026, 11, 21),  # 23:30 UTC is past midnight in Berlin
        4: dt.date(2026, 11, 19),
        5: dt.date(2026, 11, 18),
        6: dt.date(2026, 5, 11),  # the rows above write the month first
    }
    assert read.problems == {}


RATINGS = [
    ("4/5", 4.0, 5),
    ("★★★★☆", 4.0, 5),
    ("Gut", 5.0, 5),
    ("Satisfied", 4.0, 5),
    ("😀", 5.0, 5),
    ("Befriedigend", 3.0, 5),
    ("Ausreichend", 2.0, 5),
    ("Mangelhaft", 1.0, 5),
    ("Excellent", 5.0, 5),
    ("Fair", 2.0, 5),
    ("Poor", 1.0, 5),
    ("Geht so", 3.0, 5),
    ("Okay", 3.0, 5),
]


def test_ratings_as_people_and_tools_write_them():
    lines = [f"Antwort {n};anna.meier;{raw}" for n, (raw, _, _) in enumerate(RATINGS)]
    data = "Kommentar;Mitarbeiter;Bewertung\n" + "\n".join([*lines, "Nope;anna.meier;Naja"])
    read = read_bytes(data.encode("utf-8"), "x.csv")

    read_ratings = ratings_of(read)
    assert [read_ratings[n + 2][:3] for n in range(len(RATINGS))] == RATINGS
    (problem,) = read.problems[len(RATINGS) + 2]
    assert problem == "bad_rating"
    row = next(row for row in read.rows if row.line == len(RATINGS) + 2)
    assert "Naja" in row.problems[0].message("de")
    assert "Naja" in row.problems[0].message("en")


def test_qualtrics_header_rows_are_skipped_in_a_workbook_too():
    book = Workbook()
    sheet = book.active
    sheet.append(["StartDate", "RecordedDate", "ResponseId", "Kommentar", "Agent"])
    sheet.append(["Start Date", "Recorded Date", "Response ID", "Ihr Kommentar", "Agent"])
    sheet.append(['{"ImportId":"startDate"}', '{"ImportId":"recordedDate"}',
                  '{"ImportId":"_recordId"}', '{"ImportId":"QID2_TEXT"}',
                  '{"ImportId":"Agent"}'])  # fmt: skip
    sheet.append(["2026-11-20 10:00:00", "2026-11-20 10:02:00", "R_x1", "Danke!", "anna.meier"])
    out = io.BytesIO()
    book.save(out)

    read = read_bytes(out.getvalue(), "q.xlsx")

    assert read.parsed.format.name == "qualtrics"
    assert [row.line for row in read.rows] == [4]
    draft = read.drafts[4]
    assert (draft.external_id, draft.agent_id, draft.said_on) == (
        "R_x1",
        ANNA,
        dt.date(2026, 11, 20),
    )
