"""CSV fixtures: every encoding and delimiter, quoting, line ends, blank lines and broken rows.
Each test states the exact rows, drafts and problems a fixture gives."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from feedback.collect.files import UnreadableFile
from feedback.collect.files.sniff import open_table
from feedback.collect.validate import Problem
from feedback.domain import Source, Status
from tests.collect.files.helpers import ANNA, JONAS, NAMED, read_bytes, read_fixture

# The same three rows, written in every encoding and with every delimiter (make_fixtures.py).
EXPECTED = {
    2: ("Vielen Dank, Frau Meier – Sie haben mir sehr geholfen!", dt.date(2026, 11, 23),
        ANNA, "phone", 5.0, Status.PENDING),
    3: ("Großartig: „schnell“ und freundlich, weiß ich zu schätzen.", dt.date(2026, 11, 22),
        JONAS, "email", 4.5, Status.PENDING),
    4: ("Straße, Größe, Übergabe: alles geklärt. 20 € gespart!", dt.date(2026, 11, 21),
        ANNA, "chat", 3.0, Status.ARCHIVED),
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "delimiter"),
    [
        ("encoding_utf8.csv", ","),
        ("encoding_utf8_bom.csv", ";"),
        ("encoding_utf16.csv", "\t"),
        ("encoding_cp1252.csv", ";"),
        ("delimiter_comma.csv", ","),
        ("delimiter_semicolon.csv", ";"),
        ("delimiter_tab.tsv", "\t"),
        ("delimiter_pipe.csv", "|"),
    ],
)
def test_every_encoding_and_delimiter_reads_the_same_rows(name, delimiter):
    read = read_fixture(name)

    assert read.parsed.kind == "csv"
    assert read.parsed.details["delimiter"] == delimiter
    assert read.parsed.format.name == "generic"
    assert read.problems == {}
    got = {
        line: (d.text, d.said_on, d.agent_id, d.channel, d.rating, d.status)
        for line, d in read.drafts.items()
    }
    assert got == EXPECTED
    for draft in read.drafts.values():
        assert draft.rating_scale == 5
        assert draft.source is Source.IMPORT
        assert draft.source_system == "helpdesk"
        assert draft.submitted_by == "import:helpdesk"
    assert [d.external_id for d in read.drafts.values()] == ["E-1", "E-2", "E-3"]


def test_a_doubled_quote_first_seen_after_row_200_is_read_exactly():
    read = read_fixture("doubled_quote_after_200.csv")

    assert read.parsed.summary.rows == len(read.drafts) == 250
    assert read.problems == {}
    # Data row 230 is line 231; the first 4 KB (what the sniffer saw) hold no doubled quote.
    text = read.drafts[231].text
    assert (
        text.encode("utf-8") == 'Die Kundin schrieb "Ihr seid die Besten", danke für alles'.encode()
    )
    assert read.drafts[232].text == "Danke für die Hilfe mit Anliegen Nummer 231"


def test_quoted_line_breaks_stay_inside_their_field_and_lines_count_physically():
    read = read_fixture("quoted_newlines.csv")

    assert {line: d.text for line, d in read.drafts.items()} == {
        2: "Erste Zeile\nzweite Zeile",
        4: "Absatz eins\r\n\r\nAbsatz zwei",
        7: 'Sie sagte:\n"Danke!"\nund legte auf',
        10: "Ohne Umbruch",
    }
    assert read.problems == {}


def test_mixed_line_endings():
    read = read_fixture("mixed_line_endings.csv")

    assert {line: d.text for line, d in read.drafts.items()} == {
        2: "Windows-Zeile",
        3: "Unix-Zeile",
        4: "Alte Mac-Zeile",
        5: "Zitat mit\r\nUmbruch",
        7: "Letzte Zeile ohne Ende",
    }
    assert read.problems == {}


def test_blank_lines_are_skipped_but_counted():
    read = read_fixture("blank_lines.csv", system=NAMED)

    assert {line: d.external_id for line, d in read.drafts.items()} == {
        4: "B-1",
        7: "B-2",
        9: "B-3",
    }
    assert read.parsed.summary.rows == 3
    assert read.problems == {}


def test_missing_and_extra_columns_are_reported_never_dropped():
    read = read_fixture("missing_extra_columns.csv")

    assert sorted(read.drafts) == [2, 5, 6]
    assert read.problems == {3: ["missing_columns"], 4: ["extra_columns"]}
    missing, extra = read.rows[1].problems[0], read.rows[2].problems[0]
    assert missing.params == {"expected": 4, "found": 3}
    assert extra.params == {"count": 2, "values": "extra eins | extra zwei"}
    assert "extra eins | extra zwei" in extra.message("de")
    assert "3 von 4" in missing.message("de")
    assert read.drafts[5].text == "Nur ein Trennzeichen am Ende"  # a trailing ";" is harmless


def test_a_broken_quote_is_reported_at_its_line_and_swallows_nothing():
    read = read_fixture("broken_quote.csv", system=NAMED)

    assert {line: d.external_id for line, d in read.drafts.items()} == {
        2: "K-1",
        4: "K-3",
        6: "K-5",
    }
    assert read.problems == {3: ["broken_quote"], 5: ["broken_quote"]}
    assert "Zeile 3" in read.rows[1].problems[0].message("de")
    assert read.parsed.summary.rows == 5


def test_an_unclosed_quote_in_the_last_row_gives_back_the_lines_it_swallowed():
    data = (
        b'id,text,agent\n1,"offen bis zum Ende,anna.meier\n2,Danke,anna.meier\n3,Gut,anna.meier\n'
    )

    read = read_bytes(data)

    assert read.problems == {2: ["broken_quote"]}
    assert {line: d.text for line, d in read.drafts.items()} == {3: "Danke", 4: "Gut"}


def test_a_quoted_value_over_the_field_limit_on_many_lines_is_one_rejected_row():
    """5 MB of lines in one quoted field: one row "value too long", the next row read normally
    (it came back as 187,246 rejected rows, every inner line read as a record)."""
    lines = "Vielen Dank für die Hilfe.\r\n" * 10_000  # about 280 K characters
    data = (
        f'id,text,date,agent\r\nB-1,"{lines}",01.11.2026,anna.meier\r\n'
        "B-2,Normale Zeile danach,01.11.2026,anna.meier\r\n"
    ).encode()

    read = read_bytes(data, system=NAMED)

    assert read.problems == {2: ["value_too_long"]}
    assert {line: d.external_id for line, d in read.drafts.items()} == {10_003: "B-2"}
    assert read.parsed.summary.rows == 2


def test_an_unclosed_quote_past_the_field_limit_is_a_broken_quote_that_swallows_nothing():
    rows = "".join(f"{n},Danke {n},anna.meier\n" for n in range(2, 20_000))
    data = f'id,text,agent\n1,"offen bis zum Ende,anna.meier\n{rows}'.encode()

    read = read_bytes(data)

    assert read.problems == {2: ["broken_quote"]}
    assert len(read.drafts) == 19_998
    assert read.drafts[3].text == "Danke 2"


@pytest.mark.parametrize(
    ("title", "delimiter"),
    [
        ("Zufriedenheitsbericht November 2026, Team Nord", ";"),
        ("Report: CSAT; Zeitraum: November", ","),
        ("Bericht, Team Nord, Filter: alle", "\t"),
    ],
)
def test_a_title_line_with_another_delimiter_does_not_decide_the_files_delimiter(title, delimiter):
    """The first line with a delimiter decided it: a title with a comma above a ``;`` header
    made the file "No known format" (its columns: the title)."""
    rows = [
        ["Ticket-ID", "Erstellt am", "Bearbeiter", "Bewertung", "Kommentar"],
        ["T-1", "02.11.2026", "Anna Meier", "5", "Hat prima geklappt, danke Anna"],
        ["T-2", "03.11.2026", "Jonas Becker", "4", "Schnell und freundlich"],
    ]
    table = io.StringIO()
    csv.writer(table, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = f"{title}\r\nExportiert am 01.12.2026 09:15\r\n\r\n{table.getvalue()}".encode("cp1252")

    read = read_bytes(data)

    assert read.parsed.details["delimiter"] == delimiter
    assert read.parsed.columns == tuple(rows[0])
    assert {line: (d.external_id, d.agent_id) for line, d in read.drafts.items()} == {
        5: ("T-1", ANNA),
        6: ("T-2", JONAS),
    }


def test_row_reasons_are_wholly_in_german_with_german_numbers_and_the_files_dates():
    """Python's English JSON error text, 2099-11-23 for "23.11.2099" and 131072 unformatted."""
    jsonl = b'{"text": "gut", "agent": "anna.meier"}\n{"text": "Danke, ab\n'
    huge = "Danke! " * (200 * 1024 // 7)
    data = f"text;agent;date\nGut;anna.meier;23.11.2099\n{huge};anna.meier;23.11.2026\n"

    broken = read_bytes(jsonl, name="r.jsonl").rows[1].problems[0]
    future, long = (row.problems[0] for row in read_bytes(data.encode()).rows)

    assert broken.message("de") == "Diese Zeile ist kein gültiges JSON (ab Zeichen 20)."
    assert future.message("de") == "Das Datum 23.11.2099 liegt in der Zukunft."
    assert long.message("de") == "Ein Wert in dieser Zeile ist länger als 131.072 Zeichen."
    assert long.message("en") == "A value in this line is longer than 131,072 characters."


@pytest.mark.parametrize(
    ("data", "name", "code", "english"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8, "alt.xls", "legacy_xls",
         "save it as .xlsx or CSV"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "export.csv", "legacy_xls", ".xls"),
        (b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head></html>\n",
         "export.csv", "web_page", "this is a web page, not an export"),
        (b"\xef\xbb\xbf  <html lang=en>\n<body>Login</body>\n", "ratings.json", "web_page",
         "web page"),
    ],
)  # fmt: skip
def test_an_old_excel_file_or_a_web_page_is_named_for_what_it_is(data, name, code, english):
    """Read as CSV they printed binary garbage or markup as their "columns"."""
    with pytest.raises(UnreadableFile) as refused:
        read_bytes(data, name=name)

    assert refused.value.problem.code == code
    assert english.casefold() in refused.value.message("en").casefold()
    assert refused.value.message("de") != refused.value.message("en")


