"""Files shaped as exports reach a contact centre in practice (tests/fixtures/imports/
exports_seen, written by its make_exports_seen.py): Excel's "Unicode Text" and Mac CSV, German
helpdesk views, Freshdesk's and Intercom's CSVs, smiley ratings, a workbook with a cover
sheet, Zendesk's API page saved as it came. Each test names every row's fate and values."""

from __future__ import annotations

import datetime as dt

import pytest

from feedback.collect.files import Polarity, UnreadableFile
from feedback.collect.files.values import moment, parse_date
from tests.collect.files.helpers import ANNA, JONAS, TEAM_NORTH, Read, read_bytes, read_fixture

P, N, X = Polarity.POSITIVE, Polarity.NEUTRAL, Polarity.NEGATIVE
NOV = dt.date(2026, 11, 1)


def _rows(read: Read) -> dict[int, tuple[object, ...]]:
    """Each drafted row's line: its text, day, agent, external id, rating value and scale."""
    return {
        row.line: (
            row.draft.text,
            row.draft.said_on,
            row.draft.agent_id,
            row.draft.external_id,
            row.rating and (row.rating.value, row.rating.scale, row.rating.polarity),
        )
        for row in read.rows
        if row.draft is not None
    }


def _seen(name: str) -> Read:
    return read_fixture(f"exports_seen/{name}")


def test_excel_unicode_text_utf16_tabs_with_a_quoted_line_break():
    read = _seen("excel_unicode_text.txt")

    assert read.problems == {}
    assert read.parsed.details == {"delimiter": "\t"}
    assert _rows(read) == {
        2: (
            "Frau Meier war großartig – 20 € Gutschrift, danke!",
            dt.date(2026, 11, 6),
            ANNA,
            "7001",
            (5.0, 5, P),
        ),
        3: ('Erst "na ja",\r\ndann doch gelöst.', dt.date(2026, 11, 6), JONAS, "7002", (3, 5, N)),
        5: ("Überhaupt keine Rückmeldung.", dt.date(2026, 11, 7), JONAS, "7003", (1.0, 5, X)),
    }


def test_excel_for_mac_csv_in_mac_roman_keeps_umlauts_and_the_euro():
    read = _seen("excel_mac_roman.csv")

    assert read.problems == {}
    assert [d.text for d in read.drafts.values()] == [
        "Schöne Grüße und vielen Dank für die schnelle Lösung!",
        "Die Gebühr von 12 € wurde erstattet, Frau Meier war äußerst freundlich.",
        "Nicht überzeugend, zu lange Wartezeit.",
    ]
    assert [d.said_on.day for d in read.drafts.values()] == [1, 2, 3]


def test_windows_1252_stays_windows_1252_next_to_mac_roman():
    data = "Kommentar;Bewertung;Bearbeiter\nGrüße, 20 € „top“;5;anna.meier\n".encode("cp1252")

    assert [d.text for d in read_bytes(data).drafts.values()] == ["Grüße, 20 € „top“"]


def test_zendesk_view_from_the_german_interface_with_title_totals_and_empty_rows():
    read = _seen("zendesk_view_de.csv")
    summary = read.parsed.summary

    assert read.parsed.format.name == "zendesk_report"
    assert read.problems == {}
    assert _rows(read) == {
        3: ("Sehr nett & kompetent\nDanke!", dt.date(2026, 11, 6), ANNA, "8101", (2.0, 2, P)),
        4: ('Niemand hat "zurückgerufen"', dt.date(2026, 11, 6), JONAS, "8102", (1.0, 2, X)),
    }
    assert (summary.rows, summary.drafts, summary.not_rated, summary.totals) == (4, 2, 1, 1)
    assert not summary.undated


def test_a_sixty_column_report_reads_its_last_columns():
    read = _seen("zendesk_wide_report.csv")

    assert len(read.parsed.columns) == 60
    assert read.problems == {}
    assert _rows(read) == {
        2: ("Quick and friendly, thanks!", NOV.replace(day=23), ANNA, "9001", (2.0, 2, P)),
        3: ('Waited a week, "sorry" is not enough', NOV.replace(day=23), JONAS, "9002", (1, 2, X)),
    }


def test_freshdesk_customer_satisfaction_with_created_time_day_first():
    read = _seen("freshdesk_satisfaction.csv")

    assert read.problems == {}
    assert not read.parsed.summary.undated
    assert _rows(read) == {
        2: ("Lovely service", dt.date(2026, 11, 6), ANNA, "601", (7.0, 7, P)),
        3: ("No answer for days", dt.date(2026, 11, 6), JONAS, "602", (1.0, 3, X)),
    }


