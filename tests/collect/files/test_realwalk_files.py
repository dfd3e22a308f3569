"""Exports in the shapes their tools give them, walked into the import on 2026-12-07 (twentieth
session; tests/fixtures/imports/realwalk, written by its make_realwalk.py): each row imported,
skipped and counted, or rejected with its reason; ratings on the tool's scale and polarity."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from feedback.collect.column_map import manual_format, parse_mapped, suggested_columns
from feedback.collect.files import Polarity, Resolver, UnreadableFile, parse_file
from feedback.collect.files.ratings import header_range, header_scale
from feedback.collect.files.sniff import open_table
from tests.collect.files.helpers import (
    ANNA,
    FIXTURES,
    JONAS,
    RESOLVER,
    TEAM_NORTH,
    TODAY,
    Read,
    ratings_of,
    read_fixture,
)


def test_a_freshdesk_ticket_export_with_survey_results_is_read_as_freshdesk():
    """It was "No known format": the rating in "Survey results" was not read at all."""
    read = read_fixture("realwalk/freshdesk_survey_results.csv")

    assert (read.parsed.format.name, read.parsed.system) == ("freshdesk_tickets", "freshdesk")
    assert ratings_of(read) == {
        2: ("Extremely Happy", 7.0, 7, Polarity.POSITIVE),
        3: ("Extremely Unhappy", 1.0, 7, Polarity.NEGATIVE),
        4: ("Neutral", 4.0, 7, Polarity.NEUTRAL),
        6: ("Very Happy", 6.0, 7, Polarity.POSITIVE),
        7: ("Unhappy", 3.0, 7, Polarity.NEGATIVE),
    }
    drafts = read.drafts
    assert sorted(drafts) == [2, 3, 4, 6, 7]
    first = drafts[2]
    assert (first.text, first.agent_id, first.external_id, first.said_on, first.channel) == (
        "Vielen Dank, Frau Meier hat alles erklärt!",
        ANNA,
        "2101",
        dt.date(2026, 11, 17),
        "email",
    )
    assert (drafts[3].agent_id, drafts[3].channel) == (JONAS, "phone")
    # A ticket without a survey answer is skipped as not rated; an agent and a group no one
    # knows are listed for mapping, the row rejected naming them, never dropped.
    rows = {row.line: row for row in read.rows}
    assert (rows[5].not_rated, rows[5].no_answer) == (True, True)  # not "only offered"
    assert (read.parsed.summary.not_rated, read.parsed.summary.no_answer) == (1, 1)
    assert rows[6].unknown == (("agent", "Carla Vogt"), ("group", "Geschäftskunden"))
    assert (drafts[6].agent_id, drafts[6].team_id) == (None, None)
    assert [p.code for p in rows[6].unmapped()] == ["unmapped_agent", "unmapped_group"]


def test_a_nul_byte_between_two_words_of_a_comment_reads_as_a_space():
    """ "Mit\\0freundlichen" was stored as "Mitfreundlichen"."""
    read = read_fixture("realwalk/excel_de.csv")

    assert read.problems == {}
    assert read.drafts[4].text == "Mit freundlichen Grüßen, aber zu langsam"
    assert read.drafts[2].text == "Sehr nett!\r\nDanke für die Geduld."  # normalised later


def test_a_totals_row_whose_comment_only_counts_is_skipped_as_a_summary_row():
    """ ";;Summe;3,67;3 Bewertungen" was rejected as the unknown team "Summe"."""
    read = read_fixture("realwalk/excel_de.csv")

    assert sorted(read.drafts) == [2, 4, 5]
    assert [row.line for row in read.rows if row.total] == [7]


def test_livechat_csv_credits_the_chat_to_its_last_agent():
    """The archive's CSV was "No known format"; a chat handed over is rated for the agent who
    took it over (the last "operator N" filled), as in the archives' JSON."""
    resolver = Resolver(
        handles=dict(RESOLVER.handles),
        teams=dict(RESOLVER.teams),
        refs={
            ("livechat", "agent", "anna@example.com"): ANNA,
            ("livechat", "agent", "jonas@example.com"): JONAS,
        },
    )
    data = (FIXTURES / "realwalk/livechat_chats.csv").read_bytes()
    parsed = parse_file(io.BytesIO(data), resolver, name="livechat_chats.csv", today=TODAY)
    read = Read(parsed, list(parsed.rows))

    assert read.parsed.format.name == "livechat_csv"
    drafts = read.drafts
    assert {line: (d.agent_id, d.team_id) for line, d in drafts.items()} == {
        2: (ANNA, TEAM_NORTH),  # Jonas first, then Anna: Anna's
        3: (ANNA, TEAM_NORTH),  # Anna alone
        5: (JONAS, TEAM_NORTH),  # Anna first, then Jonas: Jonas's
    }
    assert drafts[2].external_id == "QK1A2B3C4E"  # the thread's id, as in the JSON
    assert ratings_of(read)[3] == ("rated bad", 1.0, 2, Polarity.NEGATIVE)
    assert [row.line for row in read.rows if row.not_rated] == [4]


