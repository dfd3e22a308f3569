"""Two ways Zendesk hands out its satisfaction ratings that were "no known format": an
Explore report with Explore's own names ("Ticket satisfaction rating", "Ticket
satisfaction comment") and the incremental ticket export, whose tickets carry their rating
as an object. Both are read, the second by the rating's own id, as the ratings API gives it."""

from __future__ import annotations

from tests.collect.files.helpers import ANNA, TEAM_NORTH, read_fixture


def test_an_explore_report_with_explores_names():
    read = read_fixture("leftovers/zendesk_explore.csv", system="zendesk")

    assert read.parsed.format.name == "zendesk_report"
    assert read.problems == {}
    drafts = read.drafts
    assert [
        (d.external_id, d.rating, d.rating_scale, d.agent_id, d.text) for d in drafts.values()
    ] == [
        ("1201", 2, 2, ANNA, "Great help, thanks!"),
        ("1202", 1, 2, ANNA, "Too slow"),
    ]
    assert read.parsed.summary.not_rated == 1


def test_the_incremental_ticket_export_reads_each_tickets_rating():
    read = read_fixture("leftovers/zendesk_incremental_tickets.json", system="zendesk")

    assert read.parsed.format.name == "zendesk_ratings"
    drafts = read.drafts
    assert [(d.external_id, d.rating, d.agent_id, d.team_id, d.text) for d in drafts.values()] == [
        ("78110001", 1, ANNA, TEAM_NORTH, "Zu langsam"),
        ("78110002", 2, ANNA, TEAM_NORTH, "Klasse, danke!"),
    ]
    assert read.parsed.summary.not_rated == 2  # unoffered, and a ticket without a rating
    assert read.parsed.summary.rows == 4
