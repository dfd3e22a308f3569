"""From file to store: helpdesk rows keep their rating, scale and date; polarity decides the
status; mapped ids credit our agents and teams; cheap checks stop long texts early. On SQLite
and PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

import datetime as dt
import io
import json

from sqlalchemy import select

from feedback.auth.roles import Actor
from feedback.collect.importer import RowOutcome, open_import, parse_csv, store_parsed
from feedback.collect.pipeline import submit_many
from feedback.domain import MAX_QUOTE_CHARS
from feedback.services import mappings
from feedback.store.models import Quote
from tests.collect.files.helpers import FIXTURES
from tests.conftest import TODAY


def _map_zendesk(engine, people) -> None:
    admin = Actor.system("test")
    mappings.save_mapping(engine, admin, "zendesk", "agent", "3001", people["anna"])
    mappings.save_mapping(engine, admin, "zendesk", "group", "4001", people["team_north"])
    mappings.save_mapping(engine, admin, "zendesk", "group", "4002", people["team_tech"])


def test_zendesk_ratings_are_stored_with_rating_scale_status_and_mapped_people(engine, people):
    _map_zendesk(engine, people)
    with (FIXTURES / "zendesk_ratings.json").open("rb") as handle:
        parsed = open_import(engine, handle, name="zendesk_ratings.json", today=TODAY)
        outcomes = store_parsed(
            list(parsed.entries()), lambda drafts: submit_many(engine, drafts, today=TODAY)
        )

    assert [(o.line, o.quote_id is not None) for o in outcomes] == [
        (1, True),
        (2, True),
        (5, False),
        (6, True),
    ]
    # Line 5: neither the agent nor the group is mapped, so no recipient: rejected naming the
    # ids (not the web form's "choose the praised agent or the team"), and listed.
    assert [p.message("en") for p in outcomes[2].problems] == [
        "The agent id “3999” of Zendesk is not mapped to one of our agents yet: map it, then "
        "import the file again.",
        "The group id “4999” of Zendesk is not mapped to one of our teams yet: map it, then "
        "import the file again.",
    ]
    # Line 4 rated without a comment, line 3 only offered: both skipped and counted.
    assert (parsed.summary.not_rated, parsed.summary.no_comment) == (1, 1)
    assert parsed.summary.unknown_agents == {"3999": 2, "3002": 1}
    assert parsed.summary.unknown_groups == {"4999": 1}
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Quote.external_id,
                Quote.said_on,
                Quote.agent_id,
                Quote.team_id,
                Quote.rating,
                Quote.rating_scale,
                Quote.status,
                Quote.source_system,
            ).order_by(Quote.external_id)
        ).all()
    anna, north, tech = people["anna"], people["team_north"], people["team_tech"]
    assert [tuple(r) for r in rows] == [
        ("9001", dt.date(2026, 11, 20), anna, north, 2.0, 2, "pending", "zendesk"),
        ("9002", dt.date(2026, 11, 21), None, tech, 1.0, 2, "archived", "zendesk"),
        ("9006", dt.date(2026, 11, 22), None, north, 2.0, 2, "pending", "zendesk"),
    ]


def test_reimporting_a_helpdesk_file_finds_every_rating_present(engine, people):
    _map_zendesk(engine, people)

    def run() -> list[RowOutcome]:
        with (FIXTURES / "zendesk_csat_5.csv").open("rb") as handle:
            parsed = open_import(engine, handle, today=TODAY)
            return store_parsed(
                list(parsed.entries()), lambda drafts: submit_many(engine, drafts, today=TODAY)
            )

    first = run()
    again = run()
    assert sum(o.quote_id is not None for o in first) == 5
    assert [p.code for o in again for p in o.problems] == ["duplicate_external"] * 5 + [
        "rating_out_of_range"
    ]


def test_long_texts_are_rejected_before_they_become_drafts(engine, people):
    """Nothing this long reaches redaction or analysis: the CSV reader refuses a field over
    csv's field limit (128 Ki characters), the draft step any text over MAX_QUOTE_CHARS."""
    huge, long = "Danke! " * (1024 * 1024 // 7), "Danke! " * (100 * 1024 // 7)
    content = f"id,text,agent\nH-1,{huge},anna.meier\nH-2,{long},anna.meier\nH-3,Gut,anna.meier\n"

    parsed = parse_csv(engine, content, system="helpdesk", today=TODAY)

    assert [(line, draft is None) for line, draft, _ in parsed] == [
        (2, True),
        (3, True),
        (4, False),
    ]
    assert [p.code for p in parsed[0][2]] == ["value_too_long"]
    assert [p.code for p in parsed[1][2]] == ["text_too_long"]
    assert parsed[1][2][0].params == {"length": len(long.strip()), "limit": MAX_QUOTE_CHARS}
    jsonl = json.dumps({"text": huge, "agent": "anna.meier"}).encode()
    with io.BytesIO(jsonl) as handle:
        rows = list(open_import(engine, handle, name="r.jsonl", today=TODAY).rows)
    assert [p.code for p in rows[0].problems] == ["text_too_long"]


def test_a_long_text_that_normalises_short_enough_is_not_rejected_early(engine, people):
    spaced = "Danke" + " " * (MAX_QUOTE_CHARS + 10) + "schön"

    parsed = parse_csv(engine, f'text,agent\n"{spaced}",anna.meier\n', system="x", today=TODAY)

    assert parsed[0][1] is not None  # normalising collapses the spaces: "Danke schön"


def test_legacy_parse_csv_reports_not_rated_rows_and_unreadable_files(engine, people):
    zendesk = (FIXTURES / "zendesk_ratings.json").read_bytes()
    with io.BytesIO(zendesk) as handle:
        assert open_import(engine, handle, today=TODAY).format.name == "zendesk_ratings"
    content = "id,score,assignee_id,comment\n1,offered,3001,\n2,good,3001,Danke!\n"
    parsed = parse_csv(engine, content, system="x", today=TODAY)
    assert [(line, [p.code for p in problems]) for line, _, problems in parsed] == [
        (2, ["not_rated"]),
        (3, []),
    ]
    assert parse_csv(engine, "", system="x", today=TODAY)[0][2][0].code == "empty_file"