def test_an_unmapped_livechat_login_is_listed_and_the_chat_kept_for_its_group():
    read = read_fixture("realwalk/livechat_chats.csv")

    assert {row.line: row.unknown for row in read.rows if row.draft} == {
        2: (("agent", "anna@example.com"),),
        3: (("agent", "anna@example.com"),),
        5: (("agent", "jonas@example.com"),),
    }
    assert {d.team_id for d in read.drafts.values()} == {TEAM_NORTH}


# Each Typeform download with its comment's and its rating's question, as a lead maps them.
TYPEFORM_10 = (
    "typeform_responses_10.csv",
    "Anything else you'd like to tell us?",
    "How likely are you to recommend our support team? (0-10)",
)
TYPEFORM_5 = (
    "typeform_responses_5.csv",
    "Was möchten Sie uns noch sagen?",
    "Wie zufrieden waren Sie mit unserem Kundenservice?",
)


def _typeform(name: str, text: str, rating: str) -> Read:
    table = open_table(io.BytesIO((FIXTURES / "realwalk" / name).read_bytes()), name)
    # As the import and the Import page start a mapping: the columns they know, then the lead's.
    columns = {**suggested_columns(table.columns, table.repeated), "text": text, "rating": rating}
    fmt = manual_format(columns)
    parsed = parse_mapped(table, fmt, RESOLVER, system="typeform", today=TODAY)
    return Read(parsed, list(parsed.rows))


def test_a_rating_question_titled_with_its_range_is_read_on_that_scale():
    """Typeform's opinion scale "(0-10)", mapped by hand: 10 was "not between 1 and 5", and
    its 0 was "not between 1 and 10". On the NPS's 0..10, 0 to 6 are detractors."""
    read = _typeform(*TYPEFORM_10)

    assert ratings_of(read) == {
        2: ("10", 10.0, 10, Polarity.POSITIVE),
        3: ("0", 0.0, 10, Polarity.NEGATIVE),
        4: ("6", 6.0, 10, Polarity.NEGATIVE),
    }
    assert not read.problems
    assert {d.rating_from for d in read.drafts.values()} == {0}
    assert read.drafts[2].said_on == dt.date(2026, 11, 18)  # "Submit Date (UTC)"
    assert (read.drafts[2].row_key or "").startswith("2026-11-18 09:01:00|")  # found again by it


def test_a_typeform_five_star_question_reads_on_five_with_its_submit_date():
    read = _typeform(*TYPEFORM_5)

    assert ratings_of(read) == {
        2: ("5", 5.0, 5, Polarity.POSITIVE),
        3: ("1", 1.0, 5, Polarity.NEGATIVE),
        4: ("3", 3.0, 5, Polarity.NEUTRAL),
        5: ("4", 4.0, 5, Polarity.POSITIVE),
    }
    assert [read.drafts[line].said_on for line in (2, 4)] == [
        dt.date(2026, 11, 18),
        dt.date(2026, 11, 19),
    ]
    assert [row.line for row in read.rows if row.no_comment] == [5]


@pytest.mark.parametrize(
    ("header", "scale"),
    [
        ("How likely are you to recommend us? (0-10)", 10),
        ("Wie zufrieden waren Sie? (1–5)", 5),
        ("Bewertung auf einer Skala von 1 bis 10", 10),
        ("Rate us on a scale of 1 to 7", 7),
        ("Zufriedenheit", None),
        ("Umfrage 2025-2026", None),
        ("Note 1-6", None),  # a school grade: 1 is the best
        ("Q1 10-12", None),
        ("Auf einer Skala von 0 bis 10: Wie wahrscheinlich …?", 10),
        ("Schicht 0-10:30", None),  # a time, no range
    ],
)
def test_header_scale(header, scale):
    assert header_scale(header) == scale


@pytest.mark.parametrize(
    ("header", "found"),
    [
        ("How likely are you to recommend us? (0-10)", (0, 10)),
        ("Auf einer Skala von 0 bis 10: Wie wahrscheinlich …?", (0, 10)),
        ("Wie zufrieden waren Sie? (1–5)", (1, 5)),
        ("Note 1-6", None),
    ],
)
def test_header_range_names_where_the_scale_starts(header, found):
    assert header_range(header) == found


def test_excel_csv_utf8_with_a_survey_comment_question_is_read_as_the_suggested_mapping():
    """ "Ihr Kommentar" is a question's title: the file is not read on a guess (its rating
    column might be another question), but the mapping suggested reads every row."""
    name = "realwalk/excel_utf8_bom.csv"
    with pytest.raises(UnreadableFile) as refused:
        read_fixture(name)
    table = open_table(io.BytesIO((FIXTURES / name).read_bytes()), name)
    suggested = suggested_columns(table.columns, table.repeated)
    parsed = parse_mapped(table, manual_format(suggested), RESOLVER, system="helpdesk", today=TODAY)
    read = Read(parsed, list(parsed.rows))

    assert refused.value.problem.code == "unknown_format"
    assert (suggested["text"], suggested["rating"]) == ("Ihr Kommentar", "Zufriedenheit")
    assert read.problems == {}
    assert {line: (d.text, d.agent_id, d.rating) for line, d in read.drafts.items()} == {
        2: ("Danke – „perfekt“ gelöst!", ANNA, 4.5),
        3: ("Leider unfreundlich", JONAS, 1.0),
        4: ("Mehrzeilig:\r\nZeile zwei", ANNA, 5.0),
    }
