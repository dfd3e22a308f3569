"""Intercom's conversation ratings report as CSV ("Conversation rating", "Conversation
rating remark", "Updated at (Europe/Berlin)", "Last teammate rated") was "no known
format". It is Intercom's: the rated teammate by name, the time column whatever time zone
its name gives, the customer's name and company not read."""

from __future__ import annotations

import datetime as dt

import pytest

from feedback.collect.files.formats import formats
from tests.collect.files.helpers import ANNA, JONAS, TEAM_NORTH, read_fixture


def test_intercoms_ratings_report_is_read():
    read = read_fixture("leftovers/intercom_csat.csv", system="intercom")

    assert read.parsed.format.name == "intercom"
    assert read.problems == {}
    rows = [
        (d.external_id, d.rating, d.said_on, d.agent_id, d.team_id, d.text)
        for d in read.drafts.values()
    ]
    assert rows == [
        ("215001", 5, dt.date(2026, 11, 20), ANNA, TEAM_NORTH, "Super schnell, danke!"),
        ("215003", 1, dt.date(2026, 11, 21), JONAS, None, "Hat nicht geholfen"),
    ]
    assert read.parsed.summary.no_comment == 1


@pytest.mark.parametrize(
    ("present", "found"),
    [
        (["updated_at_(europe_berlin)"], "updated_at_(europe_berlin)"),
        (["updated_at_(america_new_york)"], "updated_at_(america_new_york)"),
        (["created_at", "updated_at_(utc)"], "created_at"),  # an earlier alias wins
        (["updated_at"], None),  # no time zone, no match: the pattern needs its brackets
    ],
)
def test_a_bracketed_alias_takes_any_time_zone(present, found):
    intercom = next(f for f in formats() if f.name == "intercom")
    assert intercom.column("date", present) == found
