"""Checks of the pipeline that keep junk and personal data out: tags holding a customer's
e-mail address or phone number are left out (they were stored as written while the text was
redacted); a quote a person hands in needs some letters ("x" and "ok" were saved as praise)."""

from __future__ import annotations

from feedback.collect.pipeline import preview_quote
from tests.conftest import TODAY, draft


def test_tags_holding_personal_data_are_left_out(engine, people):
    tags = ["vip", " ", "max.mustermann@example.de", "+49 171 2345678", "Rückruf", "Anna"]
    prepared = preview_quote(
        engine, draft("Danke, Frau Meier!", people["anna"], tags=tags), today=TODAY
    )
    assert prepared.draft.tags == ["vip", "Rückruf", "Anna"]


def test_a_quote_needs_three_letters_or_an_emoji(engine, people):
    """ "x" and "ok" were saved as praise; "Top!", "Danke!" and "👍👍" are praise."""

    def codes(text: str) -> list[str]:
        prepared = preview_quote(engine, draft(text, people["anna"]), today=TODAY)
        return [p.code for p in prepared.problems]

    assert codes("x") == ["text_too_short"]
    assert codes("ok") == ["text_too_short"]
    assert codes("Top!") == []
    assert codes("Danke!") == []
    assert codes("👍👍") == []
