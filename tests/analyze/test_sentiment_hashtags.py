"""A hashtag splits into the words it is made of (``sentiment/hashtags.py``); sentences with
hashtags are in test_sentiment_deserve_and_fix.py."""

from __future__ import annotations

import pytest

from feedback.analyze.sentiment.hashtags import split_tag, with_hashtag_words


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        ("badcustomerservice", ("bad", "customer", "service")),
        ("NeverAgain", ("never", "again")),
        ("epicfail", ("epic", "fail")),
        ("helpmeplease", ("help", "me", "please")),
        ("welldone", ("well", "done")),
        ("sarcasm", ()),  # one word
        ("customer", ()),
        ("FCmostinnovative", ()),  # no split into words
        ("xqzvbn", ()),
    ],
)
def test_a_hashtag_splits_into_its_words(tag, words):
    assert split_tag(tag) == words


def test_only_hashtags_are_split():
    tokens = ["Delayed", "badservice", "badservice"]
    text = "Delayed badservice #badservice"
    assert with_hashtag_words(tokens, text) == ["Delayed", "bad", "service", "bad", "service"]
    assert with_hashtag_words(tokens, "no tag here") is tokens
