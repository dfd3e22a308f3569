"""A helpdesk rating is one quote per rating: two tickets rated "Danke!" for one agent are two
ratings (the second was reported "already present" and lost from trends and CSAT), while the
same words handed in by a person before are the same quote, and a re-import finds each rating
by its id. On SQLite and PostgreSQL (the ``engine`` fixture)."""

from __future__ import annotations

import datetime as dt

from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Source
from tests.conftest import TODAY


def _rating(people: dict[str, int], external_id: str, text: str = "Danke!") -> QuoteDraft:
    return QuoteDraft(
        text=text,
        channel="email",
        said_on=TODAY - dt.timedelta(days=int(external_id[-1])),
        submitted_by="import:zendesk",
        agent_id=people["anna"],
        rating=2,
        rating_scale=2,
        source=Source.IMPORT,
        source_system="zendesk",
        external_id=external_id,
    )


def _codes(results) -> list[list[str]]:
    return [[p.code for p in r.prepared.problems] for r in results]


def test_two_ratings_with_the_same_words_are_two_quotes(engine, people):
    results = submit_many(engine, [_rating(people, "35005"), _rating(people, "35006")], today=TODAY)
    assert [r.stored for r in results] == [True, True]

    again = submit_many(engine, [_rating(people, "35005"), _rating(people, "35006")], today=TODAY)
    assert _codes(again) == [["duplicate_external"], ["duplicate_external"]]


def test_a_rating_with_the_words_a_person_handed_in_is_already_present(engine, people):
    by_hand = QuoteDraft(
        text="Frau Meier hat mein Problem in zwei Minuten gelöst, danke!",
        channel="phone",
        said_on=TODAY,
        submitted_by="anna.meier",
        agent_id=people["anna"],
    )
    (first,) = submit_many(engine, [by_hand], today=TODAY)
    assert first.stored

    (imported,) = submit_many(engine, [_rating(people, "35001", by_hand.text)], today=TODAY)
    assert _codes([imported]) == [["duplicate"]]
    assert imported.prepared.duplicate_of == first.quote_id


def test_a_rating_after_another_with_its_words_is_stored_and_a_person_is_told(engine, people):
    (first,) = submit_many(engine, [_rating(people, "35001")], today=TODAY)
    (second,) = submit_many(engine, [_rating(people, "35002")], today=TODAY)
    assert (first.stored, second.stored) == (True, True)

    by_hand = QuoteDraft(
        text="Danke!", channel="chat", said_on=TODAY, submitted_by="x", agent_id=people["anna"]
    )
    (typed,) = submit_many(engine, [by_hand], today=TODAY)
    assert _codes([typed]) == [["duplicate"]]
    assert typed.prepared.duplicate_of == first.quote_id
