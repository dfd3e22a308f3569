"""The trained check behind the theme rules: is a cue's sentence about a service person?

Sentences written here, none taken from the corpora the check learned from or is measured on.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from feedback.analyze import Analyzer
from feedback.analyze.about_service import (
    MODEL_PATH,
    THRESHOLD,
    about_service,
    load_service_models,
    shipped,
)
from feedback.analyze.themes import detect_themes
from feedback.analyze.tokens import tokenize_with_breaks


def _themes(text: str, language: str) -> set[str]:
    return {hit.label for hit in detect_themes(tokenize_with_breaks(text), language)}


# Review sentences the clause rules alone credit with themes (problem solved, speed): nobody
# acted in them. The check is lenient (``THRESHOLD``); it stops the reviews it is sure about.
REVIEWS = [
    ("en", "Arrived in two days, and it works perfectly, no issues at all."),
    (
        "de",
        "Kam nach zwei Tagen an, funktioniert einwandfrei, keine Probleme, "
        "tolles Preis-Leistungs-Verhältnis.",
    ),
]


@pytest.mark.parametrize(("language", "text"), REVIEWS)
def test_a_review_of_things_earns_no_theme(language: str, text: str) -> None:
    assert _themes(text, language) == set()
    assert not about_service(tokenize_with_breaks(text), language)


# Thanks and complaints to agents keep their themes, the short and unusual ones too.
QUOTES = [
    ("de", "Frau Berger hat mir super schnell geholfen, vielen Dank!", "speed"),
    ("de", "Sie haben sich so viel Zeit genommen und alles geduldig erklärt.", "patience"),
    ("de", "Die kompetenteste Mitarbeiterin, die ich je hatte.", "competence"),
    ("en", "Completely clueless.", "competence"),
    ("en", "He went out of his way to find a solution.", "extra_mile"),
    ("en", "The lady on the phone was so kind and patient with me.", "patience"),
]


@pytest.mark.parametrize(("language", "text", "theme"), QUOTES)
def test_a_quote_about_an_agent_keeps_its_theme(language: str, text: str, theme: str) -> None:
    assert theme in _themes(text, language)


def test_the_shipped_file_holds_both_languages_and_stays_small() -> None:
    models = shipped()
    assert models is not None, f"{MODEL_PATH} is missing: python -m feedback.train --theme-check"
    assert set(models.models) == {"de", "en"}
    assert MODEL_PATH.stat().st_size < 2_000_000
    assert 0 < THRESHOLD < 0.5
    for model in models.models.values():
        assert len(model.weights) > 1_000
        # No word list hides in it: every weight is a number that could move a verdict.
        assert all(isinstance(w, float) for w in model.weights.values())


def test_probabilities_stay_in_range_on_odd_input() -> None:
    models = shipped()
    assert models is not None
    model = models.models["de"]
    for tokens in ([], [""], ["!!!"], ["Bad"] * 500, tokenize_with_breaks("x " * 2000)):
        p = model.probability(tokens)
        assert 0.0 <= p <= 1.0


def test_without_the_file_the_rules_decide_alone(tmp_path: Path) -> None:
    assert load_service_models(tmp_path / "missing.json.gz") is None


def test_a_written_file_is_read_back_with_its_digest(tmp_path: Path) -> None:
    spec = {"languages": {"de": {"bias": -1.0, "weights": {"zimmer": -3.0, "geholfen": 4.0}}}}
    path = tmp_path / "check.json.gz"
    path.write_bytes(gzip.compress(json.dumps(spec).encode("utf-8")))
    models = load_service_models(path)
    assert models is not None
    assert len(models.digest) == 64
    model = models.models["de"]
    assert model.probability(["Zimmer"]) < 0.05 < 0.9 < model.probability(["geholfen"])


def test_the_analyser_version_names_the_check() -> None:
    # A new check file means new themes: stored analyses must be redone.
    models = shipped()
    assert models is not None
    assert Analyzer().version.endswith(f".s{models.digest[:8]}")
