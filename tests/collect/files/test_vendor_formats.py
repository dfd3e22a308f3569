"""The vendors' exports of tests/fixtures/imports/vendors recognised by their columns (the
stored outcome is checked in tests/cli/test_import_vendors_cli.py), and their other shapes."""

from __future__ import annotations

import pytest

from feedback.collect.files import Polarity
from tests.collect.files.helpers import ratings_of, read_bytes, read_fixture


@pytest.mark.parametrize(
    ("name", "fmt", "counted"),
    [
        ("hubspot_feedback_submissions.json", "hubspot_feedback", (4, 3, 1, 0)),
        ("gorgias_satisfaction_surveys.json", "gorgias", (4, 3, 0, 1)),
        ("app_store_customer_reviews.json", "app_store", (3, 3, 0, 0)),
        ("qualtrics_csat.csv", "qualtrics", (4, 2, 1, 0)),
        ("chatwoot_csat_en.csv", "chatwoot", (5, 2, 1, 0)),
        ("chatwoot_csat_de.csv", "chatwoot", (5, 2, 1, 0)),
        # Typeform: the response without a rating is skipped as not rated.
        ("typeform_responses.json", "typeform", (5, 3, 1, 1)),
        ("livechat_archives.json", "livechat", (6, 4, 1, 0)),
    ],
)
def test_each_export_is_recognised_and_every_row_counted(name, fmt, counted):
    read = read_fixture(f"vendors/{name}")

    assert (read.parsed.format.name, read.parsed.system) == (fmt, fmt.removesuffix("_feedback"))
    summary = read.parsed.summary
    # rows; drafts (Qualtrics' row naming an unknown agent is rejected: no draft); skipped
    # without a comment; skipped as not rated
    assert (summary.rows, summary.drafts, summary.no_comment, summary.not_rated) == counted


def test_hubspot_responses_as_csv_with_the_property_names():
    data = (
        "hs_object_id,hs_content,hs_response_group,hs_value,hs_survey_type,hs_createdate\n"
        "901,Sehr hilfreich!,Promoter,9,NPS,2026-11-20T10:00:00Z\n"
        "902,Naja.,Detractor,3,NPS,2026-11-20T10:00:00Z\n"
    )
    read = read_bytes(data.encode("utf-8"), "responses.csv")

    assert read.parsed.format.name == "hubspot_feedback"
    assert ratings_of(read) == {
        2: ("Promoter", 3.0, 3, Polarity.POSITIVE),
        3: ("Detractor", 1.0, 3, Polarity.NEGATIVE),
    }
    assert [d.external_id for d in read.drafts.values()] == ["901", "902"]
