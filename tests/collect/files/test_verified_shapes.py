"""Exports whose column names and keys were checked against public sources (docs/data.md,
"verified shapes"), and the quirks of files saved by Excel, imported through the command line's
importer into a real store: the counts new / present / rejected, then the same file again (all
present), and each stored rating's value, scale, status, text and day.
Fixtures: tests/fixtures/imports/verified_shapes (make_verified_shapes.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from feedback.auth.roles import Actor
from feedback.cli.import_commands import run_import
from feedback.collect.files.values import parse_date
from feedback.collect.fingerprint import fitted_id
from feedback.domain import MAX_EXTERNAL_ID
from feedback.services import mappings
from feedback.store.models import Quote
from tests.collect.files.helpers import read_bytes

SHAPES = Path(__file__).resolve().parents[2] / "fixtures" / "imports" / "verified_shapes"
# The fixtures' rows run up to 7 December 2026: the import's day, so that none is in the future.
DAY = dt.date(2026, 12, 7)


def _map(engine: Engine, people: dict[str, int]) -> None:
    admin = Actor.system("test")
    for system, kind, ref, target in (
        ("zendesk", "agent", "3001", people["anna"]),
        ("zendesk", "group", "4001", people["team_north"]),
        ("freshdesk", "agent", "61", people["anna"]),
        ("helpscout", "group", "85", people["team_north"]),
    ):
        mappings.save_mapping(engine, admin, system, kind, ref, target)


# (source system, day, rating, scale, status, text) of each stored quote.
Stored = tuple[str, dt.date, float | None, int | None, str, str]


def _stored(engine: Engine) -> list[Stored]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                Quote.source_system,
                Quote.said_on,
                Quote.rating,
                Quote.rating_scale,
                Quote.status,
                Quote.text,
            ).order_by(Quote.said_on, Quote.id)
        ).all()
    return [(r.source_system, r.said_on, r.rating, r.rating_scale, r.status, r.text) for r in rows]


# file, whether rows go to a team (--team), (new, skipped unrated/without comment, rejected),
# and the stored (system, day, rating, scale, status, start of text) in order of day.
CASES = [
    (
        "trustpilot_service_reviews.csv",
        True,
        (4, 0, 0),
        [
            ("trustpilot", 20, 5, 5, "pending", "Schnelle Hilfe. Die Hotline"),
            ("trustpilot", 21, 4, 5, "pending", "Great service. Anna sorted"),
            ("trustpilot", 22, 1, 5, "archived", "Enttäuscht. Seit zwei Wochen"),
            ("trustpilot", 23, 3, 5, "archived", "Geht so. Freundlich"),
        ],
    ),
    (
        "intercom_csat_report.csv",
        False,
        (3, 1, 1),  # 215004: rated without a remark; 215005: Fin's, the bot's (rejected)
        [
            ("intercom", 20, 5, 5, "pending", "Jonas hat super schnell"),
            ("intercom", 20, 4, 5, "pending", "Thanks, very patient"),
            ("intercom", 21, 2, 5, "archived", "Hat ewig gedauert."),
        ],
    ),
    (
        "zendesk_satisfaction_ratings_page.json",
        False,
        (3, 1, 0),  # rating 7703: only offered
        [
            ("zendesk", 18, 2, 2, "pending", "Anna war großartig"),
            ("zendesk", 19, 1, 2, "archived", "Nobody called me back."),
            ("zendesk", 20, 2, 2, "pending", "Super schnell erledigt."),
        ],
    ),
    (
        "freshdesk_satisfaction_ratings.json",
        False,
        (3, 0, 0),
        [
            ("freshdesk", 16, 7, 7, "pending", "Äußerst hilfsbereit"),
            ("freshdesk", 17, 2, 7, "archived", "Took far too long."),
            ("freshdesk", 17, 4, 7, "archived", "Okay."),
        ],
    ),
    (
        "helpscout_rating_webhooks.jsonl",
        False,
        (3, 0, 0),
        [
            ("helpscout", 11, 3, 3, "pending", "Sie war wirklich"),
            ("helpscout", 12, 2, 3, "archived", "Fine, but slow."),
            ("helpscout", 13, 1, 3, "archived", "Keine Lösung"),
        ],
    ),
    (
        "qualtrics_three_header_rows.csv",
        False,
        (3, 0, 0),
        [
            ("qualtrics", 24, 5, 5, "pending", "Frau Meier hat sich"),
            ("qualtrics", 24, 2, 5, "archived", "Die Wartezeit"),
            ("qualtrics", 25, 4, 5, "pending", "Gute Beratung"),
        ],
    ),
    (
        "reviews_de.example.kundenapp_202611.csv",
        True,
        (3, 1, 0),  # 22 November: four stars without words
        [
            ("google_play", 20, 5, 5, "pending", "Die Hotline hat mir super"),
            ("google_play", 21, 2, 5, "archived", "Support never answered. Update:"),
            ("google_play", 23, 1, 5, "archived", "Abstürze. Die App stürzt"),
        ],
    ),
    (
        "zendesk_explore_satisfaction.csv",
        True,
        (2, 2, 0),  # 81003 only offered, 81004 rated without a comment
        [
            ("zendesk", 20, 2, 2, "pending", "Anna hat super geholfen"),
            ("zendesk", 21, 1, 2, "archived", "Nobody called me back."),
        ],
    ),
]


@pytest.mark.parametrize(("name", "team", "counts", "expected"), CASES)
def test_a_verified_export_is_stored_once_with_its_scale_and_found_again(
    engine: Engine,
    people: dict[str, int],
    name: str,
    team: bool,
    counts: tuple[int, int, int],
    expected: list[tuple[str, int, int, int, str, str]],
):
    _map(engine, people)
    team_id = people["team_north"] if team else None
    first = run_import(engine, SHAPES / name, system="helpdesk", today=DAY, team_id=team_id)
    again = run_import(engine, SHAPES / name, system="helpdesk", today=DAY, team_id=team_id)

    new, skipped, rejected = counts
    assert (first.report.imported, first.report.present, first.report.rejected) == (
        new,
        0,
        rejected,
    )
    assert (again.report.imported, again.report.present, again.report.rejected) == (
        0,
        new,
        rejected,
    )
    assert first.summary.not_rated + first.summary.no_comment == skipped
    stored = _stored(engine)
    assert [
        (system, said_on.day, rating, scale, status, text[: len(start)])
        for (system, said_on, rating, scale, status, text), (*_, start) in zip(
            stored, expected, strict=True
        )
    ] == expected
    assert all(said_on.month == 11 for _, said_on, *_ in stored)


def test_a_rating_of_intercoms_bot_is_rejected_saying_why_in_both_languages(engine, people):
    done = run_import(engine, SHAPES / "intercom_csat_report.csv", system="helpdesk", today=DAY)

    (row,) = done.report.rejected_rows
    assert (row.line, row.reasons("de"), row.reasons("en")) == (
        6,
        ["Diese Bewertung gilt „Fin AI Agent“, einem Bot, keiner Person: nicht importiert."],
        ["This rating is for “Fin AI Agent”, a bot, not a person: not imported."],
    )


def test_excel_quirks_sep_line_bom_blank_columns_totals_and_german_times(engine, people):
    """German Excel's CSV: "sep=;", a byte-order mark, quoted headers, empty columns, an empty
    line and a totals row (skipped, not rejected), "07.12.2026 14:05:33", "5 - Sehr zufrieden"."""
    done = run_import(engine, SHAPES / "excel_de_sep_totals.csv", system="helpdesk", today=DAY)

    assert (done.report.imported, done.report.present, done.report.rejected) == (3, 0, 0)
    assert [(s[1], s[2], s[3], s[4], s[5]) for s in _stored(engine)] == [
        (dt.date(2026, 12, 5), 1.0, 5, "archived", "Niemand hat zurückgerufen."),
        (dt.date(2026, 12, 6), 4.0, 5, "pending", "Freundlich und kompetent."),
        (dt.date(2026, 12, 7), 5.0, 5, "pending", "Anna hat mir sofort geholfen; danke!"),
    ]


def test_excel_unicode_text_with_us_times_rating_words_and_emoji(engine, people):
    """Excel's "Unicode Text": UTF-16, tabs, "12/7/2026 2:05 PM", "Very satisfied", "😀"."""
    done = run_import(engine, SHAPES / "excel_unicode_text_us.txt", system="helpdesk", today=DAY)

    assert (done.report.imported, done.report.present, done.report.rejected) == (4, 0, 0)
    assert [(s[1].day, s[2], s[3], s[4]) for s in _stored(engine)] == [
        (4, 3.0, 5, "archived"),  # 😐
        (5, 1.0, 5, "archived"),  # Very dissatisfied
        (6, 5.0, 5, "pending"),  # 😀
        (7, 5.0, 5, "pending"),  # Very satisfied
    ]


