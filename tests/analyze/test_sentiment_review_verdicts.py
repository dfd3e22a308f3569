"""Review English verdicts (English dev split, fourteenth session): "Hotel itself is spotless",
"it's been a headache since I bought it", "the keys are flimsy" and "Drinks way over priced"
scored 0; "average at best", "without so much as a smile" and "Don't be fooled by the crowds"
praised through "best", "smile" and a negated "fooled"; "I would have given the course 5 stars"
praised through "5 stars"; "I'd recommend you eat somewhere else" through "recommend"
(sentiment/elsewhere.py). Each has a look-alike that keeps its reading."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text


@pytest.mark.parametrize(
    "text",
    [
        "Hotel itself is spotless as were the rooms.",
        "The smell was mouth watering.",
        "Yum!",
    ],
)
def test_everyday_review_praise(text):
    assert analyze_text(text).sentiment.label == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The whole booking was a headache.",
        "It has been a headache since day one.",
        "The keys are flimsy.",
        "The machine is totally unusable.",
        "Drinks way over priced.",
        "The portions are skimpy.",
        "It was lacking in flavor.",
        "My only complaint was the small TV.",
    ],
)
def test_everyday_review_complaints(text):
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        # praise words inside a complaint
        "Most dishes were average at best.",
        "He came to our table without so much as a smile.",
        "Don't be fooled by the crowds.",
        "The bedrooms let the hotel down.",
        # a rating only if something were better (sentiment/withheld.py)
        "If the videos had been better I would have given the course 5 stars.",
        "I would of given 5 stars but my dog has a hard time chewing these.",
        "I would've given it five stars.",
        "I'd have rated it 5 stars if the battery lasted.",
        "I would have given the course full marks but the quizzes were buggy.",
        # going somewhere else (sentiment/elsewhere.py)
        "I'd recommend you eat somewhere else.",
        "I would strongly suggest you stay somewhere else.",
    ],
)
def test_praise_words_that_complain(rules, text):
    assert rules.score(text, "en").compound < 0
    assert analyze_text(text).sentiment.label != "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The best dishes were the starters.",
        "He greeted us with a big smile.",
        "The staff never let me down.",
        "I gave it 5 stars.",
        "I have given it 5 stars.",
        "I would give it 5 stars.",
        "I would have given 10 stars if I could.",
        "I would have given six stars.",
        "I recommend this hotel. We tried somewhere else last year.",
    ],
)
def test_look_alikes_still_praise(text):
    assert analyze_text(text).sentiment.label == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The material feels incredibly cheap.",
        "It keeps randomly shutting down.",
        "It stopped working after a week.",
        "The battery drains fast.",
        "It runs hot!",
        "Mine kept freezing.",
    ],
)
def test_devices_that_fail_or_feel_cheap_complain(text):
    assert analyze_text(text).sentiment.label == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "It was a cheap and cheerful meal.",
        "Delivery was fast and the price was cheap.",
        "Booking was a breeze.",
    ],
)
def test_cheap_prices_and_fast_service_still_praise(text):
    assert analyze_text(text).sentiment.label == "positive"