def test_utf16_without_a_byte_order_mark_is_read():
    text = "id\ttext\tagent\nE-1\tGrüße an Anna, danke!\tanna.meier\n"

    little, big = read_bytes(text.encode("utf-16-le")), read_bytes(text.encode("utf-16-be"))

    assert little.drafts[2].text == big.drafts[2].text == "Grüße an Anna, danke!"


def test_columns_of_an_unknown_format_never_carry_control_characters():
    data = b"\x01\x02\x1b[31mrot\x1b[0m;\x7fx\x00y;" + b"z" * 1000 + b"\n1;2;3\n"

    with pytest.raises(UnreadableFile) as unknown:
        read_bytes(data)

    shown = unknown.value.problem.params["columns"]
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in shown)
    assert "rot" in shown
    assert len(shown) <= 301


def test_windows_1252_after_the_first_chunk_still_reads():
    """Detection sees only the first 64 KiB; an umlaut from German Excel further down (a file
    assembled from several exports) is read as Windows-1252, not a crash."""
    head = b"id;text;agent\n" + b"".join(
        b"A-%d;Danke vielmals;anna.meier\n" % i for i in range(1, 3001)
    )
    assert len(head) > 64 * 1024
    data = head + "A-3001;Herzlichen Dank, Frau Müller!;anna.meier\n".encode("cp1252")

    read = read_bytes(data)

    assert read.problems == {}
    assert read.drafts[3002].text == "Herzlichen Dank, Frau Müller!"


