"""NPS exports whose score column names no range (tests/fixtures/imports/scales, make_nps.py):
a column named "NPS" or headed with the NPS question is read on 0..10, a satisfaction
question keeps its scale, Delighted's responses are known, and a rating outside a guessed
1..5 says how to name the scale."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from feedback.collect.column_map import manual_format, parse_mapped, suggested_columns
from feedback.collect.files import Polarity, parse_file
from feedback.collect.files.formats import recognise
from feedback.collect.files.ratings import header_range
from feedback.collect.files.sniff import open_table
from feedback.collect.importer import open_import, store_parsed
from feedback.collect.pipeline import submit_many
from feedback.i18n import t
from feedback.store.models import Quote
from tests.collect.files.helpers import RESOLVER, TODAY, Read, ratings_of, read_bytes

SCALES = Path(__file__).resolve().parents[2] / "fixtures" / "imports" / "scales"
RECOMMEND = "How likely is it that you would recommend us to a friend or colleague?"
REASON = "What is the primary reason for your score?"
NEG, NEU, POS = Polarity.NEGATIVE, Polarity.NEUTRAL, Polarity.POSITIVE


def _read(name: str) -> Read:
    data = io.BytesIO((SCALES / name).read_bytes())
    parsed = parse_file(data, RESOLVER, name=name, today=TODAY)
    return Read(parsed, list(parsed.rows))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("NPS", (0, 10)),
        ("NPS score", (0, 10)),
        ("NPS-Wert", (0, 10)),
        ("eNPS", (0, 10)),
        ("Net Promoter Score", (0, 10)),
        ("How likely are you to recommend us to a friend or colleague?", (0, 10)),
        ("Wie wahrscheinlich ist es, dass Sie uns einem Freund weiterempfehlen?", (0, 10)),
        ("Würden Sie uns Ihren Freunden empfehlen?", (0, 10)),
        ("Weiterempfehlung", (0, 10)),
        ("Empfehlungsbereitschaft", (0, 10)),
        ("Recommend (0-10)", (0, 10)),
        ("Would you recommend us? (1-5)", (1, 5)),  # a range named wins
        ("How satisfied were you with our support?", None),  # CSAT keeps its scale
        ("Wie zufrieden waren Sie mit unserem Service?", None),
        ("Score", None),
        ("Synopsis", None),
        ("Snapshots", None),
    ],
)  # fmt: skip
def test_the_nps_name_or_question_names_0_to_10(title, expected):
    assert header_range(title) == expected


def test_a_plain_nps_column_is_read_on_0_to_10():
    read = _read("nps_plain_columns.csv")

    ratings = ratings_of(read)
    assert [line for line, r in ratings.items() if r[1] == 0] == [3, 6, 9, 13]
    assert {r[2] for r in ratings.values()} == {10}
    assert (ratings[2][3], ratings[7][3], ratings[8][3]) == (POS, NEU, NEG)  # 10, 8, 6
    assert {d.rating_from for d in read.drafts.values()} == {0}
    assert len(read.drafts) == 10  # two scores without a comment, the average's line
    assert not read.problems


def test_delighted_responses_are_known_and_read_on_their_survey_types_scale():
    read = _read("delighted_responses.json")

    assert read.parsed.format.name == "delighted"
    ratings = ratings_of(read)
    assert ratings[1] == ("10", 10.0, 10, POS)
    assert ratings[2] == ("0", 0.0, 10, NEG)
    assert ratings[6] == ("5", 5.0, 10, NEG)
    assert {d.external_id for d in read.drafts.values()} == {
        "3301", "3302", "3304", "3305", "3306", "3307"
    }  # fmt: skip
    assert {d.rating_from for d in read.drafts.values()} == {0}
    assert not read.problems


def test_delighted_needs_its_permalink_and_survey_type():
    known = recognise(["id", "score", "comment", "survey_type", "permalink"])
    plain = recognise(["id", "score", "comment"])
    assert (known and known.name, plain and plain.name) == ("delighted", "generic")


def test_a_surveymonkey_nps_question_mapped_by_hand_is_read_on_0_to_10():
    name = "surveymonkey_nps.csv"
    table = open_table(io.BytesIO((SCALES / name).read_bytes()), name)
    suggested = suggested_columns(table.columns, table.repeated)
    assert suggested["rating"] == RECOMMEND  # guessed by "recommend", for the lead to confirm

    parsed = parse_mapped(
        table, manual_format({**suggested, "text": REASON}), RESOLVER, system="x", today=TODAY
    )
    read = Read(parsed, list(parsed.rows))
    assert [r[1] for r in ratings_of(read).values()] == [0, 10, 9, 0, 7, 4, 10, 2]
    assert len(read.drafts) == 7  # the 7 without a reason
    assert {d.rating_from for d in read.drafts.values()} == {0}


def test_a_score_outside_a_guessed_1_to_5_says_how_to_name_the_scale():
    read = _read("nps_score_only.csv")

    assert read.problems == {k: ["rating_out_of_range_guessed"] for k in (2, 3, 5)}
    assert len(read.drafts) == 2  # 4 and 5, read on 1..5 as before
    problem = next(p for row in read.rows for p in row.problems)
    english = t(f"validation.{problem.code}", "en", **problem.params)
    german = t(f"validation.{problem.code}", "de", **problem.params)
    assert english.startswith("The rating 0 is not between 1 and 5: the file names no scale")
    assert "“Rating (0-10)”" in english
    assert german.startswith("Die Bewertung 0 liegt nicht zwischen 1 und 5: Die Datei nennt")
    assert "„Bewertung (0-10)“" in german


def test_a_range_named_by_a_scale_column_keeps_the_plain_message():
    data = b"Date,Score,Scale,Comment\n2025-11-01,7,5,Friendly and quick.\n"

    read = read_bytes(data, "scaled.csv")

    assert read.problems == {2: ["rating_out_of_range"]}


def test_a_plain_nps_file_is_stored_from_0_and_found_again(engine, people):
    """On SQLite and PostgreSQL: stored as written with ``rating_from`` 0, present the second
    time."""

    def imported() -> list[bool]:
        with (SCALES / "nps_plain_columns.csv").open("rb") as handle:
            parsed = open_import(engine, handle, name="nps.csv", today=TODAY)
            outcomes = store_parsed(
                list(parsed.entries()), lambda drafts: submit_many(engine, drafts, today=TODAY)
            )
        return [o.quote_id is not None for o in outcomes]

    assert imported() == [True] * 10
    assert not any(imported())  # all present
    with engine.connect() as conn:
        rows = conn.execute(select(Quote.rating, Quote.rating_from, Quote.status)).all()
    assert len(rows) == 10
    assert {r.rating_from for r in rows} == {0}
    assert sorted(r.rating for r in rows if r.status == "pending") == [9.0, 9.0, 10.0]