def test_excel_us_short_times_and_survey_scale_words_are_stored(engine, people):
    """ "12/7/26 2:05 PM" and "Extremely satisfied" / "Very unsatisfied" / "Unsatisfied": all
    four rows were rejected before (docs/benchmarks.md, twenty-third session)."""
    done = run_import(engine, SHAPES / "excel_us_short_dates.csv", system="helpdesk", today=DAY)

    assert (done.report.imported, done.report.present, done.report.rejected) == (4, 0, 0)
    assert [(s[1].day, s[2], s[3], s[4]) for s in _stored(engine)] == [
        (4, 5.0, 5, "pending"),  # Very satisfied
        (5, 2.0, 5, "archived"),  # Unsatisfied
        (6, 1.0, 5, "archived"),  # Very unsatisfied
        (7, 7.0, 7, "pending"),  # Extremely satisfied: the top of seven points
    ]


def test_a_us_time_with_a_two_digit_year_reads_only_with_its_12_hour_clock():
    assert parse_date("12/7/26 2:05 PM", DAY) == dt.date(2026, 12, 7)
    assert parse_date("1/2/99 11:59 pm", DAY) == dt.date(1999, 1, 2)
    assert parse_date("12/7/26", DAY) is None  # which is the year, and whose order?
    assert parse_date("12/7/26 14:05", DAY) is None