def test_header_only_gives_no_rows_and_an_empty_file_says_so():
    from feedback.collect.files import UnreadableFile

    assert read_bytes(b"id,text,agent\r\n").rows == []
    with pytest.raises(UnreadableFile) as empty:
        read_bytes(b"\n\n")
    assert empty.value.problem.code == "empty_file"
    assert "keine Zeilen" in empty.value.message("de")


def test_excel_sep_hint_names_the_delimiter():
    read = read_bytes(b"sep=|\r\nid|text|agent\r\nS-1|Danke, gut; sehr gut|anna.meier\r\n")

    assert read.parsed.details["delimiter"] == "|"
    assert read.drafts[3].text == "Danke, gut; sehr gut"


def test_excel_sep_hint_for_tabs_and_repeated_column_names():
    data = b"sep=\t\nid\ttext\tagent\ttext\nS-1\tErster Text\tanna.meier\tZweiter\n"
    table = open_table(io.BytesIO(data))

    assert table.details["delimiter"] == "\t"
    assert table.columns == ("id", "text", "agent", "text (2)")
    assert table.repeated == ("text",)
    # Which "text" holds the comment is not guessed (the first one was read silently).
    with pytest.raises(UnreadableFile, match="repeated_column"):
        read_bytes(data)


def test_a_report_with_title_lines_above_the_header():
    # German Excel: a title without delimiters, a period with some, a blank line, then the
    # header on line 4; Windows-1252.
    data = (
        "Zufriedenheitsbericht\r\n"
        "Zeitraum: 01.11.2026 – 23.11.2026;;;\r\n"
        "\r\n"
        "Ticket-ID;Bewertung;Kommentar;Agent\r\n"
        "T-1;5;Frau Meier war sehr geduldig, danke!;Anna Meier\r\n"
        "T-2;4;Schnell und freundlich;jonas.becker\r\n"
    ).encode("cp1252")
    read = read_bytes(data, "bericht.csv")

    assert read.parsed.columns == ("Ticket-ID", "Bewertung", "Kommentar", "Agent")
    assert read.problems == {}
    assert {line: (d.text, d.agent_id) for line, d in read.drafts.items()} == {
        5: ("Frau Meier war sehr geduldig, danke!", ANNA),
        6: ("Schnell und freundlich", JONAS),
    }


