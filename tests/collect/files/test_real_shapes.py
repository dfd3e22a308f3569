"""Files shaped as real exports are (tests/fixtures/imports/real_shapes, written by its
make_real_shapes.py): German Excel and LibreOffice, survey tools, review sites and app
stores. Each test names the rows, values and reasons a file gives."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]

from feedback.collect.column_map import manual_format, parse_mapped
from feedback.collect.files import Polarity, UnreadableFile
from feedback.collect.files.sniff import open_table
from feedback.collect.files.values import parse_date
from feedback.collect.validate import Problem
from feedback.domain import Status
from tests.collect.files.helpers import (
    ANNA,
    FIXTURES,
    JONAS,
    RESOLVER,
    TODAY,
    Read,
    read_bytes,
    read_fixture,
)

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
        ("0 Sterne", "rating_out_of_range_guessed"),  # on 1..5 by guess: says how to name it
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


def test_a_repeated_comment_column_is_not_guessed():
    """Two columns "Kommentar": the agent's note first, the customer's words second. Reading
    the first silently put internal notes on the wall; now the file says which is repeated."""
    with pytest.raises(UnreadableFile) as refused:
        read_fixture("real_shapes/duplicate_kommentar.csv")

    assert refused.value.problem == Problem(
        "file", "repeated_column", {"column": "Kommentar", "copies": "Kommentar / Kommentar (2)"}
    )
    assert "„Kommentar“" in refused.value.message("de")


def test_a_repeated_column_differing_only_in_case_and_spaces_is_repeated_too():
    with pytest.raises(UnreadableFile) as refused:
        read_bytes(b"Kommentar,Agent,KOMMENTAR \nNotiz,anna.meier,Danke!\n")

    assert refused.value.problem.code == "repeated_column"


def test_a_repeated_column_the_format_does_not_read_is_harmless():
    read = read_bytes(b"Notiz;text;Notiz;agent\neins;Danke!;zwei;anna.meier\n")

    assert read.parsed.columns == ("Notiz", "text", "Notiz (2)", "agent")
    assert read.drafts[2].text == "Danke!"


def test_a_repeated_column_in_a_workbook_is_not_overwritten():
    """XLSX rows kept the last of two equal names (the CSV reader the first): now both are
    kept and the import refuses to guess, as for CSV."""
    book = Workbook()
    book.active.append(["text", "agent", "text"])
    book.active.append(["intern", "anna.meier", "Danke!"])
    out = io.BytesIO()
    book.save(out)

    table = open_table(io.BytesIO(out.getvalue()), "export.xlsx")
    assert table.columns == ("text", "agent", "text (2)")
    assert next(table.records).values == {
        "text": "intern",
        "agent": "anna.meier",
        "text (2)": "Danke!",
    }
    with pytest.raises(UnreadableFile) as refused:
        read_bytes(out.getvalue(), "export.xlsx")
    assert refused.value.problem.code == "repeated_column"


def test_header_names_with_invisible_characters_and_a_second_byte_order_mark():
    """A header with a second byte-order mark (the quotes of its first name were read as
    text), a no-break space, padding and a zero-width space in "Bewer​tung"."""
    read = read_fixture("real_shapes/odd_header_names.csv")

    assert read.parsed.format.name == "generic"
    assert read.parsed.columns[0] == "KOMMENTAR "
    draft = read.drafts[2]
    assert (draft.text, draft.agent_id, draft.said_on, draft.rating) == (
        "Sehr gut beraten worden.",
        ANNA,
        dt.date(2026, 11, 13),
        5.0,
    )


def test_surveymonkeys_second_header_line_is_no_response():
    """SurveyMonkey writes the answer options ("Response", "Open-Ended Response") under the
    questions; that line was imported as a quote reading "Open-Ended Response"."""
    read = read_fixture("real_shapes/surveymonkey.csv")

    assert sorted(row.line for row in read.rows) == [3, 4]
    assert [d.text for d in read.drafts.values()] == [
        "Danke für die tolle Beratung!",
        "Keiner hat zurückgerufen.",
    ]


def test_surveymonkey_is_dated_by_its_end_date():
    """SurveyMonkey's "Start Date" and "End Date" were no date column: every response was
    dated on the day of the import. The first response started on 8 November before midnight
    and was sent on the 9th: the day it was sent counts (month first, as SurveyMonkey writes)."""
    read = read_fixture("real_shapes/surveymonkey.csv")

    assert read.parsed.summary.undated is False
    assert read.problems == {}
    assert [d.said_on for d in read.drafts.values()] == [
        dt.date(2026, 11, 9),
        dt.date(2026, 11, 10),
    ]


def test_a_start_date_alone_dates_the_response():
    read = read_bytes(b"Start Date,Kommentar\n11/08/2026 11:58:11 PM,Danke!\n")

    assert read.drafts[2].said_on == dt.date(2026, 11, 8)


def test_a_second_header_line_in_a_workbook_is_no_response():
    book = Workbook()
    book.active.append(["Respondent ID", "Kommentar", "Agent"])
    book.active.append([None, "Open-Ended Response", None])
    book.active.append([1141, "Danke!", "anna.meier"])
    out = io.BytesIO()
    book.save(out)

    read = read_bytes(out.getvalue(), "antworten.xlsx")
    assert [(row.line, row.draft and row.draft.text) for row in read.rows] == [(3, "Danke!")]


def test_a_first_row_that_only_looks_like_options_is_a_row():
    """Only a tool's option names continue the header; any other first row is a response."""
    read = read_bytes(b"Kommentar,Agent\nResponse time was great!,anna.meier\n")

    assert read.drafts[2].text == "Response time was great!"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026/11/09 2:03:11 PM MEZ", dt.date(2026, 11, 9)),  # Google Forms
        ("2026/11/09 14:03:11 GMT+1", dt.date(2026, 11, 9)),
        ("2026/11/09", dt.date(2026, 11, 9)),
        ("11/09/2026 02:03:11 PM", dt.date(2026, 11, 9)),  # SurveyMonkey: month first
        ("11/09/2026 02:03 p.m.", dt.date(2026, 11, 9)),
        ("11/09/2026", None),  # 11 September or 9 November: not guessed
        ("13/09/2026 2:00 PM", None),  # no 13th month
        ("2026/02/30", None),
    ],
)
def test_dates_with_slashes(raw, expected):
    assert parse_date(raw) == expected


