"""Files a user walked into the import on 2026-12-07 (tests/fixtures/imports/walk, written
by its make_walk.py): each is read as written, or refused saying what the file is, in both
languages, instead of mojibake or binary garbage shown as "columns"."""

from __future__ import annotations

import datetime as dt

import pytest

from feedback.collect.files import UnreadableFile
from feedback.collect.files.text import detect_encoding
from tests.collect.files.helpers import ANNA, JONAS, read_fixture


def test_a_utf8_file_with_a_windows_1252_row_in_its_first_chunk_reads_both_rows():
    """The first chunk was read wholly as Windows-1252: "Schöne" was stored as "SchÃ¶ne"."""
    read = read_fixture("walk/utf8_then_cp1252.csv")

    assert read.problems == {}
    drafts = read.drafts
    assert (drafts[2].text, drafts[2].agent_id, drafts[2].said_on) == (
        "Schöne Grüße und danke – top!",
        ANNA,
        dt.date(2026, 11, 20),
    )
    assert (drafts[3].text, drafts[3].agent_id) == ("Größte Hilfe – danke!", JONAS)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("„Gruß“ – 20 € gespart, Größe passt", "cp1252"),
        ("Straße, Übergabe, Ärger: gelöst", "cp1252"),
        ("Grüße", "mac_roman"),
        ("\xa0ÂŒ", "cp1252"),  # C2 8C: UTF-8 for a control character, no letter
    ],
)
def test_text_wholly_in_one_single_byte_encoding_keeps_that_encoding(text, encoding):
    """The pair "ß“" is valid UTF-8 (DF 93), but no letter of German or English: no reason to
    read a Windows-1252 file as UTF-8."""
    assert detect_encoding(f"id;text\n1;{text}\n".encode(encoding)) == encoding


@pytest.mark.parametrize(
    ("name", "code", "english", "german"),
    [
        ("walk/export_download.zip", "zip_archive", "export/ratings.csv, export/ratings.json",
         "ZIP-Archiv"),
        ("walk/ratings.csv.gz", "compressed_file", "compressed (gzip)", "komprimiert (gzip)"),
        ("walk/report.csv", "binary_file", "(PDF)", "(PDF)"),
    ],
)  # fmt: skip
def test_packed_downloads_and_other_files_are_named_for_what_they_are(name, code, english, german):
    """A zip was "not a readable Excel workbook"; gzip and PDF showed binary garbage as
    their columns."""
    with pytest.raises(UnreadableFile) as refused:
        read_fixture(name)

    assert refused.value.problem.code == code
    assert english in refused.value.message("en")
    assert german in refused.value.message("de")


def test_a_summary_row_with_its_count_in_the_comment_column_is_skipped_as_one():
    """The row "Gesamt: 2 Bewertungen" with the average 4,5 beside it was rejected as a row naming
    neither agent nor team."""
    read = read_fixture("walk/summary_with_count.csv")

    assert read.problems == {}
    assert sorted(read.drafts) == [2, 3]
    assert [row.line for row in read.rows if row.total] == [4, 5]


def test_a_repeated_column_is_named_in_each_copy_as_a_mapping_by_hand_reads_it():
    """The message said to map the columns by hand, but not that the second copy is read as
    "Kommentar (2)", the name --column needs."""
    with pytest.raises(UnreadableFile) as refused:
        read_fixture("real_shapes/duplicate_kommentar.csv")

    assert refused.value.problem.params["copies"] == "Kommentar / Kommentar (2)"
    assert "(here: Kommentar / Kommentar (2))" in refused.value.message("en")
    assert "(hier: Kommentar / Kommentar (2))" in refused.value.message("de")


def test_freshdesk_ticket_sources_are_channels():
    """A Freshdesk ticket export's "Source" (the channel the command line suggests mapping):
    "Portal" rejected the row as an unknown channel."""
    read = read_fixture("walk/freshdesk_sources.csv")

    assert read.problems == {}
    assert [read.drafts[line].channel for line in (2, 3, 4, 5)] == [
        "other",
        "other",
        "email",
        "phone",
    ]
