"""Zendesk's CSAT survey responses API (the customisable survey): the rating and the comment
are answers in a list. The file was not recognised: no format names a list of answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from feedback.cli import app
from feedback.collect.files.survey_answers import with_answers
from feedback.domain import Status
from feedback.store.db import make_engine
from feedback.store.filters import QuoteFilter
from feedback.store.migrate import upgrade
from feedback.store.read import quotes_frame
from tests.collect.bulk_data import add_people
from tests.collect.files.helpers import ANNA, FIXTURES, read_fixture

NAME = "zendesk_survey_responses.json"


def test_survey_responses_are_read_with_their_rating_comment_ticket_and_assignee():
    read = read_fixture(NAME)

    assert (read.parsed.kind, read.parsed.format.name, read.parsed.system) == (
        "json",
        "zendesk_survey_responses",
        "zendesk",
    )
    drafts = read.drafts
    assert sorted(drafts) == [1, 2, 3, 5]  # 4 is a rating without a comment
    first = drafts[1]
    assert first.text == (
        "Herzlichen Dank, Anna hat mein Problem mit der Rechnung in fünf Minuten gelöst!"
    )
    assert (first.rating, first.rating_scale, first.status) == (5.0, 5, Status.PENDING)
    assert (first.external_id, first.agent_id, first.said_on) == (
        "01JRB0Y3G5J7L9N1Q3S5U7W9Y1",
        ANNA,  # assignee 3001, mapped
        dt.date(2026, 11, 18),
    )
    assert drafts[2].text == "Quick and friendly help with my router, thank you."
    assert (drafts[2].rating, drafts[2].agent_id) == (4.0, None)  # no assignee in the response
    assert drafts[3].status is Status.ARCHIVED  # 2 of 5
    assert [row.no_comment for row in read.rows] == [False, False, False, True, False]
    assert read.problems == {}
    summary = read.parsed.summary
    assert (summary.rows, summary.drafts, summary.no_comment) == (5, 4, 1)


def test_the_ticket_comes_from_the_subjects_or_the_zrn_and_stands_in_for_a_missing_id():
    answers = [{"type": "rating_scale", "rating": 3, "created_at": "2026-11-20T10:00:00Z"}]
    by_subject = with_answers({"answers": answers, "subjects": [{"id": "7", "type": "ticket"}]})
    by_zrn = with_answers(
        {"answers": answers, "subject_zrns": ["zen:conversation:x", "zen:ticket:8"]}
    )
    assert (by_subject["subjects.ticket"], by_zrn["subjects.ticket"]) == ("7", "8")
    assert by_zrn["answers.rating"] == 3
    assert by_zrn["answers.comment"] is None
    # Not a survey response: unchanged.
    assert with_answers({"answers": ["yes"]}) == {"answers": ["yes"]}
    typeform = {"answers": [{"type": "number", "number": 5}, {"type": "text", "text": "gut"}]}
    assert with_answers(typeform) == typeform


def test_the_command_line_imports_the_survey_responses(tmp_path: Path):
    db = tmp_path / "s.db"
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    add_people(engine, ("anna.meier",), team="Technik-Hotline", actor="test")
    result = CliRunner().invoke(
        app,
        [
            "--lang",
            "en",
            "--db",
            f"sqlite:///{db}",
            "import",
            str(FIXTURES / NAME),
            "--system",
            "zendesk",
            "--team",
            "Technik-Hotline",
            "--workers",
            "0",
        ],
    )
    # The one response whose assignee nobody has mapped waits for the mapping, as any
    # Zendesk rating does; the others go to --team; the rating without a comment counts.
    assert result.stdout.splitlines() == [
        "1 helpdesk id not mapped to an agent or a team: 3001. Map it and import the file again.",
        "1 rating without a comment: skipped (it counts in the CSAT, but there is nothing to"
        " quote).",
        "3 new, 0 already present, 1 rejected.",
    ]
    stored = quotes_frame(engine, QuoteFilter(statuses=()))
    assert sorted(stored["rating"].tolist()) == [2.0, 4.0, 5.0]
    assert set(stored["rating_scale"]) == {5}
    assert "01JRB4D7L9N1Q3S5U7W9Y1A3C5" in set(stored["external_id"])
