"""Survey exports in their download shapes (tests/fixtures/imports/export_shapes,
make_export_shapes.py) from file to store, on SQLite and PostgreSQL (the ``engine`` fixture):
the rows each file gives, their stored rating, scale, lower bound, status and day, and a second
import finding every one present."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Mapping

import pytest
from sqlalchemy import select

from feedback.collect.files.ratings import header_range
from feedback.collect.importer import RowOutcome, open_import, store_parsed
from feedback.collect.pipeline import submit_many
from feedback.store.models import Quote
from tests.collect.files.helpers import FIXTURES
from tests.conftest import TODAY

SHAPES = FIXTURES / "export_shapes"


def _run(
    engine, name: str, team: int | None = None, columns: Mapping[str, str] | None = None
) -> list[RowOutcome]:
    with (SHAPES / name).open("rb") as handle:
        parsed = open_import(engine, handle, name=name, today=TODAY, team_id=team, columns=columns)
        return store_parsed(
            list(parsed.entries()), lambda drafts: submit_many(engine, drafts, today=TODAY)
        )


def _stored(engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Quote.source_system,
                Quote.external_id,
                Quote.rating,
                Quote.rating_scale,
                Quote.rating_from,
                Quote.status,
                Quote.said_on,
            ).order_by(Quote.id)
        ).all()
    return [tuple(r) for r in rows]


def _counts(outcomes: list[RowOutcome]) -> tuple[int, int, int]:
    """New, already present, rejected (a skipped row has no outcome)."""
    present = sum(any(p.code.startswith("duplicate") for p in o.problems) for o in outcomes)
    new = sum(o.quote_id is not None for o in outcomes)
    return new, present, len(outcomes) - new - present


def test_delighted_csv_download_reads_the_nps_from_0(engine, people):
    first = _run(engine, "delighted_nps.csv")
    again = _run(engine, "delighted_nps.csv")

    assert _counts(first) == (4, 0, 0)  # 81003 rated without a comment: skipped
    assert _counts(again) == (0, 4, 0)
    day = dt.date(2026, 11, 2)
    assert _stored(engine) == [
        ("delighted", "81001", 10.0, 10, 0, "pending", day),
        ("delighted", "81002", 0.0, 10, 0, "archived", day),
        ("delighted", "81004", 6.0, 10, 0, "archived", dt.date(2026, 11, 4)),
        ("delighted", "81005", 9.0, 10, 0, "pending", dt.date(2026, 11, 5)),
    ]


def test_a_delighted_ces_download_reads_on_1_to_7_when_its_scale_is_picked(engine, people):
    """Only the scale named by hand: Delighted's own format keeps its ids and columns."""
    first = _run(engine, "delighted_ces.csv", columns={"rating_range": "1-7"})
    again = _run(engine, "delighted_ces.csv", columns={"rating_range": "1-7"})

    assert _counts(first) == (3, 0, 0)
    assert _counts(again) == (0, 3, 0)
    # Higher is easier: 7 positive (offered), 4 the middle (neutral), 1 negative.
    assert [row[:6] for row in _stored(engine)] == [
        ("delighted", "82001", 7.0, 7, 1, "pending"),
        ("delighted", "82002", 1.0, 7, 1, "archived"),
        ("delighted", "82003", 4.0, 7, 1, "archived"),
    ]


@pytest.mark.parametrize(("kind", "scale"), [("ces", 7), ("csat", 5), ("nps", 10)])
def test_delighted_api_responses_of_each_survey_type_read_on_its_scale(engine, people, kind, scale):
    """Before, a CSAT or CES response was rejected: its survey type named no known scale."""
    response = {
        "id": "91",
        "person": "7",
        "survey_type": kind,
        "score": 5,
        "comment": "Danke, das ging leicht.",
        "permalink": "https://app.delighted.example/r/x91",
        "created_at": 1793693722,
        "person_properties": {"Agent": "anna.meier"},
    }
    source = io.BytesIO(json.dumps([response]).encode())
    parsed = open_import(engine, source, name="responses.json", today=TODAY)
    outcomes = store_parsed(
        list(parsed.entries()), lambda drafts: submit_many(engine, drafts, today=TODAY)
    )

    assert _counts(outcomes) == (1, 0, 0)
    low = 0 if kind == "nps" else 1
    assert _stored(engine)[0][:5] == ("delighted", "91", 5.0, scale, low)


