"""Discovery of recurring phrases that no theme covers yet."""

from __future__ import annotations

import pytest

from feedback.analyze.keyphrases import discover_phrases
from feedback.analyze.taxonomy import load_taxonomy

TEXTS = [
    "Der Router wurde getauscht, Router getauscht und fertig.",
    "Router getauscht, super!",
    "Endlich Router getauscht 🙏",
    "Die Tarifberatung per Video war toll",
    "Tarifberatung per Video, klasse",
    "Tarifberatung per Video hat mir gefallen",
    "Sehr freundlich und schnell",
    "sehr freundlich",
    "Sehr freundlich!!",
    "Schnell erledigt",
]


def test_recurring_uncovered_phrase_is_found_with_examples() -> None:
    found = {k.lemma: k for k in discover_phrases(TEXTS, ["de"] * len(TEXTS))}
    router = found["router tauschen"]
    assert router.phrase == "Router getauscht"
    assert router.count == 3  # counted once per quote
    assert router.examples == tuple(TEXTS[:3])
    assert router.language == "de"
    video = found["tarifberatung per video"]
    assert video.count == 3
    assert "tarifberatung per" not in found
    assert "per video" not in found


def test_covered_phrases_are_not_reported() -> None:
    lemmas = {k.lemma for k in discover_phrases(TEXTS, ["de"] * len(TEXTS))}
    assert not any("freundlich" in lemma or "schnell" in lemma for lemma in lemmas)


def test_a_team_theme_covers_a_discovered_phrase() -> None:
    taxonomy = load_taxonomy({"themes": {"hardware": {
        "label": {"de": "Hardware", "en": "Hardware"}, "keywords": {"de": ["Router*"]},
    }}})  # fmt: skip
    lemmas = {k.lemma for k in discover_phrases(TEXTS, ["de"] * len(TEXTS), taxonomy)}
    assert "router tauschen" not in lemmas
    assert "tarifberatung per video" in lemmas


def test_min_count_top_n_and_english() -> None:
    texts = ["The parcel locker code worked", "parcel locker code again", "new parcel locker"]
    found = discover_phrases(texts, ["en"] * 3, min_count=2, top_n=1)
    assert [(k.phrase, k.count) for k in found] == [("parcel locker", 3)]
    assert discover_phrases(texts, ["en"] * 3, min_count=4) == []


def test_lengths_must_match() -> None:
    with pytest.raises(ValueError, match="2 texts but 1 languages"):
        discover_phrases(["a", "b"], ["de"])
