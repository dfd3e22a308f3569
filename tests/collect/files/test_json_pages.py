"""Several pages of Zendesk's satisfaction ratings API in one file: saved one after the
other (``curl … >> ratings.json``), as a list of pages, or a page per line. The first was
read to its first page and then "not valid JSON from entry 3 on"; the other two were "no
known format", their columns the page's keys. Every row of every page is now read, numbered
on across the pages, and the pagination keys are no rows."""

from __future__ import annotations

import pytest

from feedback.collect.files.json_rows import PAGE_KEYS, page_rows
from tests.collect.files.helpers import ANNA, TEAM_NORTH, read_fixture

PAGES = ["zendesk_pages_concat.json", "zendesk_pages_list.json", "zendesk_pages.jsonl"]


@pytest.mark.parametrize("name", PAGES)
def test_every_page_of_ratings_is_read(name):
    read = read_fixture(f"leftovers/{name}", system="zendesk")

    assert read.parsed.format.name == "zendesk_ratings"
    assert read.parsed.broken is None
    drafts = read.drafts
    assert [
        (line, d.external_id, d.rating, d.agent_id, d.team_id) for line, d in drafts.items()
    ] == [
        (1, "1", 2, ANNA, TEAM_NORTH),
        (2, "2", 1, ANNA, TEAM_NORTH),
        (5, "5", 2, ANNA, TEAM_NORTH),
    ]
    assert drafts[5].text == "Top 👍"
    summary = read.parsed.summary
    assert (summary.rows, summary.no_comment, summary.not_rated) == (5, 1, 1)
    assert read.problems == {}


def test_a_row_holding_a_list_is_no_page():
    assert page_rows({"satisfaction_ratings": [{"id": 1}], "next_page": None}) == [{"id": 1}]
    assert page_rows({"ratings": [{"id": 1}]}) is None  # "ratings" is a field of a row
    assert page_rows({"reviews": ["a", "b"]}) is None  # a list of words, not of rows
    assert "ratings" not in PAGE_KEYS