def test_a_german_ces_survey_reads_its_question_as_the_rating(engine, people):
    first = _run(engine, "ces_survey_de.csv")
    again = _run(engine, "ces_survey_de.csv")

    assert _counts(first) == (3, 0, 0)
    assert _counts(again) == (0, 3, 0)
    assert [row[2:7] for row in _stored(engine)] == [
        (7.0, 7, 1, "pending", dt.date(2026, 11, 9)),
        (2.0, 7, 1, "archived", dt.date(2026, 11, 10)),
        (5.0, 7, 1, "pending", dt.date(2026, 11, 11)),
    ]


def test_zendesk_nps_export_reads_0_to_10_with_the_response_ids(engine, people):
    first = _run(engine, "zendesk_nps.csv", team=people["team_tech"])
    again = _run(engine, "zendesk_nps.csv", team=people["team_tech"])

    assert _counts(first) == (3, 0, 0)  # 5003 rated 0 without a comment: skipped
    assert _counts(again) == (0, 3, 0)
    assert _stored(engine) == [
        ("zendesk_nps", "5001", 9.0, 10, 0, "pending", dt.date(2022, 10, 3)),
        ("zendesk_nps", "5002", 2.0, 10, 0, "archived", dt.date(2022, 10, 3)),
        ("zendesk_nps", "5004", 8.0, 10, 0, "archived", dt.date(2022, 10, 5)),
    ]


def test_hotjar_survey_mapped_by_its_comment_reads_the_nps_question_and_date(engine, people):
    mapped = {"text": "What is the main reason for your score?"}
    first = _run(engine, "hotjar_nps.csv", team=people["team_tech"], columns=mapped)
    again = _run(engine, "hotjar_nps.csv", team=people["team_tech"], columns=mapped)

    assert _counts(first) == (3, 0, 0)
    assert _counts(again) == (0, 3, 0)
    assert [row[2:7] for row in _stored(engine)] == [
        (10.0, 10, 0, "pending", dt.date(2026, 11, 2)),
        (3.0, 10, 0, "archived", dt.date(2026, 11, 3)),
        (0.0, 10, 0, "archived", dt.date(2026, 11, 5)),
    ]


@pytest.mark.parametrize(
    ("name", "day"),
    [("freshdesk_csat_report.csv", dt.date(2026, 11, 2)), ("freshdesk_csat_report_de.csv", None)],
)
def test_freshdesk_survey_report_reads_its_words_and_dates(engine, people, name, day):
    first = _run(engine, name)
    again = _run(engine, name)

    assert _counts(first) == (3, 0, 0)
    assert _counts(again) == (0, 3, 0)
    stored = _stored(engine)
    assert [row[2:6] for row in stored[:2]] == [(7.0, 7, 1, "pending"), (1.0, 7, 1, "archived")]
    assert stored[0][6] == (day or dt.date(2026, 11, 2))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("CES", (1, 7)),
        ("Customer Effort Score", (1, 7)),
        ("Kundenaufwand", (1, 7)),
        ("CES (1-5)", (1, 5)),
        ("Wie einfach war es, Ihr Anliegen zu lösen? (1-7)", (1, 7)),
        ("Prozesse", None),
        ("Services", None),
    ],
)
def test_a_customer_effort_title_names_1_to_7(title, expected):
    assert header_range(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Wartezeit (0-10 Min)", None),
        ("Wait time (0-10 minutes)", None),
        ("Rabatt 0-100 %", None),
        ("Dauer 1-3 Tage", None),
        ("Bewertung (1-5 Sterne)", (1, 5)),
        ("Score (0 to 10) points", (0, 10)),
    ],
)
def test_a_range_with_a_unit_is_a_quantity_not_a_scale(title, expected):
    """A survey's one ranged question is taken as its rating where no rating column is known:
    "Wartezeit (0-10 Min)" would have made a waiting time the rating."""
    assert header_range(title) == expected
