"""XLSX, JSON and JSON Lines: typed cells, dates of every kind, and one clear error for a
file that cannot be read."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl  # type: ignore[import-untyped, unused-ignore]
import pytest

from feedback.collect.files import UnreadableFile
from feedback.collect.files.sniff import sniff_kind
from feedback.domain import Status
from tests.collect.files.helpers import ANNA, JONAS, NAMED, read_bytes, read_fixture


def test_xlsx_rows_with_date_cells_serials_german_and_iso_dates():
    read = read_fixture("generic.xlsx", system=NAMED)

    assert (read.parsed.kind, read.parsed.format.name) == ("xlsx", "generic")
    assert read.parsed.details == {"sheet": "Bewertungen"}
    got = {
        line: (d.external_id, d.said_on, d.agent_id, d.rating, d.rating_scale, d.status)
        for line, d in read.drafts.items()
    }
    assert got == {
        2: ("1001", dt.date(2026, 11, 20), ANNA, 5.0, 5, Status.PENDING),
        3: ("1002", dt.date(2026, 11, 23), ANNA, 4.5, 5, Status.PENDING),  # 46349, "4,5"
        5: ("1003", dt.date(2026, 11, 22), JONAS, 4.5, 5, Status.PENDING),  # row 4 is empty
        6: ("1004", dt.date(2026, 11, 23), JONAS, 2.0, 5, Status.ARCHIVED),  # 23:30Z
    }
    assert read.problems == {7: ["bad_import_date"], 8: ["extra_columns"]}
    assert [r.line for r in read.rows if r.no_comment] == [9]
    assert read.rows[4].problems[0].params == {"value": "gestern"}
    assert read.rows[5].problems[0].params == {"count": 1, "values": "Überhang"}
    assert read.rows[5].problems[0].message("de").startswith("1 Wert mehr")
    assert read.rows[5].problems[0].message("en").startswith("1 value more")


def test_a_truncated_xlsx_is_one_clear_error():
    with pytest.raises(UnreadableFile) as broken:
        read_fixture("broken.xlsx")

    assert broken.value.problem.code == "broken_xlsx"
    assert "Excel-Arbeitsmappe" in broken.value.message("de")
    assert "Excel workbook" in broken.value.message("en")
    # what to do, not the name of a Python exception ("(BadZipFile)")
    assert "Error" not in broken.value.message("en")
    assert "BadZip" not in broken.value.message("de")
    assert "CSV" in broken.value.message("de")


def test_a_file_named_xlsx_that_is_no_zip_is_one_clear_error():
    with pytest.raises(UnreadableFile) as broken:
        read_bytes(b"id,text\n1,hello\n", name="ratings.xlsx")
    assert broken.value.problem.code == "broken_xlsx"


def test_json_cut_off_midway_reads_up_to_the_break_then_says_where():
    from feedback.collect.files.parse import parse_file
    from tests.collect.files.helpers import FIXTURES, RESOLVER, TODAY

    with (FIXTURES / "broken.json").open("rb") as handle:
        parsed = parse_file(handle, RESOLVER, name="broken.json", today=TODAY)
        seen: list[int] = []
        with pytest.raises(UnreadableFile) as broken:
            seen.extend(row.line for row in parsed.rows)
    assert seen == [1, 2]
    assert broken.value.problem.code == "broken_json"
    assert broken.value.problem.params == {"element": 3}
    assert "Eintrag 3" in broken.value.message("de")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'[{"text": "gut"} {"text": "schlecht"}]', "broken_json"),
        (b'{\n  "count": 2,\n  "next_page": null\n}', "json_without_list"),
        (b"[]", "empty_file"),
        (b'[{"text": "gut"}, {"text": ', "broken_json"),
        (b"ratings: []", "unknown_format"),
    ],
)
def test_broken_json_files(data, code):
    with pytest.raises(UnreadableFile) as broken:
        read_bytes(data, name="ratings.json")
    assert broken.value.problem.code == code
    assert broken.value.message("de") != broken.value.message("en")


def test_json_entries_that_are_no_objects_are_rejected_rows():
    read = read_bytes(b'[{"text": "Danke!", "agent": "anna.meier"}, 42, "x"]')

    assert sorted(read.drafts) == [1]
    assert read.problems == {2: ["not_an_object"], 3: ["not_an_object"]}


def test_a_file_without_a_text_column_names_its_columns():
    with pytest.raises(UnreadableFile) as unknown:
        read_bytes(b"foo;bar\n1;2\n")
    assert unknown.value.problem.code == "unknown_format"
    assert "foo, bar" in unknown.value.message("en")


@pytest.mark.parametrize(
    ("start", "name", "kind"),
    [
        (b"PK\x03\x04rest", "", "xlsx"),
        (b"  [\n{", "", "json"),
        (b'{"satisfaction_ratings": [{"score": "good"}]}', "", "json"),
        (b'{\n  "data": [', "", "json"),
        (b'{"score": "good"}\n{"score": "bad"}\n', "", "jsonl"),
        (b'{"data": [', "export.jsonl", "jsonl"),
        (b"\xef\xbb\xbf[{}]", "", "json"),
        (b"id;text\n", "x.json", "csv"),
        (b"text\n", "", "csv"),
    ],
)
def test_which_reader_a_file_needs(start, name, kind):
    assert sniff_kind(start, name) == kind


def test_unseekable_uploads_read_as_well():
    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            chunk = self._data.read(min(len(buffer), 7))  # a slow pipe: a few bytes at a time
            buffer[: len(chunk)] = chunk
            return len(chunk)

    from feedback.collect.files.parse import parse_file
    from tests.collect.files.helpers import FIXTURES, RESOLVER, TODAY

    for name in ("generic.xlsx", "encoding_utf16.csv", "zendesk_ratings.json"):
        data = (FIXTURES / name).read_bytes()
        parsed = parse_file(io.BufferedReader(Pipe(data)), RESOLVER, today=TODAY)
        from_file = read_fixture(name)
        assert [(r.line, r.draft) for r in parsed.rows] == [
            (r.line, r.draft) for r in from_file.rows
        ]


def test_xlsx_report_with_title_rows_above_the_header():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Satisfaction report"])
    sheet.append(["Period", "November 2026"])
    sheet.append([])
    sheet.append(["Ticket ID", "Satisfaction rating", "Satisfaction comment", "Assignee name"])
    sheet.append([10234, "Good, I'm satisfied", "Anna was super quick, thanks!", "Anna Meier"])
    sheet.append([10235, "Bad, I'm unsatisfied", "Waited three days.", "Jonas Becker"])
    out = io.BytesIO()
    book.save(out)
    read = read_bytes(out.getvalue(), "report.xlsx")

    assert read.parsed.format.name == "zendesk_report"
    assert read.problems == {}
    assert {line: (d.text, d.agent_id, d.rating) for line, d in read.drafts.items()} == {
        5: ("Anna was super quick, thanks!", ANNA, 2.0),
        6: ("Waited three days.", JONAS, 1.0),
    }


def _workbook(*sheets: tuple[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_empty_first_sheet_is_passed_over_for_the_first_with_rows():
    """Only the first sheet was read: "The file holds no rows" though "Export" had them."""
    data = _workbook(
        ("Tabelle1", []),
        ("Leer", [[None, "  "]]),
        ("Export", [["id", "text", "agent"], ["S-1", "Zweites Blatt, danke", "anna.meier"]]),
        ("Notizen", [["nur eine Notiz"]]),
    )

    read = read_bytes(data, name="export.xlsx", system=NAMED)

    assert read.parsed.details == {"sheet": "Export", "sheets_before": "Tabelle1, Leer"}
    assert {line: d.external_id for line, d in read.drafts.items()} == {2: "S-1"}


def test_a_workbook_whose_sheets_are_all_empty_holds_no_rows():
    with pytest.raises(UnreadableFile) as empty:
        read_bytes(_workbook(("Tabelle1", []), ("Tabelle2", [])), name="leer.xlsx")
    assert empty.value.problem.code == "empty_file"
