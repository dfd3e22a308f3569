"""Survey tools' exports (Google Forms, Microsoft Forms): their response times are the date
column without a mapping ("Zeitstempel"/"Timestamp", "Fertigstellungszeit"/"Completion time"
before "Startzeit"/"Start time"); their question titles are never guessed."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from feedback.collect.column_map import manual_format, parse_mapped, suggested_columns
from feedback.collect.files.sniff import open_table
from tests.collect.files.helpers import ANNA, FIXTURES, RESOLVER, TODAY, read_bytes, read_fixture


def test_microsoft_forms_german_is_dated_by_its_completion_time():
    read = read_fixture("real_shapes/microsoft_forms_de.xlsx")

    assert read.parsed.format.name == "generic"  # "Kommentar" is one of our names
    assert read.parsed.summary.undated is False  # it was: every row dated on the import day
    assert read.drafts[2].said_on == dt.date(2026, 11, 11)
    assert read.drafts[2].text == "Die Beratung war ausgezeichnet."


def test_microsoft_forms_english_takes_the_completion_time_not_the_start():
    read = read_fixture("real_shapes/microsoft_forms_en.xlsx")

    assert read.parsed.summary.undated is False
    # Started at 23:58 on the 13th, sent at 00:03 on the 14th: the day it was sent.
    assert read.drafts[2].said_on == dt.date(2026, 11, 14)


def test_google_forms_english_with_a_comment_column_we_know_needs_no_mapping():
    read = read_fixture("real_shapes/google_forms_en.csv")

    assert read.parsed.format.name == "generic"
    assert read.problems == {}
    assert [(d.said_on, d.text) for d in read.drafts.values()] == [
        (dt.date(2026, 11, 9), "Very helpful on the phone!"),
        (dt.date(2026, 11, 10), "Quick answer, thanks."),
    ]


def test_google_forms_german_columns_are_suggested_by_the_words_of_their_questions():
    """ "Ihr Kommentar" is a question's title, not one of our names: it is suggested for the
    lead to confirm, as is the question whose title asks how satisfied; the date
    ("Zeitstempel") is one of our names; "Wer hat Ihnen geholfen?" says nothing we read."""
    data = (FIXTURES / "real_shapes" / "google_forms_de.csv").read_bytes()
    table = open_table(io.BytesIO(data), "antworten.csv")

    suggested = suggested_columns(table.columns)
    assert suggested == {
        "date": "Zeitstempel",
        "text": "Ihr Kommentar",
        "rating": "Wie zufrieden waren Sie mit unserem Service?",
    }

    columns = {**suggested, "text": "Ihr Kommentar"}
    parsed = parse_mapped(table, manual_format(columns), RESOLVER, system="helpdesk", today=TODAY)
    rows = list(parsed.rows)
    assert parsed.summary.undated is False
    assert [(r.draft.said_on, r.draft.text) for r in rows if r.draft] == [
        (dt.date(2026, 11, 9), "Sehr hilfsbereit am Telefon!"),
        (dt.date(2026, 11, 10), "Zu lange Warteschleife."),
    ]


@pytest.mark.parametrize(
    ("columns", "repeated", "expected"),
    [
        (
            ("Startzeit", "Fertigstellungszeit", "Kommentar", "Mitarbeiter"),
            (),
            {"date": "Fertigstellungszeit", "text": "Kommentar", "agent": "Mitarbeiter"},
        ),
        (("Start time", "Completion time"), (), {"date": "Completion time"}),
        (
            ("Timestamp", "Wie zufrieden waren Sie?"),
            (),
            {"date": "Timestamp", "rating": "Wie zufrieden waren Sie?"},
        ),
        # Words of the name: a comment before a rating ("Rating comment" is no rating).
        (
            ("Chat ID", "Operator", "Rating", "Rating comment", "Date"),
            (),
            {"date": "Date", "rating": "Rating", "text": "Rating comment", "agent": "Operator"},
        ),
        (
            ("Datum", "Gesamtbewertung", "Kommentar des Kunden", "Bearbeitet von"),
            (),
            {"date": "Datum", "rating": "Gesamtbewertung", "text": "Kommentar des Kunden"},
        ),
        # Two columns could hold the comment: neither is guessed.
        (
            ("Kommentar intern", "Kommentar Kunde", "Bewertung"),
            (),
            {"rating": "Bewertung"},
        ),
        # Not a date: a customer's birthday; not a rating's comment: "Response time".
        (("Geburtsdatum", "Response time", "Feedback"), (), {"text": "Feedback"}),
        # Two "Kommentar" columns: which is the customer's is not guessed.
        (
            ("Ticket", "Kommentar", "Mitarbeiter", "Kommentar (2)"),
            ("Kommentar",),
            {"id": "Ticket", "agent": "Mitarbeiter"},
        ),
    ],
)
def test_suggested_columns_are_formats_names_then_words_of_a_name(columns, repeated, expected):
    assert suggested_columns(columns, repeated) == expected


def test_a_mapped_agent_column_still_names_the_agent():
    data = b"Zeitstempel;Ihr Kommentar;Bearbeiter\n2026/11/09 2:03:11 PM MEZ;Danke!;anna.meier\n"
    table = open_table(io.BytesIO(data), "antworten.csv")
    columns = {**suggested_columns(table.columns), "text": "Ihr Kommentar"}

    (row,) = parse_mapped(
        table, manual_format(columns), RESOLVER, system="helpdesk", today=TODAY
    ).rows

    assert row.draft is not None
    assert (row.draft.agent_id, row.draft.said_on) == (ANNA, dt.date(2026, 11, 9))


def test_a_forms_response_without_a_comment_is_skipped_and_counted_not_rejected():
    """Line 3 answered only the rating question (a question's title: no rating the import
    reads) and left the comment blank. It was rejected with the web form's "Bitte geben Sie
    den Text des Lobs ein."; it is skipped and counted as a row without a comment."""
    read = read_fixture("real_shapes/microsoft_forms_de.xlsx")

    assert read.problems == {}
    assert [(r.line, r.no_text, r.skipped) for r in read.rows if r.draft is None] == [
        (3, True, True)
    ]
    summary = read.parsed.summary
    assert (summary.rows, summary.drafts, summary.rejected) == (2, 1, 0)
    assert (summary.no_text, summary.no_comment, summary.empty, summary.skipped) == (1, 0, 0, 1)


def test_an_entry_without_any_value_is_counted_as_empty():
    read = read_bytes(b'[{"text": "Danke!", "agent": "anna.meier"}, {"text": "", "agent": null}]')

    assert read.problems == {}
    assert [(r.line, r.empty, r.no_text) for r in read.rows if r.draft is None] == [
        (2, True, False)
    ]
    assert (read.parsed.summary.empty, read.parsed.summary.skipped) == (1, 1)


def test_a_rated_row_without_a_comment_stays_a_rating_without_a_comment():
    read = read_bytes(b"Kommentar;Bewertung;Mitarbeiter\n;5;anna.meier\n;;anna.meier\n")

    assert read.problems == {}
    assert [(r.line, r.no_comment, r.no_text) for r in read.rows] == [
        (2, True, False),  # counts in the CSAT
        (3, False, True),
    ]


def test_a_row_without_a_comment_whose_rating_is_wrong_is_rejected_for_the_rating():
    """Skipped rows are those with nothing wrong in them: a rating the import cannot read
    (the file's, in a column it reads) still says why."""
    read = read_bytes(b"Kommentar;Bewertung;Mitarbeiter\n;5 Aepfel;anna.meier\n")

    assert read.problems[2][0] == "bad_rating"
