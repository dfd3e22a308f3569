"""Typeform's answers and LiveChat's users and events are lists in each row: lifted into the
columns formats.toml names (typeform_answers.py, livechat_archives.py), and nothing else of
them read: the customer's name, e-mail and conversation are no column."""

from __future__ import annotations

from feedback.collect.files import Polarity
from feedback.collect.files.livechat_archives import with_rated_agent
from feedback.collect.files.typeform_answers import with_typeform_answers
from tests.collect.files.helpers import ratings_of, read_fixture


def _answer(question: str, kind: str, value: object) -> dict[str, object]:
    return {"field": {"id": "x1", "type": question, "ref": "r"}, "type": kind, kind: value}


def test_typeform_answers_become_the_rating_and_the_long_texts():
    response = {
        "token": "t1",
        "answers": [
            _answer("short_text", "text", "Lena Schubert"),
            _answer("opinion_scale", "number", 9),
            _answer("rating", "number", 4),
            _answer("long_text", "text", " Gut. "),
            _answer("long_text", "text", "Danke!"),
            _answer("email", "email", "lena@example.de"),
        ],
    }

    assert with_typeform_answers(response) == {
        "token": "t1",
        "answers.rating.number": 4,
        "answers.rating.scale": None,  # the format's 5
        "answers.rating.from": None,
        "answers.long_text.text": "Gut.\nDanke!",
    }


def test_other_answer_lists_are_left_to_their_own_readers():
    zendesk = {"answers": [{"type": "rating_scale", "rating": 5}]}

    assert with_typeform_answers(zendesk) is zendesk
    assert with_rated_agent({"users": [{"type": "visitor"}], "thread": {}})["users"]


def test_the_livechat_agent_rated_is_the_last_to_write():
    chat = {
        "id": "C1",
        "users": [
            {"id": "c-1", "type": "customer", "name": "Lena Schubert"},
            {"id": "jonas@x.invalid", "type": "agent", "name": "Jonas Becker"},
            {"id": "anna@x.invalid", "type": "agent", "name": "Anna Meier"},
        ],
        "thread": {
            "id": "T1",
            "events": [
                {"author_id": "anna@x.invalid", "text": "Hallo"},
                {"author_id": "jonas@x.invalid", "text": "Ich übernehme."},
                {"author_id": "c-1", "text": "Danke"},
            ],
            "access": {"group_ids": [3, 4]},
        },
    }

    lifted = with_rated_agent(chat)

    assert (lifted["agent.id"], lifted["agent.name"], lifted["group.id"]) == (
        "jonas@x.invalid",
        "Jonas Becker",
        "3",
    )
    assert "users" not in lifted
    assert lifted["thread"] == {"id": "T1", "access": {"group_ids": [3, 4]}}


def test_a_livechat_chat_of_several_agents_without_events_names_nobody():
    chat = {
        "users": [{"id": "a", "type": "agent"}, {"id": "b", "type": "agent"}],
        "thread": {"id": "T2"},
        "access": {"group_ids": [0]},
    }

    assert with_rated_agent(chat)["agent.id"] is None
    assert with_rated_agent(chat)["group.id"] == "0"


def test_no_column_holds_the_customer_or_the_conversation():
    for name in ("typeform_responses.json", "livechat_archives.json"):
        read = read_fixture(f"vendors/{name}")
        columns = " ".join(read.parsed.columns)
        assert "users" not in columns
        assert "events" not in columns
        assert "answers." in columns or "agent.id" in columns
        for draft in read.drafts.values():
            assert "Lena Schubert" not in draft.text


def test_livechat_thumbs_and_typeform_stars_on_their_scales():
    livechat = ratings_of(read_fixture("vendors/livechat_archives.json"))
    typeform = ratings_of(read_fixture("vendors/typeform_responses.json"))

    assert livechat[1] == ("1", 2.0, 2, Polarity.POSITIVE)
    assert livechat[2] == ("0", 1.0, 2, Polarity.NEGATIVE)
    assert typeform[1] == ("5", 5.0, 5, Polarity.POSITIVE)
    assert typeform[2] == ("2", 2.0, 5, Polarity.NEGATIVE)
