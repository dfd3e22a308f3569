"""A search (the "q" of a shared link, the sidebar's box) may hold anything: characters no
stored text holds are dropped from it, on every backend. "?q=%00" failed on PostgreSQL (its
text cannot hold NUL: DataError), a lone surrogate on both (UnicodeEncodeError)."""

from __future__ import annotations

import pytest

from feedback.collect.pipeline import submit_quote
from feedback.domain import Status
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from tests.conftest import TODAY, draft

ALL = tuple(s.value for s in Status)


@pytest.mark.parametrize(
    ("search", "found"),
    [("Dan\x00ke", 1), ("\ud800Danke", 1), ("Danke\x1b", 1), ("\x00", 2), ("Nichts\x00da", 0)],
)
def test_a_search_with_control_characters_or_surrogates_runs(engine, people, search, found):
    for text in ("Danke für die schnelle Hilfe!", "Super Beratung, vielen Dank."):
        assert submit_quote(engine, draft(text, people["anna"]), today=TODAY).stored
    assert len(quotes_frame(engine, QuoteFilter(statuses=ALL, search=search))) == found
