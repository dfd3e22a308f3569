"""Helpdesk exports: each recognised from its columns and mapped onto one rating (raw value,
scale, polarity); positive ones offered for the wall, the others archived for trends and CSAT;
unknown helpdesk ids kept and listed."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from feedback.collect.files import Polarity, parse_file
from feedback.collect.validate import Problem
from feedback.domain import Status
from tests.collect.files.helpers import (
    ANNA,
    JONAS,
    RESOLVER,
    TEAM_NORTH,
    TODAY,
    ratings_of,
    read_bytes,
    read_fixture,
)

P, N, X = Polarity.POSITIVE, Polarity.NEUTRAL, Polarity.NEGATIVE


_ratings = ratings_of


def test_zendesk_satisfaction_ratings_api_json():
    read = read_fixture("zendesk_ratings.json", system="ignored")

    assert (read.parsed.kind, read.parsed.format.name, read.parsed.system) == (
        "json",
        "zendesk_ratings",
        "zendesk",
    )
    assert _ratings(read) == {
        1: ("good", 2.0, 2, P),
        2: ("bad", 1.0, 2, X),
        4: ("good", 2.0, 2, P),
        5: ("good", 2.0, 2, P),
        6: ("good", 2.0, 2, P),
    }
    drafts = read.drafts
    assert sorted(drafts) == [1, 2, 5, 6]
    first = drafts[1]
    assert (first.text, first.said_on, first.agent_id, first.team_id) == (
        "Danke Anna, das ging schnell und war sehr freundlich!",
        dt.date(2026, 11, 20),
        ANNA,
        TEAM_NORTH,
    )
    assert (first.external_id, first.source_system, first.channel) == ("9001", "zendesk", "other")
    assert (first.rating, first.rating_scale, first.status) == (2.0, 2, Status.PENDING)
    assert drafts[2].status is Status.ARCHIVED
    # 23:30 UTC on the 22nd is the 23rd in Berlin; 12:00+01:00 stays the 22nd.
    assert drafts[5].said_on == dt.date(2026, 11, 23)
    assert drafts[6].said_on == dt.date(2026, 11, 22)
    # Unknown ids: the rows stay, without the agent (or team) nobody has mapped yet.
    assert (drafts[2].agent_id, drafts[2].team_id) == (None, None)
    assert (drafts[6].agent_id, drafts[6].team_id) == (None, TEAM_NORTH)
    assert read.problems == {}
    assert [row.not_rated for row in read.rows] == [False, False, True, False, False, False]
    assert [row.no_comment for row in read.rows] == [False, False, False, True, False, False]
    summary = read.parsed.summary
    assert (summary.rows, summary.drafts, summary.rejected) == (6, 4, 0)
    assert (summary.not_rated, summary.no_comment) == (1, 1)
    assert summary.polarity == {"positive": 4, "negative": 1}  # the rating without comment too
    assert summary.csat == pytest.approx(0.8)
    assert summary.unknown_agents == {"3999": 2, "3002": 1}
    assert summary.unknown_groups == {"4002": 1, "4999": 1}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zendesk_csat_2.csv", {2: ("2", 2.0, 2, P), 3: ("1", 1.0, 2, X)}),
        (
            "zendesk_csat_3.csv",
            {2: ("3", 3.0, 3, P), 3: ("2", 2.0, 3, N), 4: ("1", 1.0, 3, X)},
        ),
        (
            "zendesk_csat_5.csv",
            {
                2: ("5", 5.0, 5, P),
                3: ("4", 4.0, 5, P),
                4: ("3", 3.0, 5, N),
                5: ("2", 2.0, 5, X),
                6: ("1", 1.0, 5, X),
            },
        ),
    ],
)
def test_zendesk_csat_survey_csv_on_every_scale(name, expected):
    read = read_fixture(name)

    assert (read.parsed.format.name, read.parsed.system) == ("zendesk_csat", "zendesk")
    assert _ratings(read) == expected
    for line, (_, _, _, polarity) in expected.items():
        draft = read.drafts[line]
        assert draft.status is (Status.PENDING if polarity is P else Status.ARCHIVED)
        assert (draft.external_id or "").startswith("zr-")
    assert read.drafts[2].agent_id == ANNA


def test_zendesk_csat_rating_beyond_its_scale_is_rejected_naming_it():
    read = read_fixture("zendesk_csat_5.csv")

    assert read.problems == {7: ["rating_out_of_range"]}
    assert "6" in read.rows[-1].problems[0].message("en")


def test_freshdesk_custom_and_classic_survey_json():
    read = read_fixture("freshdesk.json")

    assert (read.parsed.format.name, read.parsed.system) == ("freshdesk", "freshdesk")
    assert _ratings(read) == {
        1: ("103", 7.0, 7, P),
        2: ("102", 6.0, 7, P),
        3: ("101", 5.0, 7, P),
        4: ("100", 4.0, 7, N),
        5: ("-101", 3.0, 7, X),
        6: ("-102", 2.0, 7, X),
        7: ("-103", 1.0, 7, X),
        8: ("1", 3.0, 3, P),
        9: ("2", 2.0, 3, N),
        10: ("3", 1.0, 3, X),
    }
    assert read.problems == {11: ["bad_rating"]}
    assert read.rows[-1].problems[0].params == {"value": "104"}
    assert [d.status for d in read.drafts.values()].count(Status.PENDING) == 4
    assert read.drafts[1].text == "Extrem zufrieden, danke für die Geduld!"
    assert (read.drafts[1].agent_id, read.drafts[4].agent_id) == (ANNA, None)
    assert read.drafts[1].channel == "email"
    assert read.parsed.summary.unknown_agents == {"62": 4}
    assert read.parsed.summary.unknown_groups == {"51": 7}  # group 51 is not mapped


def test_freshdesk_classic_csv_with_german_dates():
    read = read_fixture("freshdesk_classic.csv")

    assert read.parsed.format.name == "freshdesk"
    assert _ratings(read) == {2: ("1", 3.0, 3, P), 3: ("2", 2.0, 3, N), 4: ("3", 1.0, 3, X)}
    assert {d.said_on for d in read.drafts.values()} == {dt.date(2026, 11, 17)}
    assert read.parsed.summary.unknown_agents == {"62": 1}


def test_intercom_conversation_ratings_jsonl():
    read = read_fixture("intercom_ratings.jsonl")

    assert (read.parsed.kind, read.parsed.format.name) == ("jsonl", "intercom")
    assert _ratings(read) == {
        1: ("5", 5.0, 5, P),
        2: ("4", 4.0, 5, P),
        4: ("3", 3.0, 5, N),
        5: ("1", 1.0, 5, X),
        8: ("4", 4.0, 5, P),
    }
    assert read.problems == {7: ["broken_json_line"]}
    assert [r.line for r in read.rows if r.not_rated] == [6]
    first = read.drafts[1]
    assert (first.agent_id, first.channel, first.external_id) == (JONAS, "chat", "215468")
    # Unix seconds (and milliseconds) in UTC, counted on the Berlin day.
    assert first.said_on == read.drafts[8].said_on == dt.date(2025, 11, 21)
    assert read.parsed.summary.unknown_agents == {"815": 2}


def test_intercom_whole_conversations_with_nested_ratings():
    read = read_fixture("intercom_conversations.json")

    assert read.parsed.format.name == "intercom"
    assert _ratings(read) == {1: ("5", 5.0, 5, P), 2: ("2", 2.0, 5, X)}
    first = read.drafts[1]
    assert (first.text, first.agent_id, first.external_id) == (
        "Wunderbar, vielen Dank!",
        JONAS,
        "311001",
    )
    # The rating's time (23:13 UTC on the 19th) is the 20th in Berlin, not the conversation's.
    assert first.said_on == dt.date(2025, 11, 20)
    assert read.parsed.summary.unknown_groups == {"7001": 2}


def _conversation(number: int, rating: int | None, remark: str = "") -> dict[str, object]:
    rated = {"rating": rating, "remark": remark, "teammate": {"type": "admin", "id": "814"}}
    return {
        "type": "conversation",
        "id": str(number),
        "created_at": 1763800000 + number,
        "conversation_rating": rated if rating is not None else None,
    }


@pytest.mark.parametrize("kind", ["json", "jsonl"])
def test_the_format_comes_from_the_keys_of_the_first_objects_not_only_the_first(kind):
    """Intercom's first conversation is unrated (``"conversation_rating": null``): the file
    was "No known format", as its columns came from that one object only."""
    conversations = [_conversation(n, None) for n in range(1, 60)]
    conversations += [_conversation(60, 5, "Super Chat, danke!"), _conversation(61, None)]
    if kind == "json":
        data = json.dumps({"type": "conversation.list", "conversations": conversations})
    else:
        data = "\n".join(json.dumps(c) for c in conversations)

    read = read_bytes(data.encode(), name=f"conversations.{kind}")

    assert (read.parsed.format.name, read.parsed.system) == ("intercom", "intercom")
    assert "conversation_rating.rating" in read.parsed.columns
    assert {line: (d.text, d.agent_id) for line, d in read.drafts.items()} == {
        60: ("Super Chat, danke!", JONAS)
    }
    assert read.problems == {}
    assert read.parsed.summary.not_rated == 60  # a null rating object: not rated, skipped


@pytest.mark.parametrize(
    "column",
    [
        "Ticket gelöst - Datum",
        "Ticket erstellt - Datum",
        "Ticket aktualisiert - Datum",
        "Zufriedenheitsbewertung aktualisiert",
        "Ticket gelöst",
    ],
)
def test_a_german_zendesk_explore_reports_date_column_is_read(column):
    """The German date columns had no alias: every quote was dated on the import day."""
    data = (
        f"Ticket-ID;{column};Bearbeiter;Zufriedenheitsbewertung;Zufriedenheitskommentar\n"
        "188001;03.11.2026;Anna Meier;Gut, ich bin zufrieden;Anna war klasse, danke!\n"
    ).encode()

    read = read_bytes(data, name="explore.csv")

    assert read.parsed.format.name == "zendesk_report"
    assert read.drafts[2].said_on == dt.date(2026, 11, 3)
    assert not read.parsed.summary.undated


@pytest.mark.parametrize("column", ["Mitarbeiter", "Zugewiesener Mitarbeiter", "Bearbeiter"])
def test_a_german_zendesk_views_assignee_column_names_the_agent(column):
    """A view exported from a German Zendesk, saved again by Excel (";", cp1252): its
    "Mitarbeiter" column was not read, and every quote was imported without its agent."""
    data = (
        f"ID;Betreff;Anfragender;{column};Gruppe;Zufriedenheitsbewertung;"
        "Zufriedenheitskommentar;Zufriedenheitsbewertung aktualisiert\r\n"
        "48000;Rechnung;Petra Schulz;Anna Meier;Privatkunden Nord;Gut, ich bin zufrieden;"
        "Frau Meier hat mir schnell geholfen, danke!;23.11.2026 14:05\r\n"
    ).encode("cp1252")

    read = read_bytes(data, name="zendesk-ansicht.csv")

    assert read.parsed.format.name == "zendesk_report"
    draft = read.drafts[2]
    assert (draft.agent_id, draft.team_id, draft.said_on) == (
        ANNA,
        TEAM_NORTH,
        dt.date(2026, 11, 23),
    )


def test_a_file_without_a_date_column_is_marked_undated():
    read = read_bytes(b"id;text;agent\n1;Danke!;anna.meier\n", name="own.csv")

    assert read.drafts[2].said_on == TODAY
    assert read.parsed.summary.undated


def test_intercoms_ui_export_names_the_teammate_and_the_team_and_they_are_ours():
    """The teammate column holds names, not ids: the rows could not be imported at all."""
    data = (
        b"Conversation ID,Rating,Remark,Teammate,Rated at,Team\n"
        b'184467440001,5,"Super schneller Chat, danke!",Anna Meier,2026-11-20 10:15:00 UTC,'
        b"Privatkunden Nord\n"
        b"184467440002,4,Alles gut,Jonas Becker,2026-11-21 11:15:00 UTC,Privatkunden Nord\n"
        b"184467440003,5,Danke!,Unbekannt Person,2026-11-21 11:15:00 UTC,\n"
    )

    read = read_bytes(data, name="intercom.csv")

    assert (read.parsed.format.name, read.parsed.system) == ("intercom", "intercom")
    assert {line: (d.agent_id, d.team_id) for line, d in read.drafts.items()} == {
        2: (ANNA, TEAM_NORTH),
        3: (JONAS, TEAM_NORTH),
        4: (None, None),
    }
    assert read.parsed.summary.unknown_agents == {"Unbekannt Person": 1}
    ((_, _, problems),) = [e for e in _entries(data) if e[0] == 4]
    assert [p.message("de") for p in problems] == [
        "Die Bearbeiter-ID „Unbekannt Person“ aus Intercom ist noch keiner Person aus dem Team "
        "zugeordnet: Ordnen Sie sie zu und importieren Sie die Datei erneut."
    ]


def _entries(data: bytes) -> list[tuple[int, object, list[Problem]]]:
    parsed = parse_file(io.BytesIO(data), RESOLVER, name="intercom.csv", today=TODAY)
    return list(parsed.entries())


def test_zendesk_report_with_ratings_in_words_and_names():
    read = read_fixture("zendesk_report.csv")

    assert (read.parsed.format.name, read.parsed.system) == ("zendesk_report", "zendesk")
    assert _ratings(read) == {
        2: ("Good, I'm satisfied", 2.0, 2, P),
        3: ("Bad, I\u2019m unsatisfied", 1.0, 2, X),  # a typographic apostrophe, too
        5: ("Gut, ich bin zufrieden", 2.0, 2, P),
        6: ("Good, I'm satisfied", 2.0, 2, P),
        7: ("Good, I'm satisfied", 2.0, 2, P),
    }
    assert [r.line for r in read.rows if r.not_rated] == [4]
    # The helpdesk's group "Support" is none of our teams: no reason to reject a row that
    # names our agent (the agent's team counts), but one that names nobody else is rejected.
    assert read.problems == {7: ["unknown_team"]}
    assert [r.line for r in read.rows if r.no_comment] == [6]
    drafts = read.drafts
    assert sorted(drafts) == [2, 3, 5]
    assert (drafts[2].agent_id, drafts[2].team_id, drafts[2].said_on) == (
        ANNA,
        None,
        dt.date(2026, 11, 20),
    )
    assert (drafts[3].agent_id, drafts[3].status) == (JONAS, Status.ARCHIVED)
    assert (drafts[5].agent_id, drafts[5].team_id) == (None, TEAM_NORTH)
    assert drafts[2].external_id == "10234"


def test_freshdesk_survey_report_with_answers_in_words():
    read = read_fixture("freshdesk_report.csv")

    assert read.parsed.format.name == "generic"
    assert _ratings(read) == {
        2: ("Extremely Happy", 7.0, 7, P),
        3: ("Unhappy", 3.0, 7, X),
        4: ("Neutral", 4.0, 7, N),
        5: ("Awesome", 3.0, 3, P),
        6: ("Happy", 5.0, 7, P),
    }
    assert read.problems == {6: ["unknown_agent", "unknown_team"]}
    drafts = read.drafts
    assert {line: d.agent_id for line, d in drafts.items()} == {
        2: ANNA,
        3: JONAS,
        4: ANNA,
        5: JONAS,
    }
    assert drafts[2].text == "Great help, solved in minutes"
    assert drafts[2].said_on == dt.date(2026, 11, 19)
