"""Checks of the pipeline that keep junk and personal data out: tags holding a customer's
e-mail address or phone number are left out (they were stored as written while the text was
redacted); a quote a person hands in needs some letters ("x" and "ok" were saved as praise)."""

from __future__ import annotations

from feedback.collect.edit import edit_text
from feedback.collect.pipeline import preview_quote, submit_quote
from feedback.store.db import transaction
from feedback.store.models import Quote
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


def test_a_quote_of_personal_data_only_is_refused_as_such(engine, people):
    # "max@example.com" was saved as the praise "[EMAIL]", handed in or as a moderator's edit.
    def codes(text: str) -> list[str]:
        prepared = preview_quote(engine, draft(text, people["anna"]), today=TODAY)
        return [p.code for p in prepared.problems]

    assert codes("max.mustermann@example.de") == ["text_only_personal_data"]
    assert codes("+49 171 2345678") == ["text_too_short"]  # no letters: the older reason
    assert codes("Danke, max.mustermann@example.de") == []
    assert codes("👍 max.mustermann@example.de") == []

    stored = submit_quote(engine, draft("Danke für die schnelle Hilfe!", people["anna"]))
    assert stored.quote_id is not None
    result = edit_text(engine, stored.quote_id, "max.mustermann@example.de", actor="test")
    assert not result.changed
    assert [p.code for p in result.problems] == ["text_only_personal_data"]
    german, english = (result.problems[0].message(lang) for lang in ("de", "en"))
    assert "persönlichen Daten" in german
    assert "personal data" in english
    with transaction(engine) as session:
        assert session.get_one(Quote, stored.quote_id).text == "Danke für die schnelle Hilfe!"
