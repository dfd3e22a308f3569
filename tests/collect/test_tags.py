"""Tags are stored without a customer's personal data: a helpdesk's tags held e-mail
addresses and phone numbers, stored as written while the text was redacted."""

from __future__ import annotations

from feedback.collect.pipeline import preview_quote
from tests.conftest import TODAY, draft


def test_tags_holding_personal_data_are_left_out(engine, people):
    tags = ["vip", " ", "max.mustermann@example.de", "+49 171 2345678", "Rückruf", "Anna"]
    prepared = preview_quote(
        engine, draft("Danke, Frau Meier!", people["anna"], tags=tags), today=TODAY
    )
    assert prepared.draft.tags == ["vip", "Rückruf", "Anna"]
