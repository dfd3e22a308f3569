"""Golden scores: a dependency bump or a lexicon edit that moves them must fail loudly.

VADER's own examples (sentences and compound scores as documented in the vaderSentiment README)
pin the installed package; our German examples pin the default scorer (label and compound rounded
to two decimals). If a change is intended, update the table in the same commit and say why.
2026-12 (issue 12): the default scorer combines the rules with the trained model (compound: the
mean of both), so the compounds moved; every label stayed.
2026-12-04 (issue 12): the model is trained on M-ABSA's German reviews too (docs/data.md);
thanks score higher (0.45 → 0.70), every label stayed.
2026-12-05 (issue 12): regularisation chosen from a wider grid (C 0.5 → 0.3); compounds moved
by at most 0.02, every label stayed.
2026-12-06 (issue 12): the model retrained on what the analysis reads (split contractions joined,
markup removed) after the rules' changes since its last training; compounds moved by at most
0.02, every label stayed. A mixed quote's score is held within ±0.5 (hybrid.MIXED_MAX): "Die
Wartezeit war lang, aber die Beratung war spitze." 0.79 -> 0.5.
2026-12-06 (issue 12, .38): the German model also learns character n-grams (at 0.3,
train/fit.py); compounds moved by at most 0.02, every label stayed.
2026-12-07 (issue 12, .44): German railway complaint words and rules, the model retrained;
compounds moved by at most 0.02, every label stayed.
2026-12-07 (issue 12, .43): the model retrained after English rule changes; "Vergelt's Gott"
0.60 -> 0.61, every label stayed.
2026-12-07 (issue 12, .50): German salutations, clause-final "nicht mehr", short waits; the model
retrained; compounds moved by at most 0.01, every label stayed.
2026-12-07 (issue 12, .52): German rules (waits not short, thinking of cancelling, a bare
"läuft" …); the model retrained, its German C 0.3 -> 0.2 (chosen on dev; 0.1 left out of the
German grid, train/fit.py); compounds moved by at most 0.02, every label stayed.
"""

from __future__ import annotations

import pytest

from feedback.analyze.sentiment import EnglishScorer, RuleBasedScorer
from feedback.analyze.sentiment.english import vader_analyzer

VADER_README = [
    ("VADER is smart, handsome, and funny.", 0.8316),
    ("VADER is smart, handsome, and funny!", 0.8439),
    ("VADER is very smart, handsome, and funny.", 0.8545),
    ("VADER is VERY SMART, handsome, and FUNNY.", 0.9227),
    ("VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342),
    ("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!", 0.9469),
    ("VADER is not smart, handsome, nor funny.", -0.7424),
    ("The book was good.", 0.4404),
    ("At least it isn't a horrible book.", 0.431),
    ("The book was only kind of good.", 0.3832),
    (
        "The plot was good, but the characters are uncompelling and the dialog is not great.",
        -0.7042,
    ),
    ("Today SUX!", -0.5461),
    ("Today only kinda sux! But I'll get by, lol", 0.5249),
    ("Make sure you :) or :D today!", 0.8633),
]


@pytest.mark.parametrize(("text", "compound"), VADER_README)
def test_vader_package_matches_its_readme(text: str, compound: float) -> None:
    assert vader_analyzer().polarity_scores(text)["compound"] == pytest.approx(compound, abs=1e-4)


# Our English scorer runs VADER's lexicon and arithmetic on our tokens. Where it has no reason to
# differ it must give VADER's exact score; elsewhere the same sign (documented deviations: clause
# breaks end negation scope, "lol" is neutral for us, emoticons carry our own weights).
EXACT = [0, 1, 7, 8, 9, 10, 11]


@pytest.mark.parametrize("index", EXACT)
def test_english_scorer_reproduces_vader_where_rules_agree(index: int) -> None:
    text, compound = VADER_README[index]
    assert EnglishScorer().score(text, "en").compound == pytest.approx(compound, abs=1e-4)


@pytest.mark.parametrize(("text", "compound"), [VADER_README[i] for i in (2, 3, 4, 5, 13)])
def test_english_scorer_stays_close_to_vader(text: str, compound: float) -> None:
    ours = EnglishScorer().score(text, "en")
    assert ours.label == "positive"
    assert ours.compound == pytest.approx(compound, abs=0.1)


# Re-pinned at 2026.12.64, every label unchanged: the model fitted on train and dev (C 0.3, was
# 0.2 on train alone) moved its half of the score by up to 0.04 (the compound is the mean of the
# model's p(positive) - p(negative) and the rules' score; the rules' half did not move). Was:
# 0.73, 0.6, 0.6, -0.5, -0.51, -0.64, -0.79, 0.55, -0.07.
GERMAN_GOLDEN = [
    ("Vielen Dank für die schnelle Hilfe!", "positive", 0.74),
    ("Sie sind ein Schatz!", "positive", 0.67),
    ("Merci vielmals", "positive", 0.61),
    ("Vergelt's Gott", "positive", 0.62),
    ("Die kompetenteste Beratung, die ich je hatte.", "positive", 0.7),
    ("Der Mitarbeiter war unfreundlich.", "negative", -0.53),
    ("Das gefällt mir nicht.", "negative", -0.52),
    ("Weder freundlich noch kompetent.", "negative", -0.66),
    ("Toll, schon wieder 40 Minuten Warteschleife.", "negative", -0.83),
    ("Die Wartezeit war lang, aber die Beratung war spitze.", "mixed", 0.5),
    ("DANKE!!!", "positive", 0.52),
    ("Bitte rufen Sie mich zurück.", "neutral", -0.08),
]


@pytest.mark.parametrize(("text", "label", "compound"), GERMAN_GOLDEN)
def test_german_golden(text: str, label: str, compound: float) -> None:
    result = RuleBasedScorer().score(text, "de")
    assert (result.label, round(result.compound, 2)) == (label, compound)