def test_survey_scale_words_read_and_an_unknown_one_says_why_in_both_languages():
    data = (
        b"Date,Rating,Comment,Agent\n"
        b"2026-11-20,Extremely satisfied,Top,anna.meier\n"
        b"2026-11-20,Very unsatisfied,Slow,anna.meier\n"
        b"2026-11-20,Unsatisfied,Meh,anna.meier\n"
        b"2026-11-20,Extremely dissatisfied,Awful,anna.meier\n"
        b"2026-11-20,Rather good-ish,Hm,anna.meier\n"
    )
    read = read_bytes(data, "survey.csv")

    rated = {
        row.line: (row.rating.value, row.rating.scale, row.rating.polarity.value)
        for row in read.rows
        if row.rating is not None
    }
    assert rated == {
        2: (7.0, 7, "positive"),
        3: (1.0, 5, "negative"),
        4: (2.0, 5, "negative"),
        5: (1.0, 7, "negative"),
    }
    (problem,) = next(row.problems for row in read.rows if row.line == 6)
    assert problem.message("de") == "„Rather good-ish“ ist keine gültige Bewertung."
    assert problem.message("en") == "“Rather good-ish” is not a valid rating."


def test_play_reviews_keep_the_customers_words_not_the_developers_reply(engine, people):
    """Play's UTF-16 file: the review's own link is its id (either spelling Play has used),
    the developer's reply is not the customer's text, an edited review keeps its submit day."""
    name = "reviews_de.example.kundenapp_202611.csv"
    run_import(engine, SHAPES / name, system="helpdesk", today=DAY, team_id=people["team_north"])

    with engine.connect() as conn:
        rows = conn.execute(select(Quote.external_id, Quote.text).order_by(Quote.said_on)).all()
    console = "https://play.google.com/console/developers/1/app/2/user-feedback/review-details"
    # The console's links are longer than an id column holds: each keeps its start and ends in
    # a digest of the whole link, so it stays one id per review (PostgreSQL refused them).
    assert [r.external_id for r in rows] == [
        fitted_id(f"{console}?reviewId=gp:AOqpTOE1&corpus=PUBLIC_REVIEWS"),
        fitted_id(f"{console}?reviewId=gp:AOqpTOE2&corpus=PUBLIC_REVIEWS"),
        "https://play.google.com/apps/publish?account=1#ReviewDetailsPlace:"
        "p=de.example.kundenapp&reviewid=gp:AOqpTOE4",
    ]
    assert all(len(r.external_id) <= MAX_EXTERNAL_ID for r in rows)
    assert rows[0].external_id != rows[1].external_id
    assert rows[1].text == ('Support never answered. Update: still nothing, "sorry" is not enough.')
    assert all("we will call you" not in r.text for r in rows)


