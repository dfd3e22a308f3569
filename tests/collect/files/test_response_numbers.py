"""A survey's response number is not a helpdesk's ticket id: Microsoft Forms numbers the
responses of every form 1, 2, …; read as the id under "helpdesk", response 1 of a second form
was "already present" and never imported. A bare "ID" / "Nr" / "Response ID" column of our own
columns is an id only where the file says whose numbers they are (SurveyMonkey's collector) or
the import names its source system; the helpdesks' own formats keep their ids."""

from __future__ import annotations

import io

import pytest

from feedback.collect.column_map import manual_format, parse_mapped
from feedback.collect.files.formats import DEFAULT_SYSTEM
from feedback.collect.files.sniff import open_table
from tests.collect.files.helpers import NAMED, RESOLVER, TODAY, read_bytes, read_fixture

FORM = b"ID;Kommentar;Datum\n1;Danke, Frau Meier war super!;2026-11-02\n"


@pytest.mark.parametrize("column", ["ID", "Nr", "Response ID", "Respondent ID"])
def test_a_bare_number_is_no_id_unless_the_import_names_its_system(column):
    data = FORM.replace(b"ID;", column.encode() + b";", 1)

    unnamed = read_bytes(data)
    named = read_bytes(data, system=NAMED)

    assert unnamed.parsed.format.name == "generic"
    assert unnamed.drafts[2].external_id is None  # recognised by its words instead
    assert (named.drafts[2].source_system, named.drafts[2].external_id) == (NAMED, "1")


def test_microsoft_forms_response_ids_are_no_ids():
    read = read_fixture("real_shapes/microsoft_forms_de.xlsx")

    assert read.drafts[2].external_id is None


@pytest.mark.parametrize("column", ["Ticket ID", "Ticketnummer", "Vorgang", "External ID"])
def test_a_ticket_column_is_the_id_without_a_named_system(column):
    data = f"{column};Kommentar\nT-17;Danke!\n".encode()

    assert read_bytes(data).drafts[2].external_id == "T-17"


def test_a_ticket_id_wins_over_a_row_number():
    read = read_bytes(b"Nr;Ticket;Kommentar\n1;T-17;Danke!\n")

    assert read.drafts[2].external_id == "T-17"


def test_surveymonkeys_respondent_is_an_id_within_its_collector():
    read = read_fixture("real_shapes/surveymonkey.csv")

    assert [d.external_id for d in read.drafts.values()] == [
        "4200001:114100000001",
        "4200001:114100000002",
    ]


@pytest.mark.parametrize(
    ("name", "system", "line", "expected"),
    [
        ("zendesk_ratings.json", "zendesk", 2, "9002"),
        ("freshdesk.json", "freshdesk", 1, None),
        ("intercom_ratings.jsonl", "intercom", 1, None),
        ("real_shapes/trustpilot_reviews.csv", "trustpilot", 2, "tp-101"),
        ("real_shapes/google_business_reviews.json", "google", 1, "r-1"),
        (
            "real_shapes/reviews_de.example.kundenapp_202611.csv",
            "google_play",
            2,
            "https://play.google.com/apps/publish?account=1&reviewid=gp-1",
        ),
    ],
)
def test_the_helpdesks_and_review_sites_keep_their_ids(name, system, line, expected):
    read = read_fixture(name)

    draft = next(iter(read.drafts.values())) if expected is None else read.drafts[line]
    assert draft.source_system == system
    assert draft.external_id  # every one of their ratings has its id
    if expected is not None:
        assert draft.external_id == expected


@pytest.mark.parametrize(("column", "expected"), [("ID", None), ("Ticketnummer", "T-17")])
def test_a_response_number_mapped_by_hand_to_the_ticket_id_is_no_id(column, expected):
    """The import page's "Ticket ID" picker offered a form's "ID" (1, 2, … in every form):
    response 1 of a second form was "already present". A ticket's column stays the id."""
    data = f"{column};Ihre Meinung\nT-17;Danke!\n".encode()
    table = open_table(io.BytesIO(data), "form.csv")
    fmt = manual_format({"text": "Ihre Meinung", "id": column})

    parsed = parse_mapped(table, fmt, RESOLVER, system=DEFAULT_SYSTEM, today=TODAY)

    assert [row.draft.external_id for row in parsed.rows if row.draft] == [expected]
