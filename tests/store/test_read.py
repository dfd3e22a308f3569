"""Reading for the pages, on every backend: counts without reading rows, and cloud counts that
leave out what the caller excludes (agent names) before the limit."""

from __future__ import annotations

import pytest

from feedback.collect.pipeline import submit_many
from feedback.domain import Status
from feedback.store.filters import QuoteFilter
from feedback.store.read import COUNTED, count_matching, counts_by, quotes_frame, term_counts
from tests.conftest import draft


def seed(engine, people) -> None:
    drafts = [
        draft("Aylin war super freundlich, danke Aylin!", people["aylin"], status=Status.APPROVED),
        draft("Super freundlich und schnell geholfen.", people["anna"], status=Status.APPROVED),
        draft("Freundlich, aber noch nicht geprüft.", people["jonas"], status=Status.PENDING),
    ]
    assert all(result.quote_id for result in submit_many(engine, drafts))


def test_count_matching_counts_what_quotes_frame_reads(engine, people):
    seed(engine, people)
    for flt in (
        QuoteFilter(),
        QuoteFilter(statuses=("pending",)),
        QuoteFilter(statuses=()),
        QuoteFilter(agent_ids=(people["anna"],)),
        QuoteFilter(search="freundlich"),
    ):
        assert count_matching(engine, flt) == len(quotes_frame(engine, flt)), flt
    assert count_matching(engine) == 2
    assert count_matching(engine, QuoteFilter(statuses=())) == 3


def test_term_counts_exclude_before_the_limit(engine, people):
    seed(engine, people)
    everything = term_counts(engine, kind="word", limit=50)
    assert "aylin" in set(everything["term"]) | {s.casefold() for s in everything["surface"]}

    def is_name(term: str) -> bool:
        return term.casefold() == "aylin"

    top = term_counts(engine, kind="word", limit=3, exclude=is_name)
    assert len(top) == 3
    pairs = zip(top["term"], top["surface"], strict=True)
    assert not any(is_name(term) or is_name(surface) for term, surface in pairs)
    assert top["count"].is_monotonic_decreasing


def test_counts_by_a_column_or_the_team_match_the_rows_read(engine, people):
    seed(engine, people)
    flt = QuoteFilter(statuses=tuple(s.value for s in Status))
    frame = quotes_frame(engine, flt)
    for column in COUNTED:
        counts = counts_by(engine, flt, column)
        expected = frame[column].value_counts(dropna=False)
        assert sorted(n for _, n in counts) == sorted(expected.tolist()), column
        assert [n for _, n in counts] == sorted((n for _, n in counts), reverse=True)
    assert dict(counts_by(engine, flt, "status")) == {"approved": 2, "pending": 1}
    with pytest.raises(ValueError, match="count by"):
        counts_by(engine, flt, "text")
