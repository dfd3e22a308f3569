"""Ratings on scales from 0 (tests/fixtures/imports/scales): an NPS survey's 0..10 read as
written, its 0 a detractor's rating, never "not between 1 and 10"; Typeform's opinion scale
read on 0 to 10, or on the scale the form's definition names."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest

from feedback.collect.column_map import manual_format, parse_mapped, suggested_columns
from feedback.collect.files import Polarity, parse_file
from feedback.collect.files.ratings import polarity
from feedback.collect.files.sniff import open_table
from feedback.collect.files.typeform_answers import with_typeform_answers
from tests.collect.files.helpers import ANNA, JONAS, RESOLVER, TODAY, Read, ratings_of

SCALES = Path(__file__).resolve().parents[2] / "fixtures" / "imports" / "scales"
SCORE = (
    "Auf einer Skala von 0 bis 10: Wie wahrscheinlich ist es, dass Sie unseren Kundenservice "
    "weiterempfehlen?"
)
REASON = "Was ist der wichtigste Grund für Ihre Bewertung? / Main reason for your score?"
NEG, NEU, POS = Polarity.NEGATIVE, Polarity.NEUTRAL, Polarity.POSITIVE
# The fixtures' Typeform hidden agent ids, mapped as a lead would.
TYPEFORM = replace(
    RESOLVER,
    refs={
        **RESOLVER.refs,
        ("typeform", "agent", "7001"): ANNA,
        ("typeform", "agent", "7002"): JONAS,
    },
)


def _typeform(name: str) -> Read:
    parsed = parse_file(
        io.BytesIO((SCALES / name).read_bytes()),
        TYPEFORM,
        name=name,
        system="typeform",
        today=TODAY,
    )
    return Read(parsed, list(parsed.rows))


def _nps_survey() -> Read:
    name = "nps_survey_0_10.csv"
    table = open_table(io.BytesIO((SCALES / name).read_bytes()), name)
    columns = {**suggested_columns(table.columns, table.repeated), "text": REASON, "rating": SCORE}
    parsed = parse_mapped(table, manual_format(columns), RESOLVER, system="umfrage", today=TODAY)
    return Read(parsed, list(parsed.rows))


@pytest.mark.parametrize(
    ("value", "scale", "low", "expected"),
    [
        (0, 10, 0, NEG),
        (6, 10, 0, NEG),  # NPS: 0-6 detractors
        (7, 10, 0, NEU),
        (8, 10, 0, NEU),  # 7-8 passives
        (9, 10, 0, POS),
        (10, 10, 0, POS),  # 9-10 promoters
        (6, 10, 1, POS),  # 1..10 keeps its middle (5.5)
        (3, 6, 0, NEU),  # another scale from 0: its middle
        (3, 5, 1, NEU),
    ],
)
def test_polarity_follows_the_nps_on_0_to_10_and_the_middle_elsewhere(value, scale, low, expected):
    assert polarity(value, scale, low) is expected


def test_an_nps_survey_keeps_every_zero_as_a_detractor_and_rejects_only_its_11():
    read = _nps_survey()

    ratings = ratings_of(read)
    assert [line for line, r in ratings.items() if r[1] == 0] == [2, 4, 7, 12]
    assert all(r[2] == 10 for r in ratings.values())
    assert (ratings[3][3], ratings[6][3], ratings[11][3]) == (POS, NEG, NEU)
    assert read.problems == {13: ["rating_out_of_range"]}  # 11 on 0..10, still said why
    assert {d.rating_from for d in read.drafts.values()} == {0}
    assert len(read.drafts) == 12  # and line 9, a 10 without a reason: nothing to quote
    statuses = {line: d.status.value for line, d in read.drafts.items() if d.status}
    assert (statuses[2], statuses[3]) == ("archived", "pending")  # only promoters offered


def test_an_opinion_scale_without_a_definition_is_read_on_0_to_10():
    read = _typeform("typeform_opinion_scale.json")

    assert ratings_of(read)[1] == ("0", 0.0, 10, NEG)
    assert ratings_of(read)[2] == ("10", 10.0, 10, POS)
    assert ratings_of(read)[4] == ("7", 7.0, 10, NEU)
    assert {d.rating_from for d in read.drafts.values()} == {0}
    assert not read.problems


def test_a_webhook_log_reads_each_question_on_the_scale_its_definition_names():
    read = _typeform("typeform_webhooks.jsonl")

    assert ratings_of(read) == {
        1: ("5", 5.0, 5, POS),  # opinion scale of 5 steps starting at one: 1..5
        2: ("1", 1.0, 5, NEG),
        3: ("3", 3.0, 5, NEU),
        4: ("7", 7.0, 7, POS),  # a rating of 7 steps
        5: ("2", 2.0, 7, NEG),
    }
    assert {d.rating_from for d in read.drafts.values()} == {1}


def test_an_opinion_scale_from_zero_of_five_steps_tops_at_four():
    answer = {"field": {"id": "q", "type": "opinion_scale"}, "type": "number", "number": 0}
    definition = {"fields": [{"id": "q", "properties": {"steps": 5, "start_at_one": False}}]}

    lifted = with_typeform_answers({"token": "t", "answers": [answer], "definition": definition})

    assert lifted["answers.rating.scale"] == 4
    assert lifted["answers.rating.from"] == 0
    assert "definition" not in lifted  # no column of the form's whole definition