def test_google_forms_mapped_by_hand_reads_its_timestamps():
    data = (FIXTURES / "real_shapes" / "google_forms_de.csv").read_bytes()
    table = open_table(io.BytesIO(data), "antworten.csv")
    columns = {
        "text": "Ihr Kommentar",
        "date": "Zeitstempel",
        "agent": "Wer hat Ihnen geholfen?",
        "rating": "Wie zufrieden waren Sie mit unserem Service?",
    }
    parsed = parse_mapped(table, manual_format(columns), RESOLVER, system="helpdesk", today=TODAY)
    rows = list(parsed.rows)

    assert [r.problems for r in rows] == [(), ()]
    assert [(r.draft.said_on, r.draft.agent_id, r.draft.rating) for r in rows if r.draft] == [
        (dt.date(2026, 11, 9), ANNA, 5.0),
        (dt.date(2026, 11, 10), JONAS, 2.0),
    ]


def test_google_play_reviews_csv_in_utf16():
    read = read_fixture("real_shapes/reviews_de.example.kundenapp_202611.csv")

    assert (read.parsed.format.name, read.parsed.system) == ("google_play", "google_play")
    assert read.problems == {}
    assert _ratings(read) == {2: (5.0, 5, P), 3: (1.0, 5, X), 4: (4.0, 5, P)}
    first = read.drafts[2]
    assert (first.text, first.said_on, first.channel) == (
        "Die Hotline hat mir super geholfen, danke!",
        dt.date(2026, 11, 3),
        "review",
    )
    assert first.external_id == "https://play.google.com/apps/publish?account=1&reviewid=gp-1"
    assert read.drafts[3].status is Status.ARCHIVED
    assert read.parsed.summary.no_comment == 1  # line 4: stars only, counted


def test_trustpilot_review_export():
    read = read_fixture("real_shapes/trustpilot_reviews.csv")

    assert (read.parsed.format.name, read.parsed.system) == ("trustpilot", "trustpilot")
    assert read.problems == {}
    assert _ratings(read) == {2: (5.0, 5, P), 3: (1.0, 5, X)}
    assert (read.drafts[2].external_id, read.drafts[2].said_on) == ("tp-101", dt.date(2026, 11, 2))
    assert read.drafts[2].text == (  # with its title (test_review_titles)
        "Toller Kundenservice. Frau Meier vom Kundenservice hat sich sofort gekümmert."
    )


def test_google_business_profile_reviews_json():
    read = read_fixture("real_shapes/google_business_reviews.json")

    assert (read.parsed.format.name, read.parsed.system) == ("google_reviews", "google")
    assert read.problems == {}
    assert _ratings(read) == {1: (5.0, 5, P), 2: (2.0, 5, X), 3: (4.0, 5, P)}
    assert (read.drafts[1].external_id, read.drafts[1].said_on) == ("r-1", dt.date(2026, 11, 6))
    assert read.drafts[2].text == "Lange Wartezeit in der Hotline."  # not the owner's reply
    assert read.parsed.summary.no_comment == 1


def test_a_control_character_in_a_header_name_is_no_part_of_it():
    """ "Kommentar\\x00" (a NUL left by a broken export): the comment column was not found,
    and the command line's hint `--column 'text=Kommentar\\x00'` matched nothing either."""
    data = b"Kommentar\x00;Bewertung\x1f\nSehr freundlich, danke!;5\n"
    read = read_bytes(data, "export.csv")

    assert [d.text for d in read.drafts.values()] == ["Sehr freundlich, danke!"]
    assert [d.rating for d in read.drafts.values()] == [5.0]
