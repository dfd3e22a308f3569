"""Freshdesk's satisfaction answers as its German interface writes them ("Äußerst
zufrieden", "Nicht gut", "Großartig") were "not a valid rating": every such row refused.
They are read on the scale they belong to (seven points, or the classic survey's three)."""

from __future__ import annotations

from tests.collect.files.helpers import ANNA, read_fixture


def test_freshdesk_answers_in_german_are_ratings():
    read = read_fixture("leftovers/freshdesk_de.csv")

    assert read.problems == {}
    assert [
        (d.external_id, d.rating, d.rating_scale, d.agent_id) for d in read.drafts.values()
    ] == [
        ("501", 7, 7, ANNA),
        ("502", 1, 7, ANNA),
        ("503", 1, 3, ANNA),
        ("504", 3, 3, ANNA),
        ("505", 4, 7, ANNA),
        ("506", 7, 7, ANNA),
    ]
    assert read.parsed.summary.polarity == {"positive": 3, "negative": 2, "neutral": 1}
