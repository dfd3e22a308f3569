"""Ticket systems and chat tools German and English contact centres use, as they export
(tests/fixtures/imports/ticket_tools, written by its make_ticket_tools.py): each recognised
from its columns, its rows read to drafts with their rating, agent, team and day, and every
row it does not import counted with its reason."""

from __future__ import annotations

import datetime as dt

from feedback.collect.files import Polarity
from feedback.domain import QuoteDraft, Status
from tests.collect.files.helpers import (
    ANNA,
    JONAS,
    TEAM_NORTH,
    ratings_of,
    read_bytes,
    read_fixture,
)

P, N, X = Polarity.POSITIVE, Polarity.NEUTRAL, Polarity.NEGATIVE


_ratings = ratings_of


def _credited(draft: QuoteDraft) -> tuple[int | None, int | None, dt.date, str | None]:
    """Whom a draft credits, the day it was said and its id in the source system."""
    return draft.agent_id, draft.team_id, draft.said_on, draft.external_id


def test_otrs_ticket_search_csv_in_german_with_survey_fields():
    read = read_fixture("ticket_tools/otrs_ticket_search_de.csv")

    assert (read.parsed.format.name, read.parsed.system) == ("otrs", "otrs")
    assert read.parsed.details["delimiter"] == ";"
    assert read.problems == {}
    assert _ratings(read) == {
        2: ("sehr zufrieden", 5.0, 5, P),
        4: ("unzufrieden", 2.0, 5, X),
        5: ("zufrieden", 4.0, 5, P),
    }
    praise, complaint = read.drafts[2], read.drafts[4]
    assert _credited(praise) == (ANNA, TEAM_NORTH, dt.date(2026, 11, 19), "2026111910000021")
    assert praise.text.endswith("Vielen Dank, Peter Klein")  # both lines of the quoted cell
    assert (praise.source_system, praise.status) == ("otrs", Status.PENDING)
    # Jonas by his login; the queue "Raw" is no team of ours: listed to map, not a rejection.
    assert (complaint.agent_id, complaint.team_id, complaint.status) == (
        JONAS,
        None,
        Status.ARCHIVED,
    )
    summary = read.parsed.summary
    assert (summary.rows, summary.drafts, summary.no_comment, summary.no_text) == (4, 2, 1, 1)
    assert summary.unknown_groups == {"Raw": 1}
    assert not summary.undated


def test_otrs_ticket_search_in_english_reads_the_same_fields():
    header = '"Ticket Number";"Created";"Queue";"Owner";"Subject";"Satisfaction";"Feedback";\n'
    row = (
        '"2026112010000099";"2026-11-20 10:00:00";"Privatkunden Nord";"jonas.becker";'
        '"Refund";"Very satisfied";"Jonas sorted it out in minutes.";\n'
    )
    read = read_bytes((header + row).encode("utf-8"), "ticket_search.csv")

    assert read.parsed.format.name == "otrs"
    draft = read.drafts[2]
    assert (draft.agent_id, draft.team_id, draft.rating, draft.external_id) == (
        JONAS,
        TEAM_NORTH,
        5.0,
        "2026112010000099",
    )


def test_zammad_report_xlsx_with_survey_attributes_title_and_footer():
    read = read_fixture("ticket_tools/zammad_report.xlsx")

    assert (read.parsed.kind, read.parsed.format.name, read.parsed.system) == (
        "xlsx",
        "zammad",
        "zammad",
    )
    assert read.problems == {}
    assert _ratings(read) == {
        4: ("sehr zufrieden", 5.0, 5, P),
        5: ("2", 2.0, 5, X),
        6: ("zufrieden", 4.0, 5, P),
    }
    praise, complaint = read.drafts[4], read.drafts[5]
    assert _credited(praise) == (ANNA, TEAM_NORTH, dt.date(2026, 11, 18), "88001")
    assert praise.tags == ["lob", "zähler"]
    # Jonas by his full name; Zammad's default group "Users" is listed to map.
    assert (complaint.agent_id, complaint.team_id) == (JONAS, None)
    summary = read.parsed.summary
    # The unassigned ticket without an answer is skipped as without a comment, and its owner
    # "-" is nobody to map; the footer "Timezone: Europe/Berlin" is a summary row.
    assert (summary.rows, summary.drafts, summary.no_comment, summary.no_text) == (5, 2, 1, 1)
    assert summary.totals == 1
    assert summary.unknown_agents == {}
    assert summary.unknown_groups == {"Users": 2}


def test_helpscout_happiness_report_json():
    read = read_fixture("ticket_tools/helpscout_report.json")

    assert (read.parsed.format.name, read.parsed.system) == ("helpscout_report", "helpscout")
    assert read.problems == {}
    assert _ratings(read) == {1: ("1", 3.0, 3, P), 2: ("3", 1.0, 3, X), 3: ("2", 2.0, 3, N)}
    praise, complaint = read.drafts[1], read.drafts[2]
    assert _credited(praise) == (ANNA, None, dt.date(2026, 11, 17), "910001")
    assert (praise.channel, complaint.channel) == ("email", "chat")
    # Jonas's Help Scout id is not mapped: listed, and the row names nobody else.
    assert complaint.agent_id is None
    summary = read.parsed.summary
    assert (summary.drafts, summary.no_comment) == (2, 1)
    assert summary.unknown_agents == {"502": 1}
    assert summary.csat == 1 / 3


def test_helpscout_rating_objects_as_json_lines():
    read = read_fixture("ticket_tools/helpscout_ratings.jsonl")

    assert (read.parsed.format.name, read.parsed.system) == ("helpscout_ratings", "helpscout")
    assert read.problems == {}
    draft = read.drafts[1]
    # The same thread as in the report would be the same quote: the thread is the id.
    assert _credited(draft) == (None, TEAM_NORTH, dt.date(2026, 11, 20), "910004")
    assert (draft.rating, draft.rating_scale, draft.status) == (3.0, 3, Status.PENDING)
    assert read.parsed.summary.unknown_agents == {"502": 1}
    assert read.parsed.summary.not_rated == 1  # "unknown": offered, not answered
