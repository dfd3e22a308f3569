"""Rows that name no one (review sites, surveys): rejected saying what to do, or given the team
the import was given for them; rows that name someone keep them."""

from __future__ import annotations

import io

from feedback.collect.files import parse_file
from feedback.collect.validate import Problem
from tests.collect.files.helpers import ANNA, FIXTURES, RESOLVER, TEAM_NORTH, TODAY

NOBODY = Problem("team", "nobody_named")
MIXED = (
    b"text;agent;team\n"
    b"Anna war spitze!;anna.meier;\n"  # 2: our agent
    b"Das Team war spitze!;;Privatkunden Nord\n"  # 3: our team
    b"Einfach spitze!;;\n"  # 4: no one
    b"Wirklich spitze!;fremd;\n"  # 5: an agent we do not have
)


def _entries(data: bytes, name: str = "", team_id: int | None = None):
    parsed = parse_file(io.BytesIO(data), RESOLVER, name=name, today=TODAY, team_id=team_id)
    return {line: (draft, problems) for line, draft, problems in parsed.entries()}


def test_a_review_export_names_no_one_and_says_what_to_do():
    data = (FIXTURES / "real_shapes" / "trustpilot_reviews.csv").read_bytes()

    entries = _entries(data, "reviews.csv")

    assert {line: problems for line, (_, problems) in entries.items()} == {
        2: [NOBODY],
        3: [NOBODY],
    }
    assert "--team" in NOBODY.message("de")
    assert NOBODY.message("en").startswith("The row names neither an agent nor a team.")


def test_the_team_given_goes_to_rows_that_name_no_one_only():
    entries = _entries(MIXED, team_id=77)

    recipients = {
        line: (draft and (draft.agent_id, draft.team_id), [p.code for p in problems])
        for line, (draft, problems) in entries.items()
    }
    assert recipients == {
        2: ((ANNA, None), []),
        3: ((None, TEAM_NORTH), []),
        4: ((None, 77), []),
        5: (None, ["unknown_agent"]),
    }


def test_without_a_team_only_the_row_naming_no_one_is_said_to_name_no_one():
    entries = _entries(MIXED)

    assert [p.code for p in entries[4][1]] == ["nobody_named"]
    assert entries[2][1] == entries[3][1] == []
    assert [p.code for p in entries[5][1]] == ["unknown_agent"]


def test_a_row_whose_helpdesk_id_is_not_mapped_is_not_given_the_team():
    """It names someone: the mapping it lacks decides whom (the page and the command line
    list its id to be mapped), so the file's team does not take it."""
    data = b"comment,score,assignee_id,created_at\nDanke!,good,3999,2026-11-20\n"

    entries = _entries(data, "ratings.csv", team_id=77)

    (draft, problems) = entries[2]
    assert draft is not None
    assert draft.team_id is None
    assert [p.code for p in problems] == ["unmapped_agent"]