FORMS = "microsoft_forms_en_last_modified.xlsx"
FORMS_QUESTION = "How satisfied were you with our support?"


def test_a_forms_rating_question_is_not_read_on_a_guess_but_named(engine, people):
    """Microsoft Forms titles the rating question as it was asked: the import reads the
    comment, the agent and the completion time, stores no rating, and names the column."""
    done = run_import(engine, SHAPES / FORMS, system="helpdesk", today=DAY)

    assert (done.report.imported, done.report.present, done.report.rejected) == (3, 0, 0)
    assert (done.summary.no_text, done.summary.rating_unread) == (1, FORMS_QUESTION)
    assert [(s[1].day, s[2], s[3]) for s in _stored(engine)] == [
        (18, None, None),
        (19, None, None),
        (20, None, None),
    ]


def test_a_forms_rating_question_named_by_hand_is_stored_on_five(engine, people):
    columns = {"rating": FORMS_QUESTION}
    first = run_import(engine, SHAPES / FORMS, system="helpdesk", today=DAY, columns=columns)
    again = run_import(engine, SHAPES / FORMS, system="helpdesk", today=DAY, columns=columns)

    assert (first.report.imported, first.summary.no_comment, first.summary.rating_unread) == (
        3,
        1,  # response 3: four stars, no comment
        "",
    )
    assert (again.report.imported, again.report.present) == (0, 3)
    assert [(s[1].day, s[2], s[3], s[4], s[5][:12]) for s in _stored(engine)] == [
        (18, 5.0, 5, "pending", "Anna fixed m"),
        (19, 2.0, 5, "archived", "Ich musste d"),
        (20, 3.0, 5, "archived", "Okay, aber l"),
    ]


def test_livechats_chat_export_is_read_with_its_zoned_times_and_last_operator(engine, people):
    """LiveChat's CSV names its times' zone in the column ("chat start date UTC") and the
    comment "last rate comment": the file was no known format. The rated agent is the last
    operator (Jonas after the bot), by login, mapped."""
    admin = Actor.system("test")
    for kind, ref, target in (
        ("agent", "anna@example.de", people["anna"]),
        ("agent", "jonas@example.de", people["jonas"]),
        ("group", "Support", people["team_north"]),
        ("group", "Sales", people["team_north"]),
    ):
        mappings.save_mapping(engine, admin, "livechat", kind, ref, target)
    name = "livechat_chats_export.csv"

    first = run_import(engine, SHAPES / name, system="helpdesk", today=DAY)
    again = run_import(engine, SHAPES / name, system="helpdesk", today=DAY)

    assert (first.report.imported, first.report.present, first.report.rejected) == (2, 0, 0)
    assert (first.summary.not_rated, first.summary.no_comment) == (1, 1)
    assert (again.report.imported, again.report.present) == (0, 2)
    with engine.connect() as conn:
        rows = conn.execute(
            select(Quote.external_id, Quote.agent_id, Quote.said_on).order_by(Quote.said_on)
        ).all()
    assert [(r.external_id, r.agent_id, r.said_on.day) for r in rows] == [
        ("SK3N0001", people["anna"], 20),
        ("SK3N0002", people["jonas"], 21),  # started 00:01 UTC on the 21st
    ]
    assert [(s[2], s[3], s[4], s[5]) for s in _stored(engine)] == [
        (2.0, 2, "pending", "Anna war super, danke!"),
        (1.0, 2, "archived", "Took ages and nobody could help."),
    ]
