"""Words that are something else in customer messages (sentences written for these tests;
lexicon_en.tsv, ``sentiment/openers.py``): a pausing "Well," and "as well" praise nothing; "first
class" that names a cabin, a ticket or a stamp, a "fixed" price, VADER's chat abbreviations
("PO", "TX", "L", "XP"), "United", "share", "pita" and a device "fired up" judge nothing; thanks
that would have been given ("would've appreciated"), a broken heart and not coming back complain,
coming back praises. Each with a look-alike that keeps its praise."""

from __future__ import annotations

import pytest

from feedback.analyze.pipeline import analyze_text

NEUTRAL = [
    "I ordered a charger as well.",
    "Well I called again today about the router.",
    "I booked a first class ticket for Friday.",
    "We moved to the fixed price menu.",
    "The fixed rate tariff starts in May.",
    "Please send me a PO number for the invoice.",
    "I live in Houston, TX and my parcel is in Dallas.",
    "I ordered the jacket in size L.",
    "It still runs Windows XP.",
    "I flew United to Denver on Monday.",
    "Please share the tracking number.",
    "The platter came with pita and hummus.",
    "The platter did not include the pita.",  # no negated -2.4
    "I fired up the laptop this morning.",
]
COMPLAINTS = [
    "Well, I have been waiting for two weeks now.",
    "I would have appreciated a call before you cancelled my order.",
    "Would've appreciated some communication about the delay.",
    "I would have liked an apology.",
    "You are breaking my heart with these cancellations.",
    "United Utilities cut my water off for two days.",
    "Upgraded to first class and the seat was broken.",
    "I would not use you again.",
    "I would never stay here again.",
]
PRAISE = [
    "Well done, Priya!",
    "Well explained and very quick.",
    "It works well.",
    "The staff were friendly as well.",
    "She was patient as well as quick.",
    "The service in first class was first class.",
    "First class service from start to finish.",
    "They fixed the price error within a day.",
    "I really appreciated the call before the engineer came.",
    "I would have been lost without her.",
    "I love the heart you put into this.",
    "After firing it up, it ran quietly and quickly.",
    "I will be buying more again soon.",
    "I would stay here again.",
    "I would not hesitate to use you again.",
]


SIGNS = {"negative": -1, "neutral": 0, "positive": 1}
LABELLED = [*((t, "negative") for t in COMPLAINTS[:5]), *((t, "positive") for t in PRAISE[:8])]


@pytest.mark.parametrize(
    ("text", "label"),
    [*((t, "neutral") for t in NEUTRAL), *((t, "negative") for t in COMPLAINTS)]
    + [(t, "positive") for t in PRAISE],
)
def test_the_rules_hear_the_verdict(rules, text, label):
    compound = rules.score(text, "en").compound
    assert (compound > 0) - (compound < 0) == SIGNS[label], (text, compound)
    if (text, label) in LABELLED:  # with the trained model too
        assert analyze_text(text).sentiment.label == label
