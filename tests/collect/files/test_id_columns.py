"""Which columns hold the helpdesk's own ids (shown as they are in the import page's preview)
and which a customer's (hidden there as storing would hide them)."""

from __future__ import annotations

import pytest

from feedback.collect.files.formats import id_column


@pytest.mark.parametrize(
    "name",
    [
        "Ticket ID",
        "ticket_id",
        "Ticket-Nr.",
        "Ticketnummer",
        "Vorgang",
        "#",
        "Assignee ID",
        "assignee_id",
        "Group ID",
        "Brand ID",
        "Satisfaction Rating ID",
        "Conversation ID",
        "Agent ID",
        "Respondent ID",
        "Collector ID",
        "ratings.default_question.id",
    ],
)
def test_the_helpdesks_ids(name):
    assert id_column(name)


@pytest.mark.parametrize(
    "name",
    [
        "Requester ID",
        "User ID",
        "Kundennummer",
        "Kunden-Nr.",
        "Customer number",
        "Phone number",
        "Telefonnummer",
        "Organization ID",
        "Name",  # Google's reviews' "name" is a path; elsewhere it is a person's
        "Kommentar",
        "Satisfaction Comment",
        "Requester",
    ],
)
def test_customers_data_and_other_columns(name):
    assert not id_column(name)