def test_intercom_csv_with_rating_remark_and_teammate():
    read = _seen("intercom_ratings.csv")

    assert read.parsed.format.name == "intercom"
    assert read.problems == {}
    assert _rows(read) == {
        2: ("Anna was brilliant, thanks!", dt.date(2026, 11, 6), ANNA, "4401", (5.0, 5, P)),
        3: ("Slow answer", dt.date(2026, 11, 6), JONAS, "4402", (2.0, 5, X)),
        4: ("Good help", dt.date(2026, 11, 6), JONAS, "4403", (4.0, 5, P)),
    }


def test_smileys_are_ratings_on_five():
    read = _seen("emoji_ratings.csv")

    assert read.problems == {}
    assert {line: rating[-1] for line, rating in _ratings(read).items()} == {2: P, 3: N, 4: X, 5: P}
    assert _ratings(read) == {2: (5.0, 5, P), 3: (3.0, 5, N), 4: (1.0, 5, X), 5: (4.0, 5, P)}


def _ratings(read: Read) -> dict[int, tuple[float, int, Polarity]]:
    return {
        row.line: (row.rating.value, row.rating.scale, row.rating.polarity)
        for row in read.rows
        if row.rating is not None
    }


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("👍", (2.0, 2, P)),
        ("👍🏽", (2.0, 2, P)),  # with a skin tone
        ("👎", (1.0, 2, X)),
        ("☹️", (2.0, 5, X)),  # with its emoji selector
        ("Positive", (3.0, 3, P)),
        ("negativ", (1.0, 3, X)),
        ("85 %", (85.0, 100, P)),
        ("40%", (40.0, 100, X)),
        ("5 ★", (5.0, 5, P)),
        ("4⭐️", (4.0, 5, P)),
    ],
)
def test_thumbs_sentiment_words_and_percentages(raw, expected):
    read = read_bytes(f"Comment,Rating,Agent\nThanks,{raw},anna.meier\n".encode())

    assert read.problems == {}
    assert _ratings(read) == {2: expected}


def test_a_workbook_is_read_from_the_sheet_with_the_data_not_its_cover_sheet():
    read = _seen("workbook_sheets.xlsx")

    assert read.parsed.details == {"sheet": "Bewertungen", "sheets_before": "Info"}
    assert read.problems == {}
    assert _rows(read) == {
        4: ("Danke, sehr hilfreich!", dt.date(2026, 11, 6), ANNA, "5101", (5.0, 5, P)),
        6: ("Geht so", dt.date(2026, 11, 5), JONAS, "5102", (3.0, 5, N)),
        7: ("Super Beratung", dt.date(2026, 11, 5), ANNA, "5103", (4.0, 5, P)),
    }


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("zendesk_page.json", (1, 2, 3)),
        ("zendesk_ratings_blank.jsonl", (1, 2, 4)),
        ("zendesk_ratings_jq.json", (1, 2, 3)),
    ],
)
def test_zendesk_api_page_and_json_lines_with_a_blank_line(name, lines):
    read = _seen(name)
    good, offered, bad = lines

    assert read.problems == {}
    assert read.parsed.summary.not_rated == 1
    assert _rows(read) == {
        good: ("Klasse!", dt.date(2026, 11, 6), ANNA, "31", (2.0, 2, P)),
        bad: ("Zu langsam", dt.date(2026, 11, 6), None, "33", (1.0, 2, X)),
    }
    assert read.drafts[good].team_id == TEAM_NORTH
    assert offered not in read.drafts
    assert dict(read.parsed.summary.unknown_agents) == {"9999": 1}


def test_summary_rows_whose_label_stands_in_the_comment_column_are_skipped():
    read = read_bytes(b"Comment,Rating,Agent\nGreat,5,anna.meier\nTotal,,\nAverage,4.5,\n")

    assert [d.text for d in read.drafts.values()] == ["Great"]
    assert read.parsed.summary.totals == 2


def test_a_comment_that_is_a_label_word_is_kept_when_the_row_names_someone():
    read = read_bytes(b"Comment,Rating,Agent\nTotal,5,anna.meier\n")

    assert [d.text for d in read.drafts.values()] == ["Total"]