def test_without_a_known_header_below_the_first_line_stays_the_header():
    data = b"Spalte A;Spalte B\nwert;Danke\n"
    with pytest.raises(UnreadableFile) as error:
        read_bytes(data, "x.csv")
    assert "Spalte A, Spalte B" in error.value.message("de")


def test_channels_by_the_names_the_app_shows_in_either_language():
    """A German spreadsheet (or the app's own German Excel export) names channels as the app
    shows them: "E-Mail", "Bewertung", "Sonstiges", "Social Media" were rejected."""
    names = [
        "E-Mail",
        "Bewertung",
        "Sonstiges",
        "Social Media",
        "Telefon",
        "Email",
        "Review",
        "Fax",
    ]
    lines = ["text;date;agent;channel"] + [
        f"Danke für die Hilfe Nr. {i};23.11.2026;anna.meier;{name}" for i, name in enumerate(names)
    ]
    read = read_bytes("\n".join(lines).encode(), "channels.csv")

    channels = [read.drafts[line].channel for line in sorted(read.drafts)]
    assert channels == ["email", "review", "other", "social", "phone", "email", "review", "fax"]


@pytest.mark.parametrize(
    ("lang", "words"),
    [("de", "Erlaubt sind: Chat, E-Mail, Telefon"), ("en", "Allowed: Chat, Email, Phone")],
)
def test_an_unknown_channel_lists_the_channels_as_the_reader_knows_them(lang, words):
    problem = Problem("channel", "unknown_channel", {"value": "fax"})
    assert words in problem.message(lang)
    assert "email, phone" not in problem.message(lang)


def test_a_rejected_row_names_every_reason_at_once_its_channel_too():
    data = "text;date;agent;channel\nDanke!;xx;nobody;Brieftaube\nDanke!;xx;anna.meier;Chat\n"
    read = read_bytes(data.encode(), "reasons.csv")
    assert read.problems == {
        2: ["bad_import_date", "unknown_agent", "unknown_channel"],
        3: ["bad_import_date"],
    }