@pytest.mark.parametrize(
    ("raw", "day", "when"),
    [
        ("06.11.2026 14:05 Uhr", dt.date(2026, 11, 6), "2026-11-06 14:05:00"),
        ("06-11-2026 14:05:00", dt.date(2026, 11, 6), "2026-11-06 14:05:00"),
        ("23-11-2026", dt.date(2026, 11, 23), "2026-11-23"),
        ("Fri, 06 Nov 2026 14:05:00 +0100", dt.date(2026, 11, 6), "2026-11-06 14:05:00"),
        ("06 Nov 2026 23:30:00 -0500", dt.date(2026, 11, 7), "2026-11-07 05:30:00"),
        ("6.11.2026 2:05 PM", dt.date(2026, 11, 6), "2026-11-06 14:05:00"),
        ("6.11.2026 12:05 AM", dt.date(2026, 11, 6), "2026-11-06 00:05:00"),
        ("06.11.2026 14:05:00 MEZ", dt.date(2026, 11, 6), "2026-11-06 14:05:00"),
        ("06-11-2026 2:05 pm", dt.date(2026, 11, 6), "2026-11-06 14:05:00"),
    ],
)
def test_more_date_spellings(raw, day, when):
    assert parse_date(raw) == day
    assert moment(raw) == when


@pytest.mark.parametrize("raw", ["13-13-2026", "26-11-23", "05/11/2026", "06.11.2026 14:05 PM"])
def test_dates_that_stay_unread(raw):
    assert parse_date(raw) is None


def test_a_space_after_each_comma_before_the_quotes():
    read = _seen("spaced_quotes.csv")

    assert read.parsed.columns == ("Ticket ID", "Comment", "Rating", "Agent", "Date")
    assert read.problems == {}
    assert _rows(read) == {
        2: ("Great, thanks a lot!", dt.date(2026, 11, 6), ANNA, "7301", (5.0, 5, P)),
        3: ("Slow, but solved", dt.date(2026, 11, 6), JONAS, "7302", (3.0, 5, N)),
    }


@pytest.mark.parametrize("name", ["odata_value.json", "hal_embedded.json"])
def test_lists_under_odatas_value_and_hals_embedded(name):
    read = _seen(name)

    assert read.parsed.kind == "json"
    assert read.problems == {}
    assert _rows(read) == {
        1: ("Sehr freundlich, danke!", dt.date(2026, 11, 4), ANNA, None, (5.0, 5, P)),
        2: ("Zu lange gewartet", dt.date(2026, 11, 4), JONAS, None, (2.0, 5, X)),
    }


def test_one_object_without_a_list_is_no_file_of_ratings_but_three_are_rows():
    one = b'{"comment": "Toll", "rating": 5,\n "agent": "anna.meier"}\n'

    with pytest.raises(UnreadableFile) as refused:
        read_bytes(one, "export.json")
    assert refused.value.problem.code == "json_without_list"
    assert [d.text for d in read_bytes(one * 3, "export.json").drafts.values()] == ["Toll"] * 3


def test_exports_joined_with_their_headers_and_a_footer_are_read_as_their_rows():
    read = _seen("joined_months.csv")
    summary = read.parsed.summary

    assert read.problems == {}
    assert [d.text for d in read.drafts.values()] == [
        "Danke für die Geduld!",
        "Schnell geholfen.",
        "Wieder super.",
    ]
    assert [d.said_on for d in read.drafts.values()] == [
        dt.date(2026, 10, 5),
        dt.date(2026, 10, 20),
        dt.date(2026, 11, 3),
    ]
    assert (summary.rows, summary.drafts, summary.totals) == (6, 3, 3)


def test_zendesk_explore_and_freshdesk_in_german_name_agent_group_and_time():
    explore = read_bytes(
        "Ticket-ID;Ticket-Zufriedenheitsbewertung;Ticket-Zufriedenheitskommentar;"
        "Name des Bearbeiters;Gruppenname;Ticket gelöst - Datum\n"
        "1;Gut;Danke!;Anna Meier;Privatkunden Nord;2026-11-06\n".encode()
    )
    freshdesk = read_bytes(
        "Ticket-ID;Agent;Gruppe;Bewertung;Feedback;Erstellungszeit\n"
        "2;jonas.becker;Privatkunden Nord;Äußerst zufrieden;Toll;05.11.2026 10:00\n".encode()
    )

    assert explore.problems == freshdesk.problems == {}
    assert _rows(explore) == {2: ("Danke!", dt.date(2026, 11, 6), ANNA, "1", (2.0, 2, P))}
    assert _rows(freshdesk) == {2: ("Toll", dt.date(2026, 11, 5), JONAS, "2", (7.0, 7, P))}
    assert explore.drafts[2].team_id == freshdesk.drafts[2].team_id == TEAM_NORTH
